// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "KeysetPagedModel.h"
#include "services/Actor.h"
#include "services/FollowUpService.h"

#include <QAbstractListModel>

namespace tandem {

// The agent's open follow-ups, earliest due first, a page at a time as the view scrolls. Reloads when
// the workspace changes (a follow-up scheduled or completed here or at another desk).
class FollowUpListModel : public KeysetPagedModel<FollowUpListModel, QAbstractListModel, FollowUpItem, FollowUpCursor>
{
    Q_OBJECT

public:
    static constexpr int pageSize = 100;

    FollowUpListModel(FollowUpService &service, Actor actor, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Reads the list again, as far as it was loaded.
    void reload();
    // The follow-up at a row, or nullptr.
    [[nodiscard]] const FollowUpItem *itemAt(int row) const;
    [[nodiscard]] int rowOf(Id followUpId) const;

signals:
    // The list could not be read; it keeps what it had.
    void loadFailed(const QString &message);

private:
    Page fetchPage(const std::optional<FollowUpCursor> &after, int limit) override;

    FollowUpService &m_service;
    Actor m_actor;
};

} // namespace tandem

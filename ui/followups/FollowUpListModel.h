// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/FollowUpService.h"

#include <QAbstractListModel>

namespace tandem {

// The agent's open follow-ups, earliest due first, a page at a time as the view scrolls. Reloads when
// the workspace changes (a follow-up scheduled or completed here or at another desk).
class FollowUpListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 100;

    FollowUpListModel(FollowUpService &service, Actor actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Reads the list again, as far as it was loaded.
    void reload();
    // The follow-up at a row, or nullptr.
    [[nodiscard]] const FollowUpItem *itemAt(int row) const;
    [[nodiscard]] int rowOf(Id followUpId) const;

signals:
    // The list could not be read; it keeps what it had.
    void loadFailed(const QString &message);

private:
    std::optional<FollowUpPage> loadPage(const std::optional<FollowUpCursor> &after, int limit);

    FollowUpService &m_service;
    Actor m_actor;
    QList<FollowUpItem> m_items;
    std::optional<FollowUpCursor> m_next;
    // Views and testers call fetchMore() from inside our own change signals; such calls wait for the next one.
    bool m_changing = false;
};

} // namespace tandem

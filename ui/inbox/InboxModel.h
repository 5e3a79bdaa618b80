// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "KeysetPagedModel.h"
#include "domain/Conversation.h"
#include "services/Actor.h"
#include "services/ConversationListChange.h"

#include <QAbstractListModel>

namespace tandem {

class ConversationService;

// One folder of the shared inbox, a page at a time (keyset paging). refresh() re-reads what is loaded and
// applies the difference row by row, so the agent's selection and place survive other desks' changes.
class InboxModel : public KeysetPagedModel<InboxModel, QAbstractListModel, ConversationRow, ConversationCursor>
{
    Q_OBJECT

public:
    static constexpr int pageSize = 100;

    InboxModel(ConversationService &service, const Actor &actor, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setFolder(const InboxFolder &folder);
    [[nodiscard]] const InboxFolder &folder() const { return m_folder; }
    void refresh();
    // Re-reads what `change` says may differ: the named rows alone (in their new places, or gone from the
    // folder), or everything loaded.
    void apply(const ConversationListChange &change);
    // The countdowns move with the clock, not with the data.
    void refreshCountdowns();

    [[nodiscard]] Id conversationIdAt(int row) const;
    [[nodiscard]] const ConversationRow *conversationAt(int row) const { return rowPointer(row); }
    [[nodiscard]] int rowOf(Id conversationId) const;

signals:
    void loadFailed(const QString &message);

private:
    Page fetchPage(const std::optional<ConversationCursor> &after, int limit) override;
    void replaceLoaded(const QList<ConversationRow> &fresh) override;

    ConversationService &m_service;
    Actor m_actor;
    InboxFolder m_folder;
};

} // namespace tandem

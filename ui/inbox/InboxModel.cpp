// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "inbox/InboxModel.h"

#include "DateTimeText.h"
#include "ModelRoles.h"
#include "domain/InboxOrder.h"
#include "services/ConversationService.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

bool sameRow(const ConversationRow &a, const ConversationRow &b)
{
    return a.conversation.version == b.conversation.version && a.unread == b.unread && a.assigneeName == b.assigneeName
        && a.customerName == b.customerName && a.queueName == b.queueName;
}

} // namespace

InboxModel::InboxModel(ConversationService &service, const Actor &actor, QObject *parent)
    : KeysetPagedModel(pageSize, parent), m_service(service), m_actor(actor)
{ }

InboxModel::Page InboxModel::fetchPage(const std::optional<ConversationCursor> &after, int limit)
{
    ConversationPage page = m_service.page(m_actor, m_folder, after, limit);
    return { std::move(page.rows), page.next };
}

void InboxModel::replaceLoaded(const QList<ConversationRow> &fresh)
{
    replaceLoadedInPlace(fresh, [](const ConversationRow &row) { return row.conversation.id; }, sameRow);
}

void InboxModel::setFolder(const InboxFolder &folder)
{
    m_folder = folder;
    resetToFirstPage();
}

void InboxModel::refresh()
{
    reloadLoaded();
}

void InboxModel::apply(const ConversationListChange &change)
{
    if (!change.rowsNamed) {
        refresh();
        return;
    }
    QSet<Id> ids = change.conversationIds;
    for (const ConversationRow &row : rows()) {
        if (change.customerIds.contains(row.conversation.customerId))
            ids.insert(row.conversation.id);
    }
    if (ids.isEmpty())
        return;
    // Past a page of them, reading what is loaded is as quick and simpler.
    if (ids.size() > pageSize) {
        refresh();
        return;
    }
    QList<ConversationRow> changed;
    try {
        changed = m_service.rowsIn(m_actor, m_folder, ids);
    } catch (const Error &error) {
        reportLoadFailure(error.message());
        return;
    }
    // The loaded rows without the named ones, and the named ones the folder still holds put in their places;
    // one that now sorts below the loaded rows comes with the next page, as if it had always been there.
    const std::optional<ConversationCursor> &next = nextCursor();
    QList<ConversationRow> merged;
    merged.reserve(rows().size() + changed.size());
    qsizetype taken = 0;
    const auto position
        = [this](const ConversationRow &row) { return InboxOrder::positionOf(m_folder, row.conversation); };
    for (const ConversationRow &row : rows()) {
        if (ids.contains(row.conversation.id))
            continue;
        while (taken < changed.size() && InboxOrder::before(m_folder, position(changed.at(taken)), position(row)))
            merged.append(changed.at(taken++));
        merged.append(row);
    }
    for (; taken < changed.size(); ++taken) {
        if (next && !InboxOrder::before(m_folder, position(changed.at(taken)), *next))
            break;
        merged.append(changed.at(taken));
    }
    replaceLoadedRows(merged);
}

void InboxModel::refreshCountdowns()
{
    if (rows().isEmpty())
        return;
    emit dataChanged(index(0), index(int(rows().size()) - 1),
        { InboxRoles::SlaText, InboxRoles::SlaLevel, InboxRoles::WaitingText, Qt::ToolTipRole });
}

Qt::ItemFlags InboxModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationRow &row = rows().at(index.row());
    const Conversation &conversation = row.conversation;
    const auto sla = [&] { return ConversationRules::responseStatus(conversation, m_service.now()); };
    switch (role) {
    case Qt::DisplayRole:
    case InboxRoles::Subject:
        return conversation.subject.isEmpty() ? tr("(no subject)") : conversation.subject;
    case Qt::AccessibleDescriptionRole:
    case Qt::ToolTipRole: {
        QStringList words { row.customerName, displayName(conversation.channel), displayName(conversation.status) };
        if (row.unread)
            words.append(tr("unread"));
        words.append(row.assigneeName.isEmpty() ? tr("unassigned") : tr("assigned to %1").arg(row.assigneeName));
        if (const std::optional<SlaStatus> status = sla())
            words.append(SlaPolicy::describeStatus(*status));
        return words.join(u", "_s);
    }
    case InboxRoles::Id:
        return conversation.id;
    case InboxRoles::CustomerId:
        return conversation.customerId;
    case InboxRoles::CustomerName:
        return row.customerName;
    case InboxRoles::Channel:
        return int(conversation.channel);
    case InboxRoles::Status:
        return int(conversation.status);
    case InboxRoles::Priority:
        return int(conversation.priority);
    case InboxRoles::AssigneeName:
        return row.assigneeName;
    case InboxRoles::Unread:
        return row.unread;
    case InboxRoles::Tags:
        return conversation.tags;
    case InboxRoles::WaitingText: {
        const auto when = [](Millis at) { return QDateTime::fromMSecsSinceEpoch(at).toLocalTime(); };
        if (conversation.status == ConversationStatus::Snoozed && conversation.snoozedUntil)
            return tr("until %1").arg(shortDateTimeText(when(*conversation.snoozedUntil)));
        if (conversation.status == ConversationStatus::Closed && conversation.closedAt)
            return tr("closed %1").arg(shortDateTimeText(when(*conversation.closedAt)));
        if (conversation.waitingSince)
            return tr("waiting since %1").arg(shortDateTimeText(when(*conversation.waitingSince)));
        return shortDateTimeText(when(conversation.lastMessageAt));
    }
    case InboxRoles::SlaText: {
        const std::optional<SlaStatus> status = sla();
        return status ? SlaPolicy::describeStatus(*status) : QString();
    }
    case InboxRoles::SlaLevel: {
        const std::optional<SlaStatus> status = sla();
        return status ? int(status->level) : -1;
    }
    default:
        return {};
    }
}

Id InboxModel::conversationIdAt(int row) const
{
    const ConversationRow *conversation = rowPointer(row);
    return conversation ? conversation->conversation.id : 0;
}

int InboxModel::rowOf(Id conversationId) const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows().at(row).conversation.id == conversationId)
            return row;
    }
    return -1;
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "inbox/OutboxModel.h"

#include "domain/Error.h"
#include "services/OutboxService.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace tandem {

OutboxModel::OutboxModel(OutboxService &service, Actor actor, QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_actor(std::move(actor))
{
    connect(&m_service, &OutboxService::changed, this, &OutboxModel::reload);
    reload();
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::failureText(const OutboxEntry &entry)
{
    // The workspace keeps the facts (bounced or not, the server's words); the sentence is the reader's.
    if (entry.bounced) {
        return entry.lastError.isEmpty() ? tr("The message bounced: the address cannot be reached.")
                                         : tr("The message bounced: %1").arg(entry.lastError);
    }
    return entry.lastError.isEmpty() ? tr("The channel refused the message.") : entry.lastError;
}

QString OutboxModel::stateText(const OutboxEntry &entry)
{
    switch (entry.state) {
    case OutboxState::Failed:
        if (entry.maybeSent) {
            return tr("May have reached the customer: sending was cut off where Tandem cannot tell. Check (an answer, "
                      "the Sent folder), then send it again or mark it as sent.");
        }
        return entry.permanent ? tr("Failed: %1 (waits for a retry)").arg(failureText(entry))
                               : tr("Failed: %1 (tried again automatically)").arg(failureText(entry));
    case OutboxState::Queued:
        if (entry.waitingForConnection)
            return tr("Waiting for the %1 connection").arg(displayName(entry.channel));
        return displayName(entry.state);
    case OutboxState::Sending:
    case OutboxState::Sent:
        break;
    }
    return displayName(entry.state);
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const OutboxEntry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ConversationColumn:
            return tr("#%1").arg(entry.conversationId);
        case CustomerColumn:
            return entry.customerName;
        case SubjectColumn:
            return entry.subject.isEmpty() ? tr("(no subject)") : entry.subject;
        case StateColumn:
            return stateText(entry);
        case AttemptsColumn:
            return entry.attempts;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StateColumn)
        return stateText(entry);
    if (role == Qt::ForegroundRole && index.column() == StateColumn && entry.maybeSent)
        return QColor(0xb3, 0x5c, 0x00); // stands out among the failures: a person must look
    if (role == Qt::TextAlignmentRole && index.column() == AttemptsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ConversationColumn:
        return tr("Conversation");
    case CustomerColumn:
        return tr("Customer");
    case SubjectColumn:
        return tr("Subject");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    default:
        return {};
    }
}

void OutboxModel::reload()
{
    QList<OutboxEntry> entries;
    try {
        entries = m_service.waiting(m_actor);
    } catch (const Error &error) {
        emit failed(error.message());
        return; // what was listed stays
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

} // namespace tandem

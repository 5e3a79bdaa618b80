// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "review/AuditLogModel.h"

#include "DateTimeText.h"
#include "ModelRoles.h"
#include "domain/AuditSentence.h"
#include "domain/Error.h"
#include "services/AuditService.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tandem {

AuditLogModel::AuditLogModel(AuditService &service, Actor actor, QObject *parent)
    : KeysetPagedModel(AuditService::pageSize, parent), m_service(service), m_actor(std::move(actor))
{
    reload();
}

AuditLogModel::Page AuditLogModel::fetchPage(const std::optional<Id> &before, int limit)
{
    AuditPage page = m_service.page(m_actor, before, limit);
    return { std::move(page.entries), page.next };
}

void AuditLogModel::reload()
{
    resetToFirstPage();
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditListEntry &item = rows().at(index.row());
    const AuditEntry &entry = item.entry;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return entry.id;
        case TimeColumn:
            return shortDateTimeText(QDateTime::fromMSecsSinceEpoch(entry.occurredAt).toLocalTime());
        case ActorColumn:
            return item.actorName.isEmpty() ? tr("(system)") : item.actorName;
        case SentenceColumn:
            return AuditSentence::of(item);
        case CodeColumn:
            return codeOf(entry);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SentenceColumn)
            return codeOf(entry);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AuditRoles::Id:
        return entry.id;
    case AuditRoles::OccurredAt:
        return QDateTime::fromMSecsSinceEpoch(entry.occurredAt).toLocalTime();
    case AuditRoles::ActorName:
        return item.actorName;
    case AuditRoles::Action:
        return entry.action;
    case AuditRoles::Entity:
        return entry.entity;
    case AuditRoles::EntityId:
        return entry.entityId ? QVariant(*entry.entityId) : QVariant();
    case AuditRoles::Before:
        return entry.before;
    case AuditRoles::After:
        return entry.after;
    case AuditRoles::Sentence:
        return AuditSentence::of(item);
    default:
        return {};
    }
}

QString AuditLogModel::codeOf(const AuditEntry &entry)
{
    // The record's kind is said once when the code already starts with it: "interaction.log #40009".
    const QString number = entry.entityId ? u"#"_s + QString::number(*entry.entityId) : QString();
    if (entry.entity.isEmpty() || entry.action.startsWith(entry.entity + u'.'))
        return number.isEmpty() ? entry.action : entry.action + u' ' + number;
    return entry.action + u" · "_s + (number.isEmpty() ? entry.entity : entry.entity + u' ' + number);
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case SentenceColumn:
        return tr("What happened");
    case CodeColumn:
        return tr("Code");
    default:
        return {};
    }
}

} // namespace tandem

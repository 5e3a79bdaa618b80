// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplateListModel.h"

#include "IdRows.h"
#include "ModelRoles.h"
#include "domain/Error.h"
#include "services/TemplateCategories.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace tandem {

TemplateListModel::TemplateListModel(TemplateService &service, Actor actor, QObject *parent)
    : QAbstractListModel(parent), m_service(service), m_actor(std::move(actor))
{
    m_templates = load().value_or(QList<ReplyTemplate>());
    connect(&m_service, &TemplateService::changed, this, &TemplateListModel::reload);
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReplyTemplate &replyTemplate = m_templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return replyTemplate.name;
    case Qt::ToolTipRole:
        return replyTemplate.subject.isEmpty()
            ? replyTemplate.body.left(300)
            : QString(replyTemplate.subject + u"\n\n"_s + replyTemplate.body.left(300));
    case Qt::AccessibleDescriptionRole:
        return QString(replyTemplate.shortcode + u", "_s + TemplateCategories::displayName(replyTemplate.category));
    case TemplateRoles::Id:
        return replyTemplate.id;
    case TemplateRoles::Category:
        return TemplateCategories::displayName(replyTemplate.category);
    case TemplateRoles::CategoryKey:
        return replyTemplate.category;
    case TemplateRoles::Shortcode:
        return replyTemplate.shortcode;
    case TemplateRoles::Channel:
        return replyTemplate.channel ? int(*replyTemplate.channel) : -1;
    case TemplateRoles::ChannelName:
        return replyTemplate.channel ? displayName(*replyTemplate.channel)
                                     : QCoreApplication::translate("tandem::TemplateListModel", "any channel");
    case TemplateRoles::Subject:
        return replyTemplate.subject;
    case TemplateRoles::Body:
        return replyTemplate.body;
    case TemplateRoles::Referral:
        return replyTemplate.referralRequest;
    case TemplateRoles::Personal:
        return replyTemplate.ownerId.has_value();
    case TemplateRoles::UsageCount:
        return replyTemplate.usageCount;
    case TemplateRoles::LastUsedAt:
        return replyTemplate.lastUsedAt ? QDateTime::fromMSecsSinceEpoch(*replyTemplate.lastUsedAt) : QDateTime();
    case TemplateRoles::OtherChannel:
        return m_filter.channel && replyTemplate.channel && *replyTemplate.channel != *m_filter.channel;
    default:
        return {};
    }
}

void TemplateListModel::setFilter(const TemplateFilter &filter)
{
    m_filter = filter;
    reload();
}

void TemplateListModel::setFilterText(const QString &text)
{
    if (text == m_filter.text)
        return;
    m_filter.text = text;
    reload();
}

const ReplyTemplate *TemplateListModel::templateAt(int row) const
{
    return row >= 0 && row < m_templates.size() ? &m_templates.at(row) : nullptr;
}

int TemplateListModel::rowOf(Id templateId) const
{
    return IdRows::rowOf(m_templates, templateId);
}

std::optional<QList<ReplyTemplate>> TemplateListModel::load()
{
    try {
        return m_service.templates(m_actor, m_filter);
    } catch (const Error &error) {
        emit loadFailed(error.message());
        return std::nullopt;
    }
}

void TemplateListModel::reload()
{
    std::optional<QList<ReplyTemplate>> loaded = load();
    if (!loaded)
        return;
    QList<ReplyTemplate> templates = std::move(*loaded);
    // Another desk's unrelated change must not reset the view under the agent's selection.
    if (IdRows::sameIds(m_templates, templates)) {
        m_templates = std::move(templates);
        if (!m_templates.isEmpty())
            emit dataChanged(index(0), index(int(m_templates.size()) - 1));
        return;
    }
    beginResetModel();
    m_templates = std::move(templates);
    endResetModel();
}

} // namespace tandem

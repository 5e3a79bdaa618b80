// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/AgentListModel.h"

#include "ModelRoles.h"
#include "domain/Error.h"
#include "services/AccountService.h"

#include <QBrush>
#include <QPalette>

namespace tandem {

AgentListModel::AgentListModel(AccountService &accounts, Actor actor, QObject *parent)
    : QAbstractTableModel(parent), m_accounts(accounts), m_actor(std::move(actor))
{
    reload();
}

void AgentListModel::reload()
{
    QList<Agent> agents;
    try {
        agents = m_accounts.accounts(m_actor);
    } catch (const Error &error) {
        emit loadFailed(error.message());
    }
    beginResetModel();
    m_agents = agents;
    endResetModel();
}

int AgentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

int AgentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Agent &agent = m_agents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return agent.displayName;
        case LoginColumn:
            return agent.login;
        case RoleColumn:
            return displayName(agent.role);
        case StatusColumn:
            return agent.active ? tr("Active") : tr("Disabled");
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (!agent.active)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case AgentRoles::Id:
        return agent.id;
    case AgentRoles::Login:
        return agent.login;
    case AgentRoles::Role:
        return int(agent.role);
    case AgentRoles::Active:
        return agent.active;
    default:
        return {};
    }
}

QVariant AgentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LoginColumn:
        return tr("Login");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

const Agent *AgentListModel::agentAt(int row) const
{
    return row >= 0 && row < m_agents.size() ? &m_agents.at(row) : nullptr;
}

int AgentListModel::rowOf(Id agentId) const
{
    for (qsizetype row = 0; row < m_agents.size(); ++row) {
        if (m_agents.at(row).id == agentId)
            return int(row);
    }
    return -1;
}

} // namespace tandem

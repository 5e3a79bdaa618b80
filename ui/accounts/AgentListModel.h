// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"
#include "services/Actor.h"

#include <QAbstractTableModel>

namespace tandem {

class AccountService;

// The workspace's accounts for a team lead: name, login, role and whether the account may sign in.
// Accounts are few, so the list is read whole.
class AgentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, LoginColumn, RoleColumn, StatusColumn, ColumnCount };

    AgentListModel(AccountService &accounts, Actor actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    [[nodiscard]] const Agent *agentAt(int row) const;
    // The row of an agent, or -1.
    [[nodiscard]] int rowOf(Id agentId) const;

signals:
    void loadFailed(const QString &message);

private:
    AccountService &m_accounts;
    Actor m_actor;
    QList<Agent> m_agents;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/AuditRecords.h"
#include "services/Actor.h"

#include <QAbstractTableModel>

namespace tandem {

class AuditService;

// The audit trail, newest first, a page at a time as the view scrolls (keyset paging by id).
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, TimeColumn, ActorColumn, ActionColumn, EntityColumn, ColumnCount };

    AuditLogModel(AuditService &service, Actor actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void reload();
    [[nodiscard]] const AuditListEntry *entryAt(int row) const;

signals:
    void loadFailed(const QString &message);

private:
    AuditPage loadPage(const std::optional<Id> &before);

    AuditService &m_service;
    Actor m_actor;
    QList<AuditListEntry> m_entries;
    std::optional<Id> m_next;
    bool m_changing = false;
};

} // namespace tandem

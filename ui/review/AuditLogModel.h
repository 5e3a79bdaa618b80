// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "KeysetPagedModel.h"
#include "domain/AuditRecords.h"
#include "services/Actor.h"

#include <QAbstractTableModel>

namespace tandem {

class AuditService;

// The audit trail, newest first, a page at a time as the view scrolls (keyset paging by id). Each entry
// reads as a sentence; its action code and record stay in a column (and the sentence's tooltip) of their own.
class AuditLogModel : public KeysetPagedModel<AuditLogModel, QAbstractTableModel, AuditListEntry, Id>
{
    Q_OBJECT

public:
    enum Column { IdColumn, TimeColumn, ActorColumn, SentenceColumn, CodeColumn, ColumnCount };

    AuditLogModel(AuditService &service, Actor actor, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    [[nodiscard]] const AuditListEntry *entryAt(int row) const { return rowPointer(row); }
    // "escalation.ask_rep #12", "qa.review · qa_review #3"
    [[nodiscard]] static QString codeOf(const AuditEntry &entry);

signals:
    void loadFailed(const QString &message);

private:
    Page fetchPage(const std::optional<Id> &before, int limit) override;

    AuditService &m_service;
    Actor m_actor;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/TableCopy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace tandem {

class Workspace;

// Copies every record of one workspace into another (a single desk's SQLite file up to a team server,
// or back), in one transaction on the target, and checks the row counts afterwards.
class WorkspaceCopier
{
    Q_DECLARE_TR_FUNCTIONS(tandem::WorkspaceCopier)

public:
    using Progress = std::function<void(const QString &table, qint64 rows)>;

    WorkspaceCopier(Workspace &from, Workspace &to) : m_from(from), m_to(to) { }

    // Refuses a target that already holds records unless `replaceTarget` is set, in which case its
    // records are removed first (in the same transaction). Throws StorageError; the target is then
    // unchanged.
    QList<TableCopy> copy(bool replaceTarget, const Progress &progress = {});

    // Every table of the schema, parents before children.
    static const QStringList &tablesInDependencyOrder();

private:
    Workspace &m_from;
    Workspace &m_to;
};

} // namespace tandem

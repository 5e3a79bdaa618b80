// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace tandem {

// The floor for the bench's figures: the exact statements the app's own connection ran for a piece of work,
// recorded with their bound values, replayed straight through the database engine's C API (SQLite's, or
// PostgreSQL's libpq on a connection of its own), reading every row and column as Qt's driver does.
class EngineReplay
{
public:
    virtual ~EngineReplay() = default;
    EngineReplay(const EngineReplay &) = delete;
    EngineReplay &operator=(const EngineReplay &) = delete;

    // "SQLite" or "PostgreSQL": the column "x SQLite" / "x PostgreSQL".
    [[nodiscard]] virtual QString engineName() const = 0;
    [[nodiscard]] virtual QByteArrayList record(const std::function<void()> &work) = 0;
    virtual void replay(const QByteArrayList &statements) = 0;

    // For the app's connection `db` to the workspace `spec` (a file path or a postgresql:// URL).
    static std::unique_ptr<EngineReplay> forWorkspace(const QSqlDatabase &db, const QString &spec);

protected:
    EngineReplay() = default;
};

} // namespace tandem

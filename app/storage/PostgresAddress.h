// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tandem {

// Where a team workspace lives: postgresql://user[:password]@host[:port]/dbname[?libpq-option=value&...].
// The password, when the URL has one, is kept in memory only; displayUrl() never shows it.
//
// Two settings of the query are Tandem's own, not libpq's (README, "Running the team server"):
// listen=HOST[:PORT] names a server address with session connections (PostgreSQL itself, or a session-pooled
// port) for the change feed's LISTEN, so that the address itself may be a transaction pool; and
// replica=HOST[:PORT] names a streaming replica that the lead's dashboards read from.
struct PostgresAddress
{
    // Another server of the same database, user and settings.
    struct Endpoint
    {
        QString host;
        int port = 5432;
        bool operator==(const Endpoint &) const = default;
    };

    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    // Further libpq settings (sslmode, service, connect_timeout, options, ...), as key=value.
    QStringList connectOptions;
    // Where the change feed listens, when not here; set, this address is taken for a transaction pool.
    std::optional<Endpoint> listenAt;
    // Where reports read, when a replica takes them.
    std::optional<Endpoint> replicaAt;

    static bool isPostgresUrl(const QString &spec);
    // Nothing when the URL cannot be a PostgreSQL address; `problem` then says why.
    static std::optional<PostgresAddress> parse(const QString &url, QString *problem = nullptr);

    [[nodiscard]] QString displayUrl() const;
    // The same database, user and libpq settings on another server, without listen or replica of its own.
    [[nodiscard]] PostgresAddress at(const Endpoint &where) const;
    // Statements here must not rely on a session (server-side prepared statements, session settings): a
    // transaction pool may hand each transaction to another server connection.
    [[nodiscard]] bool mayBePooled() const { return listenAt.has_value(); }
};

} // namespace tandem

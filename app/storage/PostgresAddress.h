// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tandem {

// Where a team workspace lives: postgresql://user[:password]@host[:port]/dbname[?libpq-option=value&...].
// The password, when the URL has one, is kept in memory only; displayUrl() never shows it.
struct PostgresAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    // Further libpq settings (sslmode, service, connect_timeout, options, ...), as key=value.
    QStringList connectOptions;

    static bool isPostgresUrl(const QString &spec);
    // Nothing when the URL cannot be a PostgreSQL address; `problem` then says why.
    static std::optional<PostgresAddress> parse(const QString &url, QString *problem = nullptr);

    [[nodiscard]] QString displayUrl() const;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/PostgresAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace tandem {

bool PostgresAddress::isPostgresUrl(const QString &spec)
{
    return spec.startsWith(u"postgresql://"_s) || spec.startsWith(u"postgres://"_s);
}

std::optional<PostgresAddress> PostgresAddress::parse(const QString &url, QString *problem)
{
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (!isPostgresUrl(url))
        return fail(QCoreApplication::translate(
            "tandem::PostgresAddress", "A team workspace address starts with postgresql://."));
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return fail(QCoreApplication::translate("tandem::PostgresAddress", "The address %1 is not a valid URL.")
                .arg(parsed.toDisplayString(QUrl::RemovePassword)));
    PostgresAddress address;
    address.host = parsed.host();
    address.port = parsed.port(5432);
    address.database = parsed.path().mid(1);
    address.user = parsed.userName();
    address.password = parsed.password();
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // Only plain libpq keywords: no spaces or quotes can sneak into the connection string.
        const bool safeKey = !key.isEmpty()
            && std::all_of(key.cbegin(), key.cend(), [](QChar ch) { return ch.isLetterOrNumber() || ch == u'_'; });
        const bool safeValue = std::none_of(value.cbegin(), value.cend(),
            [](QChar ch) { return ch.isSpace() || ch == u'\'' || ch == u'\\' || ch == u';'; });
        if (!safeKey || !safeValue)
            return fail(QCoreApplication::translate(
                "tandem::PostgresAddress", "The setting \"%1\" in the address is not allowed.")
                    .arg(key));
        address.connectOptions.append(key + u'=' + value);
    }
    if (address.database.isEmpty() && !address.connectOptions.join(u' ').contains(u"service="_s))
        return fail(QCoreApplication::translate(
            "tandem::PostgresAddress", "The address names no database (postgresql://host/DATABASE)."));
    return address;
}

QString PostgresAddress::displayUrl() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(u"/"_s + database);
    if (!connectOptions.isEmpty()) {
        QUrlQuery query;
        for (const QString &option : connectOptions)
            query.addQueryItem(option.section(u'=', 0, 0), option.section(u'=', 1));
        url.setQuery(query);
    }
    return url.toString();
}

} // namespace tandem

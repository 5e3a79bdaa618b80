// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/PostgresAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const auto listenKey = u"listen"_s;
const auto replicaKey = u"replica"_s;

// HOST, HOST:PORT or [IPv6]:PORT.
std::optional<PostgresAddress::Endpoint> endpointFrom(const QString &text)
{
    const QUrl url(u"postgresql://"_s + text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() || url.host().isEmpty() || !url.path().isEmpty() || url.hasQuery()
        || !url.userInfo().isEmpty())
        return std::nullopt;
    return PostgresAddress::Endpoint { url.host(), url.port(5432) };
}

QString endpointText(const PostgresAddress::Endpoint &endpoint)
{
    const QString host = endpoint.host.contains(u':') ? u'[' + endpoint.host + u']' : endpoint.host;
    return endpoint.port == 5432 ? host : host + u':' + QString::number(endpoint.port);
}

} // namespace

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
        if (key == listenKey || key == replicaKey) {
            const std::optional<Endpoint> endpoint = endpointFrom(value);
            if (!endpoint)
                return fail(QCoreApplication::translate("tandem::PostgresAddress",
                    "The setting \"%1\" in the address takes a server as HOST or HOST:PORT, not \"%2\".")
                        .arg(key, value));
            (key == listenKey ? address.listenAt : address.replicaAt) = endpoint;
            continue;
        }
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
    QUrlQuery query;
    for (const QString &option : connectOptions)
        query.addQueryItem(option.section(u'=', 0, 0), option.section(u'=', 1));
    if (listenAt)
        query.addQueryItem(listenKey, endpointText(*listenAt));
    if (replicaAt)
        query.addQueryItem(replicaKey, endpointText(*replicaAt));
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString();
}

PostgresAddress PostgresAddress::at(const Endpoint &where) const
{
    PostgresAddress other = *this;
    other.host = where.host;
    other.port = where.port;
    other.listenAt.reset();
    other.replicaAt.reset();
    return other;
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/FileSecretStore.h"

#include "services/ServiceError.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

FileSecretStore::FileSecretStore(QString path) : m_path(std::move(path))
{ }

QString FileSecretStore::description() const
{
    return tr("the credentials file %1").arg(m_path);
}

QJsonObject FileSecretStore::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    if (file.permissions() & others) {
        throw ServiceError(
            tr("The credentials file %1 can be read by others; make it readable by its owner only (chmod 600).")
                .arg(m_path));
    }
    if (!file.open(QIODevice::ReadOnly))
        throw ServiceError(tr("The credentials file %1 could not be read: %2").arg(m_path, file.errorString()));
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw ServiceError(tr("The credentials file %1 is damaged: %2").arg(m_path, error.errorString()));
    return document.object();
}

void FileSecretStore::save(const QJsonObject &secrets)
{
    QSaveFile file(m_path);
    // The temporary file gets the final permissions before a byte of a secret is in it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly)
        || file.write(QJsonDocument(secrets).toJson()) < 0 || !file.commit()) {
        throw ServiceError(tr("The credentials file %1 could not be written: %2").arg(m_path, file.errorString()));
    }
}

std::optional<QString> FileSecretStore::read(const QString &key) const
{
    const std::scoped_lock lock(m_mutex);
    const QJsonValue value = load().value(key);
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

void FileSecretStore::write(const QString &key, const QString &secret)
{
    const std::scoped_lock lock(m_mutex);
    QJsonObject secrets = load();
    secrets.insert(key, secret);
    save(secrets);
}

void FileSecretStore::remove(const QString &key)
{
    const std::scoped_lock lock(m_mutex);
    QJsonObject secrets = load();
    if (!secrets.contains(key))
        return;
    secrets.remove(key);
    save(secrets);
}

} // namespace tandem

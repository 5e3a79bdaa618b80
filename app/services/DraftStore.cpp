// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/DraftStore.h"

#include "domain/Json.h"
#include "services/ServiceError.h"
#include "services/ServicesLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tandem {

DraftStore::DraftStore(QString folder) : m_folder(std::move(folder))
{ }

QString DraftStore::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"drafts"_s);
}

QString DraftStore::fileFor(const QString &workspace, Id agentId, const QString &what) const
{
    // The workspace may be a path or a URL; a hash makes it a safe file name.
    const QByteArray workspaceKey
        = QCryptographicHash::hash(workspace.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(m_folder).filePath(u"%1-%2-%3.json"_s.arg(QString::fromLatin1(workspaceKey)).arg(agentId).arg(what));
}

void DraftStore::saveFile(const QString &path, const QJsonObject &draft) const
{
    if (!QDir().mkpath(m_folder))
        throw ServiceError(tr("Cannot create the drafts folder %1.").arg(QDir::toNativeSeparators(m_folder)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ServiceError(tr("Cannot keep the draft: %1").arg(file.errorString()));
    file.write(compactJson(draft).toUtf8());
    if (!file.commit())
        throw ServiceError(tr("Cannot keep the draft: %1").arg(file.errorString()));
}

std::optional<QJsonObject> DraftStore::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        // The agent starts from an empty draft rather than a half-read one.
        qCWarning(lcServices) << "Ignoring the unreadable draft" << file.fileName() << ":" << error.errorString();
        return std::nullopt;
    }
    return document.object();
}

void DraftStore::save(const QString &workspace, Id agentId, Id customerId, const QJsonObject &draft) const
{
    saveFile(fileFor(workspace, agentId, QString::number(customerId)), draft);
}

std::optional<QJsonObject> DraftStore::load(const QString &workspace, Id agentId, Id customerId) const
{
    return loadFile(fileFor(workspace, agentId, QString::number(customerId)));
}

void DraftStore::discard(const QString &workspace, Id agentId, Id customerId) const
{
    QFile::remove(fileFor(workspace, agentId, QString::number(customerId)));
}

void DraftStore::saveReply(const QString &workspace, Id agentId, Id conversationId, const QJsonObject &draft) const
{
    saveFile(fileFor(workspace, agentId, u"reply-"_s + QString::number(conversationId)), draft);
}

std::optional<QJsonObject> DraftStore::loadReply(const QString &workspace, Id agentId, Id conversationId) const
{
    return loadFile(fileFor(workspace, agentId, u"reply-"_s + QString::number(conversationId)));
}

void DraftStore::discardReply(const QString &workspace, Id agentId, Id conversationId) const
{
    QFile::remove(fileFor(workspace, agentId, u"reply-"_s + QString::number(conversationId)));
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/KbSiteFolder.h"

#include "services/ServiceError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace tandem {

KbSiteFolder::KbSiteFolder(const QString &target) : m_target(QDir::cleanPath(QFileInfo(target).absoluteFilePath()))
{
    const QFileInfo info(m_target);
    if (info.exists() && !info.isDir())
        throw ServiceError(
            tr("%1 is a file; the site needs a folder of its own.").arg(QDir::toNativeSeparators(m_target)));
    if (info.isDir()) {
        const QDir existing(m_target);
        const bool empty = existing.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        if (!empty && !existing.exists(markerName.toString()))
            throw ServiceError(tr("%1 holds other files; choose an empty folder or one Tandem published the site "
                                  "to before (Tandem replaces what is in it).")
                    .arg(QDir::toNativeSeparators(m_target)));
    }
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent))
        throw ServiceError(tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(parent)));
    m_staging = std::make_unique<QTemporaryDir>(parent + u'/' + info.fileName() + u".partial-XXXXXX"_s);
    if (!m_staging->isValid())
        throw ServiceError(
            tr("Nothing can be written in %1: %2").arg(QDir::toNativeSeparators(parent), m_staging->errorString()));
    // A temporary folder is private to its owner; a site is read by the web server's user too.
    QFile::setPermissions(m_staging->path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    write(markerName.toString(), "This folder is a self-service site Tandem wrote; publishing again replaces it.\n");
}

KbSiteFolder::~KbSiteFolder() = default;

void KbSiteFolder::write(const QString &path, const QByteArray &content)
{
    const QString file = m_staging->filePath(path);
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        throw ServiceError(tr("The folder for %1 cannot be made.").arg(QDir::toNativeSeparators(file)));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit())
        throw ServiceError(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
}

void KbSiteFolder::replaceTarget()
{
    const QString staging = m_staging->path();
    QString aside;
    if (QFileInfo::exists(m_target)) {
        // A name beside the target nobody uses; the staging folder's own random part makes it unique.
        aside = staging + u".old"_s;
        if (!QDir().rename(m_target, aside))
            throw ServiceError(tr("The old site in %1 cannot be moved aside; is a program using it?")
                    .arg(QDir::toNativeSeparators(m_target)));
    }
    if (!QDir().rename(staging, m_target)) {
        if (!aside.isEmpty())
            QDir().rename(aside, m_target);
        throw ServiceError(tr("The new site cannot be put in %1.").arg(QDir::toNativeSeparators(m_target)));
    }
    m_staging->setAutoRemove(false);
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
}

} // namespace tandem

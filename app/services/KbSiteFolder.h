// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace tandem {

// A site written beside its folder and put in place whole, so a run that fails (a full disk, an error, a
// kill) never leaves half a site where the old one was: the files go into a new folder next to the target,
// and only when all are written does it take the target's place (the old site, renamed aside first, is then
// removed). A target that holds anything but a site Tandem wrote (it has the marker file) is refused and
// left alone, so publishing into the wrong folder cannot wipe it.
class KbSiteFolder
{
    Q_DECLARE_TR_FUNCTIONS(tandem::KbSiteFolder)

public:
    static constexpr QStringView markerName = u".tandem-kb-site";

    // Refuses (ServiceError) a target that is a file, or a folder holding anything but a site of ours, and
    // makes the new folder beside it.
    explicit KbSiteFolder(const QString &target);
    ~KbSiteFolder();
    KbSiteFolder(const KbSiteFolder &) = delete;
    KbSiteFolder &operator=(const KbSiteFolder &) = delete;

    // Writes a file of the new site; `path` is relative to its root ("en/index.html"). Throws ServiceError.
    void write(const QString &path, const QByteArray &content);
    // Puts the new site in the target's place. Until then, the target is as it was; a KbSiteFolder destroyed
    // without replacing removes what it wrote.
    void replaceTarget();

    [[nodiscard]] QString target() const { return m_target; }

private:
    QString m_target;
    std::unique_ptr<QTemporaryDir> m_staging;
};

} // namespace tandem

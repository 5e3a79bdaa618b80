// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "KbSitePublishing.h"

#include "domain/Error.h"
#include "services/KbSiteService.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const auto lastFolderKey = u"kb/siteFolder"_s;

} // namespace

void KbSitePublishing::run(KbSiteService &site, const Actor &actor, QWidget *parent)
{
    QSettings settings;
    const QString start
        = settings.value(lastFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString folder = QFileDialog::getExistingDirectory(
        parent, tr("Folder for the Help Site (empty, or one published to before)"), start);
    if (folder.isEmpty())
        return;
    KbSitePublication publication;
    try {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        publication = site.publish(actor, folder);
        QGuiApplication::restoreOverrideCursor();
    } catch (const Error &error) {
        QGuiApplication::restoreOverrideCursor();
        QMessageBox::warning(parent, tr("Publish Help Site"), error.message());
        return;
    }
    settings.setValue(lastFolderKey, folder);
    const QString index = QDir(publication.folder).filePath(u"index.html"_s);
    QMessageBox done(QMessageBox::Information, tr("Publish Help Site"),
        tr("The help site with %n article(s) is in %1. Copy the folder to your web host, or open index.html.", nullptr,
            publication.articles)
            .arg(QDir::toNativeSeparators(publication.folder)),
        QMessageBox::Close, parent);
    QPushButton *open = done.addButton(tr("Open in Browser"), QMessageBox::ActionRole);
    done.exec();
    if (done.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(index));
}

} // namespace tandem

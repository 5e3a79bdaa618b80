// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MessageBoxAnswer.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "inbox/MailImportFlow.h"
#include "services/mail/BackgroundMailImport.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

void copyFixture(const QString &name, const QString &to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(QStringLiteral(TANDEM_SOURCE_DIR "/tests/data/mail/") + name, to));
}

} // namespace

TEST_CASE("Import Mail shows what it imported, left out and refused", "[mail][ui]")
{
    test::TempWorkspace temp;
    test::MockClock clock { test::TempWorkspace::demoAnchor };
    Workspace &workspace = temp.openWithDemo(4, 20, 3);
    QTemporaryDir dir;
    copyFixture(u"plain-utf8.eml"_s, dir.filePath(u"1.eml"_s));
    copyFixture(u"auto-reply-subject.eml"_s, dir.filePath(u"2.eml"_s));
    copyFixture(u"no-from.eml"_s, dir.filePath(u"3.eml"_s));
    QWidget window;
    window.show();

    QString text;
    QString details;
    bool asked = false;
    test::answerNextMessageBox(
        [&](QMessageBox *box) {
            text = box->text();
            details = box->detailedText();
            box->accept();
        },
        &asked);
    BackgroundMailImport import(workspace, clock, dir.path());
    // The mails are read and written off the window's thread, so the window keeps answering meanwhile.
    bool offTheWindowsThread = false;
    QObject::connect(
        &import, &BackgroundMailImport::progress, &import,
        [&offTheWindowsThread] { offTheWindowsThread = QThread::currentThread() != qApp->thread(); },
        Qt::DirectConnection);
    MailImportFlow::importWithProgress(&window, import);
    REQUIRE(asked);
    CHECK(offTheWindowsThread);
    CHECK(text.contains(u"The import is complete."_s));
    CHECK(text.contains(u"Imported: 1"_s));
    CHECK(text.contains(u"Auto-replies left out: 1"_s));
    CHECK(text.contains(u"Refused: 1"_s));
    CHECK(details == u"3.eml: The mail has no sender address (From)."_s);
}

TEST_CASE("Import Mail says why a file that is no mail cannot be imported", "[mail][ui]")
{
    test::TempWorkspace temp;
    test::MockClock clock { test::TempWorkspace::demoAnchor };
    Workspace &workspace = temp.openWithDemo(4, 20, 3);
    QWidget window;
    window.show();
    QString text;
    bool asked = false;
    test::answerNextMessageBox(
        [&](QMessageBox *box) {
            text = box->text();
            box->accept();
        },
        &asked);
    BackgroundMailImport import(workspace, clock, u"/nonexistent/mail.mbox"_s);
    MailImportFlow::importWithProgress(&window, import);
    REQUIRE(asked);
    CHECK(text.contains(u"/nonexistent/mail.mbox"_s));
}

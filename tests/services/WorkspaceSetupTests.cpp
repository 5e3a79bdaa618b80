// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SearchIndexCheck.h"
#include "TempWorkspace.h"
#include "services/WorkspaceSetup.h"
#include "storage/Query.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

DemoOptions smallDemo()
{
    DemoOptions demo;
    demo.customers = 12;
    demo.interactions = 150;
    demo.seed = 2;
    demo.anchor = test::TempWorkspace::demoAnchor;
    return demo;
}

qint64 templateCount(Workspace &workspace)
{
    return Query::scalar(workspace.database(), u"SELECT count(*) FROM templates"_s).toLongLong();
}

} // namespace

TEST_CASE("a new desk workspace is built beside its place and a stale partial one is thrown away first",
    "[services][reliability]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"first.tandem"_s);
    // What a start killed while it built the workspace left behind.
    for (const QString &leftover : { u".partial"_s, u".partial-wal"_s }) {
        QFile file(path + leftover);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("half a workspace");
    }
    const std::unique_ptr<Workspace> workspace = WorkspaceSetup::openWithDemoOnFirstStart(path, smallDemo());
    for (const QString &leftover : { u".partial"_s, u".partial-wal"_s, u".partial-shm"_s })
        CHECK_FALSE(QFileInfo::exists(path + leftover));
    CHECK(Query::scalar(workspace->database(), u"SELECT count(*) FROM customers"_s).toInt() == 12);
    CHECK(templateCount(*workspace) > 0);
    CHECK(workspace->repairNote().isEmpty());
}

TEST_CASE("a desk workspace repaired at open that has no templates gets the default library", "[services][reliability]")
{
    test::TempWorkspace temp;
    // An older version's load killed after its last rows: data, but no search triggers and no templates.
    temp.openWithDemo(12, 150, 2);
    REQUIRE(templateCount(temp.open()) == 0);
    temp.close();
    const QString name = u"workspace-setup-test"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(temp.path());
        REQUIRE(db.open());
        Query::execute(db, u"DROP TRIGGER interactions_fts_insert"_s);
        Query::execute(db, u"DROP TRIGGER customers_fts_insert"_s);
        Query::execute(db, u"DELETE FROM tandem_meta WHERE key = 'demo'"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    const std::unique_ptr<Workspace> workspace = WorkspaceSetup::openWithDemoOnFirstStart(temp.path(), smallDemo());
    CHECK_FALSE(workspace->repairNote().isEmpty());
    CHECK(templateCount(*workspace) > 0);
    test::checkSearchIsWhole(*workspace);
}

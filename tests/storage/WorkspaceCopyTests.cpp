// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "domain/StorageError.h"
#include "storage/AuditLog.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/Query.h"
#include "storage/WorkspaceCopier.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

qint64 rows(Workspace &workspace, const QString &table)
{
    return Query::scalar(workspace.database(), u"SELECT count(*) FROM "_s + table).toLongLong();
}

} // namespace

TEST_CASE("the copy covers every table of the schema", "[storage][copy]")
{
    test::TempWorkspace temp;
    Query tables(temp.open().database(),
        u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'"
        " AND name NOT LIKE 'sqlite_%' AND name <> 'tandem_meta'"_s);
    QStringList schemaTables;
    while (tables.next())
        schemaTables.append(tables.value(0).toString());
    // An empty answer would check nothing: the schema's tables must really have been listed.
    REQUIRE(schemaTables.contains(u"customers"_s));
    for (const QString &table : std::as_const(schemaTables)) {
        INFO(table.toStdString());
        CHECK(WorkspaceCopier::tablesInDependencyOrder().contains(table));
    }
}

TEST_CASE("a desk's workspace moves to another workspace with every record", "[storage][copy][postgres]")
{
    const Backend targetBackend = GENERATE(from_range(test::testBackends()));
    INFO("target: " << test::backendName(targetBackend).toStdString());
    test::TempWorkspace desk;
    Workspace &from = desk.openWithDemo(50, 1500, 8);
    Interaction note;
    note.customerId = 3;
    note.kind = InteractionKind::Note;
    note.subject = u"Ünïcödé ✓ 😀"_s;
    note.body = u"Line one\nשלום\n"_s + QString(5000, u'x');
    note.occurredAt = 77;
    const Id noteId = InteractionRepository(from).insert(note, 77);
    Query::execute(from.database(), u"UPDATE customers SET merged_into = 5 WHERE id = 4"_s);

    test::TempWorkspace team(targetBackend);
    Workspace &to = team.open();
    const QList<TableCopy> copied = WorkspaceCopier(from, to).copy(false);
    CHECK(copied.size() == WorkspaceCopier::tablesInDependencyOrder().size());
    for (const QString &table : WorkspaceCopier::tablesInDependencyOrder()) {
        INFO(table.toStdString());
        CHECK(rows(to, table) == rows(from, table) + (table == u"audit_log"_s ? 1 : 0));
    }
    const auto copiedNote = InteractionRepository(to).find(noteId);
    REQUIRE(copiedNote);
    CHECK(copiedNote->subject == note.subject);
    CHECK(copiedNote->body == note.body);
    CHECK(CustomerRepository(to).find(4)->mergedInto == 5);
    CHECK(CustomerRepository(to).find(7)->displayName() == CustomerRepository(from).find(7)->displayName());
    CHECK_FALSE(AuditLog(to).verify().firstBrokenId.has_value());
    CHECK(to.metaValue(u"demo"_s) == u"1"_s);
    // New records get fresh ids after the copied ones.
    Customer newcomer;
    newcomer.firstName = u"New"_s;
    CHECK(CustomerRepository(to).insert(newcomer) > 50);
    // Search works on the copy.
    const QString lastName = CustomerRepository(from).find(9)->lastName;
    CHECK_FALSE(CustomerRepository(to).page(lastName, std::nullopt, 10).customers.isEmpty());

    // A second copy is refused unless the target is replaced on purpose.
    CHECK_THROWS_AS(WorkspaceCopier(from, to).copy(false), StorageError);
    CHECK(rows(to, u"customers"_s) == 51);
    WorkspaceCopier(from, to).copy(true);
    CHECK(rows(to, u"customers"_s) == 50);
}

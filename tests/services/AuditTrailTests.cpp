// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/TimelineService.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/StorageError.h"

#include <QSqlError>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

// A demo workspace with a few more audited changes, so the chain has a middle and an end.
struct AuditedWorkspace
{
    explicit AuditedWorkspace(Backend backend) : temp(backend)
    {
        Workspace &workspace = temp.openWithDemo(5, 40, 2);
        TimelineService timeline(workspace, clock);
        const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
        for (int i = 0; i < 5; ++i) {
            Interaction note;
            note.customerId = 1;
            note.kind = InteractionKind::Note;
            note.channel = Channel::Internal;
            note.direction = Direction::Internal;
            note.subject = u"Note %1"_s.arg(i);
            timeline.logInteraction(rep, note);
        }
        lastId = Query::scalar(workspace.database(), u"SELECT max(id) FROM audit_log"_s).toLongLong();
    }

    Workspace &workspace() { return temp.open(); }

    // Changes made with plain SQL, as someone with the database file (or the server's admin rights) could.
    // PostgreSQL refuses them by trigger first; the owner can switch the trigger off, and the chain still
    // notices.
    void tamper(const QString &statement)
    {
        QSqlDatabase db = workspace().database();
        if (temp.backend() == Backend::Postgres) {
            QSqlQuery refused(db);
            CHECK_FALSE(refused.exec(statement));
            CHECK_THAT(refused.lastError().text().toStdString(), ContainsSubstring("append-only"));
            Query::execute(db, u"ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"_s);
        }
        Query::execute(db, statement);
        if (temp.backend() == Backend::Postgres)
            Query::execute(db, u"ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only"_s);
    }

    test::TempWorkspace temp;
    test::MockClock clock;
    Id lastId = 0;
};

} // namespace

TEST_CASE("a clean workspace's audit chain verifies", "[review]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    AuditedWorkspace audited(backend);
    const AuditVerification result = AuditLog(audited.workspace()).verify();
    CHECK_FALSE(result.firstBrokenId.has_value());
    CHECK(result.entriesChecked == audited.lastId);
    CHECK(result.problem.isEmpty());
}

TEST_CASE("an entry changed with plain SQL breaks the chain at that entry", "[review]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    AuditedWorkspace audited(backend);
    const Id victim = audited.lastId - 2;
    audited.tamper(u"UPDATE audit_log SET after_data = '{\"subject\":\"nothing to see\"}' WHERE id = %1"_s.arg(victim));
    const AuditVerification result = AuditLog(audited.workspace()).verify();
    REQUIRE(result.firstBrokenId.has_value());
    CHECK(*result.firstBrokenId == victim);
    CHECK_THAT(result.problem.toStdString(), ContainsSubstring(QString::number(victim).toStdString()));
    CHECK_THAT(result.problem.toStdString(), ContainsSubstring("changed"));
}

TEST_CASE("an entry deleted with plain SQL is named as missing", "[review]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    AuditedWorkspace audited(backend);
    const Id victim = audited.lastId - 3;
    audited.tamper(u"DELETE FROM audit_log WHERE id = %1"_s.arg(victim));
    const AuditVerification result = AuditLog(audited.workspace()).verify();
    REQUIRE(result.firstBrokenId.has_value());
    CHECK(*result.firstBrokenId == victim);
    CHECK_THAT(result.problem.toStdString(), ContainsSubstring("missing"));
}

TEST_CASE("deleting the newest entries is noticed through the chain head", "[review]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    AuditedWorkspace audited(backend);
    const Id last = audited.lastId;
    SECTION("the last entry")
    {
        audited.tamper(u"DELETE FROM audit_log WHERE id = %1"_s.arg(last));
        const AuditVerification result = AuditLog(audited.workspace()).verify();
        REQUIRE(result.firstBrokenId.has_value());
        CHECK(*result.firstBrokenId == last);
        CHECK_THAT(result.problem.toStdString(), ContainsSubstring(QString::number(last).toStdString()));
    }
    SECTION("the last two entries")
    {
        audited.tamper(u"DELETE FROM audit_log WHERE id >= %1"_s.arg(last - 1));
        CHECK(AuditLog(audited.workspace()).verify().firstBrokenId == last - 1);
    }
    SECTION("the last entry and the head that names it")
    {
        audited.tamper(u"DELETE FROM audit_log WHERE id = %1"_s.arg(last));
        Query::execute(audited.workspace().database(), u"DELETE FROM tandem_meta WHERE key = 'audit_head'"_s);
        CHECK(AuditLog(audited.workspace()).verify().firstBrokenId.has_value());
    }
}

TEST_CASE("the newest entry rewritten with a matching hash still fails against the head", "[review]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    AuditedWorkspace audited(backend);
    AuditLog log(audited.workspace());
    AuditEntry forged = log.find(audited.lastId)->entry;
    forged.after = u"{\"subject\":\"forged\"}"_s;
    const QString previous = Query::scalar(
        audited.workspace().database(), u"SELECT prev_hash FROM audit_log WHERE id = ?"_s, { audited.lastId })
                                 .toString();
    audited.tamper(u"UPDATE audit_log SET after_data = '%1', hash = '%2' WHERE id = %3"_s.arg(
        forged.after, AuditLog::hashOf(previous, forged), QString::number(audited.lastId)));
    CHECK(log.verify().firstBrokenId == audited.lastId);
}

TEST_CASE("appending keeps the chain and its head together", "[review]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    AuditedWorkspace audited(backend);
    const QString head = audited.workspace().metaValue(u"audit_head"_s);
    const QString lastHash = Query::scalar(
        audited.workspace().database(), u"SELECT hash FROM audit_log WHERE id = ?"_s, { audited.lastId })
                                 .toString();
    CHECK(head == QString::number(audited.lastId) + u':' + lastHash);

    // The audit viewer pages newest first without gaps.
    AuditService service(audited.workspace());
    const Actor lead = AccountService(audited.workspace()).signInWithoutPassword(u"lead"_s);
    QList<Id> ids;
    std::optional<Id> before;
    do {
        const AuditPage page = service.page(lead, before, 3);
        for (const AuditListEntry &item : page.entries)
            ids.append(item.entry.id);
        before = page.next;
    } while (before);
    REQUIRE(ids.size() == audited.lastId);
    for (qsizetype i = 0; i < ids.size(); ++i)
        CHECK(ids.at(i) == audited.lastId - i);
    CHECK(service.page(lead, std::nullopt, 1).entries.constFirst().actorName == u"Sam Carter"_s);
}

TEST_CASE("on PostgreSQL the audit table refuses UPDATE and DELETE by itself", "[review][postgres]")
{
    if (test::postgresTestUrl().isEmpty())
        SKIP("no PostgreSQL test server");
    AuditedWorkspace audited(Backend::Postgres);
    QSqlDatabase db = audited.workspace().database();
    QSqlQuery update(db);
    CHECK_FALSE(update.exec(u"UPDATE audit_log SET action = 'x'"_s));
    QSqlQuery remove(db);
    CHECK_FALSE(remove.exec(u"DELETE FROM audit_log"_s));
    CHECK(Query::scalar(db, u"SELECT count(*) FROM audit_log"_s).toLongLong() == audited.lastId);
    CHECK_FALSE(AuditLog(audited.workspace()).verify().firstBrokenId.has_value());
}

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "domain/StorageError.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/ServiceError.h"
#include "services/TimelineService.h"
#include "storage/AuditLog.h"
#include "storage/AuditRecord.h"
#include "storage/Query.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTemporaryDir>

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

    // Cuts the newest entries and moves the head to the new last one, as someone who knows how the head is
    // kept would, so that the workspace alone cannot tell.
    void truncateTail(Id keepUpTo)
    {
        tamper(u"DELETE FROM audit_log WHERE id > %1"_s.arg(keepUpTo));
        moveHeadTo(keepUpTo);
    }

    void moveHeadTo(Id id)
    {
        const QString hash
            = Query::scalar(workspace().database(), u"SELECT hash FROM audit_log WHERE id = ?"_s, { id }).toString();
        workspace().setMetaValue(u"audit_head"_s, QString::number(id) + u':' + hash);
    }

    // Rewrites entry `victim` and every hash after it, head included: a chain that holds together again.
    void rewritePast(Id victim)
    {
        QString previous
            = Query::scalar(workspace().database(), u"SELECT prev_hash FROM audit_log WHERE id = ?"_s, { victim })
                  .toString();
        const QString forged = u"{\"subject\":\"nothing happened\"}"_s;
        tamper(u"UPDATE audit_log SET after_data = '%1' WHERE id = %2"_s.arg(forged).arg(victim));
        for (Id id = victim; id <= lastId; ++id) {
            const QString hash = AuditLog::hashOf(previous, AuditLog(workspace()).find(id)->entry);
            tamper(u"UPDATE audit_log SET prev_hash = '%1', hash = '%2' WHERE id = %3"_s.arg(previous, hash).arg(id));
            previous = hash;
        }
        moveHeadTo(lastId);
    }

    Actor lead() { return AccountService(workspace()).signInWithoutPassword(u"lead"_s); }

    test::TempWorkspace temp;
    test::MockClock clock;
    Id lastId = 0;
};

// A checkpoint key pair in a folder of its own, outside the workspace.
struct CheckpointKey
{
    CheckpointKey() : file(dir.filePath(u"audit.key"_s)) { AuditService::createCheckpointKey(file); }

    [[nodiscard]] QString publicKeyFile() const { return AuditService::publicKeyFileOf(file); }
    [[nodiscard]] QString checkpointFile() const { return dir.filePath(u"checkpoint.json"_s); }

    QTemporaryDir dir;
    QString file;
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

TEST_CASE("a wiped audit trail fails verification while the workspace holds records", "[review][reliability]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    AuditedWorkspace audited(backend);
    audited.tamper(u"DELETE FROM audit_log"_s);
    Query::execute(audited.workspace().database(), u"DELETE FROM tandem_meta WHERE key = 'audit_head'"_s);
    const AuditVerification result = AuditService(audited.workspace()).verify(audited.lead());
    REQUIRE(result.firstBrokenId == 1);
    CHECK(result.entriesChecked == 0);
    CHECK_THAT(result.problem.toStdString(), ContainsSubstring("The audit trail is empty"));
    CHECK_THAT(result.problem.toStdString(), ContainsSubstring("deleted"));
}

TEST_CASE("an empty trail is intact while the workspace holds no records", "[review][reliability]")
{
    test::TempWorkspace temp;
    const AuditVerification result = AuditLog(temp.open()).verify();
    CHECK_FALSE(result.firstBrokenId.has_value());
    CHECK(result.entriesChecked == 0);
}

TEST_CASE("a truncated tail with the head moved to match passes plain verify but fails against a checkpoint",
    "[review][reliability]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    AuditedWorkspace audited(backend);
    const CheckpointKey key;
    AuditService service(audited.workspace());
    const AuditCheckpointInfo taken = service.checkpoint(audited.lead(), key.file, key.checkpointFile());
    CHECK(taken.head.entryId == audited.lastId);
    CHECK(taken.head.entries == audited.lastId);
    CHECK_FALSE(service.verifyAgainst(audited.lead(), key.checkpointFile()).firstBrokenId.has_value());

    audited.truncateTail(audited.lastId - 2);
    // What the workspace alone cannot tell: its chain and its head agree again.
    const AuditVerification plain = service.verify(audited.lead());
    CHECK_FALSE(plain.firstBrokenId.has_value());
    CHECK(plain.entriesChecked == audited.lastId - 2);

    const AuditVerification against = service.verifyAgainst(audited.lead(), key.checkpointFile(), key.publicKeyFile());
    REQUIRE(against.firstBrokenId == audited.lastId - 1);
    CHECK_THAT(against.problem.toStdString(),
        ContainsSubstring(u"vouches for %1 audit entries, but the trail now holds %2"_s.arg(audited.lastId)
                .arg(audited.lastId - 2)
                .toStdString()));
    CHECK_THAT(against.problem.toStdString(), ContainsSubstring("deleted"));
}

TEST_CASE("a past rewritten with every later hash redone fails against an earlier checkpoint", "[review][reliability]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    AuditedWorkspace audited(backend);
    const CheckpointKey key;
    AuditService service(audited.workspace());
    service.checkpoint(audited.lead(), key.file, key.checkpointFile());

    audited.rewritePast(audited.lastId - 3);
    CHECK_FALSE(service.verify(audited.lead()).firstBrokenId.has_value());
    const AuditVerification against = service.verifyAgainst(audited.lead(), key.checkpointFile());
    REQUIRE(against.firstBrokenId == audited.lastId);
    CHECK_THAT(against.problem.toStdString(), ContainsSubstring("rewritten"));
}

TEST_CASE("entries appended after a checkpoint still verify against it", "[review][reliability]")
{
    AuditedWorkspace audited(Backend::Sqlite);
    const CheckpointKey key;
    AuditService service(audited.workspace());
    service.checkpoint(audited.lead(), key.file, key.checkpointFile());
    AuditRecord(u"test.append"_s, u"test"_s).at(1).appendTo(audited.workspace());
    const AuditVerification result = service.verifyAgainst(audited.lead(), key.checkpointFile(), key.publicKeyFile());
    CHECK_FALSE(result.firstBrokenId.has_value());
    CHECK(result.entriesChecked == audited.lastId + 1);
    REQUIRE(result.checkpoint.has_value());
    CHECK(result.checkpoint->head.entryId == audited.lastId);
}

TEST_CASE("a tampered checkpoint, a wrong public key and a broken trail are refused", "[review][reliability]")
{
    AuditedWorkspace audited(Backend::Sqlite);
    const CheckpointKey key;
    AuditService service(audited.workspace());
    service.checkpoint(audited.lead(), key.file, key.checkpointFile());

    SECTION("a checkpoint edited to vouch for fewer entries")
    {
        QFile file(key.checkpointFile());
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        json[u"entries"_s] = audited.lastId - 2;
        json[u"entry_id"_s] = audited.lastId - 2;
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();
        CHECK_THROWS_WITH(service.verifyAgainst(audited.lead(), key.checkpointFile()),
            ContainsSubstring("does not match its signature"));
    }
    SECTION("a checkpoint signed by another key than the pinned one")
    {
        const CheckpointKey other;
        CHECK_THROWS_WITH(service.verifyAgainst(audited.lead(), key.checkpointFile(), other.publicKeyFile()),
            ContainsSubstring("signed with another key"));
    }
    SECTION("a file that is no checkpoint")
    {
        QFile file(key.checkpointFile());
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"format\": \"something else\"}");
        file.close();
        CHECK_THROWS_WITH(service.verifyAgainst(audited.lead(), key.checkpointFile()),
            ContainsSubstring("is not a Tandem audit checkpoint"));
    }
    SECTION("a broken trail gets no checkpoint")
    {
        audited.tamper(u"UPDATE audit_log SET after_data = '{}' WHERE id = 2"_s);
        const QString second = key.dir.filePath(u"second.json"_s);
        CHECK_THROWS_AS(service.checkpoint(audited.lead(), key.file, second), ServiceError);
        CHECK_FALSE(QFileInfo::exists(second));
    }
}

TEST_CASE("a checkpoint key is private, never replaced, and refused when others can read it", "[review][reliability]")
{
    const CheckpointKey key;
    const QFileDevice::Permissions permissions = QFileInfo(key.file).permissions();
    CHECK(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    CHECK((permissions
              & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther))
        == 0);
    CHECK(QFileInfo::exists(key.publicKeyFile()));
    QFile original(key.file);
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray secret = original.readAll();
    original.close();
    CHECK_THROWS_WITH(AuditService::createCheckpointKey(key.file), ContainsSubstring("already exists"));
    REQUIRE(original.open(QIODevice::ReadOnly));
    CHECK(original.readAll() == secret);
    original.close();

    AuditedWorkspace audited(Backend::Sqlite);
    QFile::setPermissions(
        key.file, QFileInfo(key.file).permissions() | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    CHECK_THROWS_WITH(AuditService(audited.workspace()).checkpoint(audited.lead(), key.file, key.checkpointFile()),
        ContainsSubstring("Other users can read"));
}

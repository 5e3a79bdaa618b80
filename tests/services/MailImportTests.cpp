// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MailFixture.h"
#include "MockClock.h"
#include "SearchIndexCheck.h"
#include "TempWorkspace.h"
#include "services/ConversationService.h"
#include "services/SearchService.h"
#include "services/ServiceError.h"
#include "services/mail/MailImportService.h"
#include "storage/Query.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

// The history a support mailbox holds: three customers' mails, a reply in one thread, an out-of-office,
// a bounce and a mail without sender.
const QStringList history
    = { u"plain-utf8.eml"_s, u"alternative.eml"_s, u"auto-reply-header.eml"_s, u"mixed-attachments.eml"_s,
          u"bounce-dsn.eml"_s, u"no-from.eml"_s, u"reply-threaded.eml"_s, u"no-message-id.eml"_s };

// An mbox as mail programs write it: a "From " line before each mail, body lines beginning "From " quoted.
QString writeMbox(const QString &dir, const QStringList &names)
{
    const QString path = dir + u"/history.mbox"_s;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    for (const QString &name : names) {
        QByteArray mail = test::mailFixture(name);
        mail.replace("\r\n", "\n");
        mail.replace("\nFrom ", "\n>From ");
        file.write("From support@tandem.example Tue Dec  1 09:30:00 2026\n" + mail);
        if (!mail.endsWith('\n'))
            file.write("\n");
        file.write("\n");
    }
    return path;
}

qint64 count(Workspace &workspace, const QString &statement)
{
    return Query::scalar(workspace.database(), statement).toLongLong();
}

struct Desk
{
    explicit Desk(Backend backend)
        : temp(backend), workspace(temp.openWithDemo(3, 20, 5)), service(workspace, clock), importer(service)
    {
        before = inboundMessages();
    }

    QString historyMbox() { return writeMbox(dir.path(), history); }

    // Customers' mails recorded since the desk was set up.
    qint64 importedMessages() { return inboundMessages() - before; }
    qint64 inboundMessages() { return count(workspace, u"SELECT count(*) FROM channel_messages"_s); }

    test::MockClock clock;
    test::TempWorkspace temp;
    Workspace &workspace;
    ConversationService service;
    MailImportService importer;
    QTemporaryDir dir;
    qint64 before = 0;
};

} // namespace

TEST_CASE("Importing an mbox twice records each customer's mail once and leaves out the noise", "[mail][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const QString mbox = desk.historyMbox();
    MailImportService &importer = desk.importer;

    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    const MailImportSummary first = importer.importPath(mbox, std::nullopt, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    CHECK(lastDone == history.size());
    CHECK(lastTotal == history.size());
    CHECK(first.imported == 5);
    CHECK(first.duplicates == 0);
    CHECK(first.autoReplies == 1);
    CHECK(first.bounces == 1);
    REQUIRE(first.refused.size() == 1);
    CHECK(first.refused[0].source == u"history.mbox, message 6"_s);
    CHECK(first.refused[0].reason == u"The mail has no sender address (From)."_s);
    CHECK_FALSE(first.cancelled);
    CHECK(desk.importedMessages() == 5);

    // Five mails from Ann: the reply joined the thread it answers, the others each opened their own.
    const qint64 annsConversations = count(desk.workspace,
        u"SELECT count(*) FROM conversations c JOIN customers p ON p.id = c.customer_id "
        "WHERE lower(p.email) = 'ann@customers.example'"_s);
    CHECK(annsConversations == 4);

    const MailImportSummary second = importer.importPath(mbox);
    CHECK(second.imported == 0);
    CHECK(second.duplicates == 5);
    CHECK(second.refused.size() == 1);
    CHECK(desk.importedMessages() == 5);
}

TEST_CASE("An import cancelled midway and run again has no gaps and no duplicates", "[mail][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const QString mbox = desk.historyMbox();
    MailImportService &importer = desk.importer;
    // One mail per commit, so that Cancel is seen after each.
    importer.setMailsPerCommit(1);

    const MailImportSummary cancelled
        = importer.importPath(mbox, std::nullopt, [](qint64 done, qint64) { return done < 3; });
    CHECK(cancelled.cancelled);
    CHECK(cancelled.imported + cancelled.autoReplies == 3);
    const qint64 afterCancel = desk.importedMessages();
    CHECK(afterCancel == cancelled.imported);

    const MailImportSummary rerun = importer.importPath(mbox);
    CHECK_FALSE(rerun.cancelled);
    CHECK(rerun.duplicates == cancelled.imported);
    CHECK(rerun.imported == 5 - cancelled.imported);
    CHECK(desk.importedMessages() == 5);
}

TEST_CASE("Body lines of an mbox that begin with From stay in their mail, as the customer wrote them", "[mail]")
{
    Desk desk(Backend::Sqlite);
    const QString path = desk.dir.path() + u"/quoting.mbox"_s;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // The writer quoted the first with '>'; the second names no time, so it begins no mail either.
    file.write("From ann@customers.example Tue Dec  1 09:30:00 2026\n"
               "From: Ann <ann@customers.example>\nSubject: Quoting\nMessage-ID: <quoting-1@customers.example>\n\n"
               "Hello,\n>From the start it failed.\nFrom here on I give up.\n\n"
               "From bob@customers.example Tue Dec  1 09:31:00 2026\n"
               "From: Bob <bob@customers.example>\nSubject: Second\nMessage-ID: <quoting-2@customers.example>\n\n"
               "Hi\n");
    file.close();

    const MailImportSummary summary = desk.importer.importPath(path);
    CHECK(summary.imported == 2);
    CHECK(summary.refused.isEmpty());
    CHECK(Query::scalar(desk.workspace.database(), u"SELECT body FROM interactions WHERE subject = 'Quoting'"_s)
              .toString()
        == u"Hello,\nFrom the start it failed.\nFrom here on I give up."_s);
}

TEST_CASE("A Maildir's cur and new folders are imported into the queue asked for", "[mail]")
{
    Desk desk(Backend::Sqlite);
    QTemporaryDir dir;
    for (const QString &sub : { u"cur"_s, u"new"_s, u"tmp"_s })
        REQUIRE(QDir(dir.path()).mkpath(sub));
    const auto put = [&](const QString &sub, const QString &fileName, const QString &fixtureName) {
        QFile file(dir.path() + u'/' + sub + u'/' + fileName);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(test::mailFixture(fixtureName));
    };
    put(u"cur"_s, u"1764577800.1.host:2,S"_s, u"shift-jis.eml"_s);
    put(u"cur"_s, u"1764577801.2.host:2,S"_s, u"auto-reply-subject.eml"_s);
    put(u"new"_s, u"1764577802.3.host"_s, u"html-only.eml"_s);
    put(u"tmp"_s, u"1764577803.4.host"_s, u"koi8r.eml"_s); // still being delivered: not read
    const QList<TeamQueue> queues = desk.service.queues();
    REQUIRE_FALSE(queues.isEmpty());
    const Id queueId = queues.constLast().id;
    const QString inQueue = u"SELECT count(*) FROM conversations WHERE queue_id = %1"_s.arg(queueId);
    const qint64 before = count(desk.workspace, inQueue);

    MailImportService importer(desk.service);
    const MailImportSummary summary = importer.importPath(dir.path(), queueId);
    CHECK(summary.imported == 2);
    CHECK(summary.autoReplies == 1);
    CHECK(summary.refused.isEmpty());
    CHECK(count(desk.workspace, inQueue) == before + 2);
    CHECK(importer.importPath(dir.path()).duplicates == 2);
}

TEST_CASE("A path that holds no mail is refused with a reason", "[mail]")
{
    Desk desk(Backend::Sqlite);
    QTemporaryDir dir;
    MailImportService importer(desk.service);
    const auto refusal = [&](const QString &path) -> QString {
        try {
            (void)importer.importPath(path);
        } catch (const ServiceError &error) {
            return error.message();
        }
        return {};
    };
    const QString missing = dir.path() + u"/missing.mbox"_s;
    CHECK(refusal(missing) == missing + u" does not exist."_s);
    CHECK(refusal(dir.path()) == dir.path() + u" is neither a Maildir folder nor a folder of .eml files."_s);
}

TEST_CASE("A mail the database refuses midway costs only itself; the rest of its batch is recorded",
    "[mail][import][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    // A row the database refuses after the mail's customer and conversation are written: the batch's
    // earlier writes must be taken back with it, and its other mails recorded all the same.
    QSqlDatabase db = desk.workspace.database();
    if (backend == Backend::Postgres) {
        Query::execute(db,
            u"CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'poisoned row'; END $$"_s);
        Query::execute(db,
            u"CREATE TRIGGER refuse_poison BEFORE INSERT ON interactions FOR EACH ROW"
            " WHEN (NEW.subject = 'Poison') EXECUTE FUNCTION refuse_poison()"_s);
    } else {
        Query::execute(db,
            u"CREATE TRIGGER refuse_poison BEFORE INSERT ON interactions"
            " WHEN new.subject = 'Poison' BEGIN SELECT RAISE(ABORT, 'poisoned row'); END"_s);
    }
    const QString path = desk.dir.path() + u"/poison.mbox"_s;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const int mails = 7;
    const int poisoned = 4;
    for (int n = 1; n <= mails; ++n) {
        const QByteArray number = QByteArray::number(n);
        const QByteArray who = n == poisoned ? QByteArray("poison") : QByteArray("writer" + number);
        const QByteArray subject = n == poisoned ? QByteArray("Poison") : QByteArray("Question " + number);
        file.write("From " + who + "@customers.example Tue Dec  1 09:30:00 2026\nFrom: " + who + " <" + who
            + "@customers.example>\nSubject: " + subject + "\nMessage-ID: <batch-" + number
            + "@customers.example>\n\nHello from " + who + "\n\n");
    }
    file.close();

    const MailImportSummary summary = desk.importer.importPath(path);
    CHECK(summary.imported == mails - 1);
    REQUIRE(summary.refused.size() == 1);
    CHECK(summary.refused[0].source == u"poison.mbox, message %1"_s.arg(poisoned));
    CHECK(desk.importedMessages() == mails - 1);
    CHECK(count(desk.workspace, u"SELECT count(*) FROM customers WHERE email = 'poison@customers.example'"_s) == 0);
    CHECK(count(desk.workspace, u"SELECT count(*) FROM customers WHERE email LIKE 'writer%@customers.example'"_s)
        == mails - 1);

    // Search finds the batch's mails (indexed at its commit) as it finds mails recorded one at a time.
    const SearchService search(desk.workspace);
    for (int n = 1; n <= mails; ++n) {
        INFO("mail " << n);
        CHECK(search.search(u"writer%1"_s.arg(n), SearchOrder::Newest).hits.size() == (n == poisoned ? 0 : 1));
    }
    test::checkSearchIsWhole(desk.workspace);

    // Run again: the six are known, the refused one is refused again, nothing doubles.
    const MailImportSummary again = desk.importer.importPath(path);
    CHECK(again.duplicates == mails - 1);
    CHECK(again.refused.size() == 1);
    CHECK(desk.importedMessages() == mails - 1);
}

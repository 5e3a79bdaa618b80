// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "RealBinary.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/SpoolConnector.h"
#include "storage/Query.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <csignal>

using namespace tandem;
using namespace Qt::StringLiterals;

// Sent once, never twice, never lost: a tandemctl worker killed with SIGKILL while it delivers a reply (before
// the connector wrote it, or after it wrote it but before the outbox recorded it) leaves the entry
// 'sending'; the next worker delivers it under the same key, and the spool ends up with exactly one file.

namespace {

// A reply queued in `spec`; returns its outbox id.
Id queueReply(const QString &spec)
{
    const std::unique_ptr<Workspace> workspace = Workspace::open(spec);
    test::MockClock clock { test::TempWorkspace::demoAnchor };
    ConversationService conversations(*workspace, clock);
    ChannelMessage message;
    message.fromAddress = u"noor@customers.example"_s;
    message.fromName = u"Noor Haddad"_s;
    message.subject = u"The bridge is offline"_s;
    message.body = u"Since this morning."_s;
    message.externalId = u"<noor-1@customers.example>"_s;
    message.receivedAt = clock.now();
    const Id conversation = conversations.recordInbound(message).conversationId;
    ReplyDraft draft;
    draft.body = u"Please unplug it for ten seconds."_s;
    const Actor rep = AccountService(*workspace).signInWithoutPassword(u"rep"_s);
    return conversations.reply(rep, conversation, draft).outboxId;
}

QString stateOf(const QString &spec, Id id)
{
    const std::unique_ptr<Workspace> workspace = Workspace::open(spec);
    return Query::scalar(workspace->database(), u"SELECT state FROM outbox WHERE id = ?"_s, { id }).toString();
}

QStringList spooled(const QTemporaryDir &spool)
{
    return QDir(spool.path()).entryList(QDir::Files);
}

// A demo workspace with one reply queued, and the environment of a desk whose connector writes to `spool`.
struct QueuedReplyDesk
{
    explicit QueuedReplyDesk(Backend backend = Backend::Sqlite) : temp(backend)
    {
        temp.openWithDemo(12, 300, 11);
        temp.close();
        id = queueReply(temp.path());
        environment = smoke::isolatedEnvironment(home);
        environment.insert(QString::fromLatin1(SpoolConnector::directoryVariable), spool.path());
        environment.remove(QString::fromLatin1(SpoolConnector::failVariable));
    }

    test::TempWorkspace temp;
    Id id = 0;
    QTemporaryDir home;
    QTemporaryDir spool;
    QProcessEnvironment environment;
};

} // namespace

TEST_CASE("a worker killed while it sends: the next one sends the reply once, never twice, never lost",
    "[smoke][inbox][outbox][reliability][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    const bool afterWriting = GENERATE(false, true);
    INFO("backend: " << test::backendName(backend).toStdString()
                     << (afterWriting ? ", killed after" : ", killed before") << " the connector wrote");
    QueuedReplyDesk desk(backend);
    const test::TempWorkspace &temp = desk.temp;
    const Id id = desk.id;
    const QTemporaryDir &spool = desk.spool;
    const QProcessEnvironment &environment = desk.environment;

    QProcess worker;
    QProcessEnvironment stalling = environment;
    stalling.insert(
        QString::fromLatin1(afterWriting ? SpoolConnector::stallAfterVariable : SpoolConnector::stallVariable),
        u"60000"_s);
    worker.setProcessEnvironment(stalling);
    worker.start(smoke::binaryPath(u"tandemctl"_s), { u"outbox"_s, u"send"_s, u"--workspace"_s, temp.path() });
    REQUIRE(worker.waitForStarted());
    // The moment: the entry is claimed and the connector stalls before (or after) it wrote the file.
    const bool reached = test::waitUntil(
        [&] { return stateOf(temp.path(), id) == u"sending"_s && spooled(spool).size() == (afterWriting ? 1 : 0); },
        30000);
    REQUIRE(worker.state() == QProcess::Running);
    ::kill(pid_t(worker.processId()), SIGKILL); // no chance to record anything
    REQUIRE(worker.waitForFinished(30000));
    INFO("stderr: " << worker.readAllStandardError().toStdString());
    REQUIRE(reached);
    CHECK(stateOf(temp.path(), id) == u"sending"_s);

    // A fresh claim is not taken over by default (the first worker might only be slow) ...
    const smoke::Run waiting = smoke::run(
        smoke::binaryPath(u"tandemctl"_s), { u"outbox"_s, u"send"_s, u"--workspace"_s, temp.path() }, environment);
    INFO("stderr: " << waiting.err.toStdString());
    REQUIRE(waiting.exitCode == 0);
    CHECK(QJsonDocument::fromJson(waiting.out).object().value(u"attempted"_s).toArray().isEmpty());
    CHECK(stateOf(temp.path(), id) == u"sending"_s);

    // ... and a worker that knows it runs alone takes it over and delivers it under the same key.
    const smoke::Run resumed = smoke::run(smoke::binaryPath(u"tandemctl"_s),
        { u"outbox"_s, u"send"_s, u"--workspace"_s, temp.path(), u"--claim-timeout"_s, u"0"_s }, environment);
    INFO("stderr: " << resumed.err.toStdString());
    REQUIRE(resumed.exitCode == 0);
    const QJsonArray attempted = QJsonDocument::fromJson(resumed.out).object().value(u"attempted"_s).toArray();
    REQUIRE(attempted.size() == 1);
    CHECK(attempted.at(0).toObject().value(u"state"_s).toString() == u"sent"_s);
    CHECK(attempted.at(0).toObject().value(u"already_delivered"_s).toBool() == afterWriting);
    CHECK(stateOf(temp.path(), id) == u"sent"_s);
    REQUIRE(spooled(spool).size() == 1);
    CHECK(spooled(spool).constFirst() == attempted.at(0).toObject().value(u"key"_s).toString());

    // Nothing is due any more; the list of what waits is empty.
    const smoke::Run again = smoke::run(smoke::binaryPath(u"tandemctl"_s),
        { u"outbox"_s, u"send"_s, u"--workspace"_s, temp.path(), u"--claim-timeout"_s, u"0"_s }, environment);
    CHECK(QJsonDocument::fromJson(again.out).object().value(u"attempted"_s).toArray().isEmpty());
    const smoke::Run listed = smoke::run(smoke::binaryPath(u"tandemctl"_s),
        { u"outbox"_s, u"list"_s, u"--workspace"_s, temp.path(), u"--as"_s, u"rep"_s }, environment);
    INFO("stderr: " << listed.err.toStdString());
    CHECK(listed.exitCode == 0);
    CHECK(QJsonDocument::fromJson(listed.out).object().value(u"entries"_s).toArray().isEmpty());
    CHECK(spooled(spool).size() == 1);
}

TEST_CASE("tandem --screenshot starts no background work: a queued reply stays queued", "[smoke][outbox]")
{
    QueuedReplyDesk desk;
    const test::TempWorkspace &temp = desk.temp;
    const Id id = desk.id;
    const QTemporaryDir &spool = desk.spool;
    const QProcessEnvironment &environment = desk.environment;

    for (const QString &view : { u"main"_s, u"inbox"_s }) {
        INFO("view: " << view.toStdString());
        const smoke::Run shot = smoke::run(smoke::binaryPath(u"tandem"_s),
            { u"--workspace"_s, temp.path(), u"--as"_s, u"rep"_s, u"--screenshot"_s,
                desk.home.filePath(view + u".png"_s), u"--view"_s, view },
            environment);
        INFO("stderr: " << shot.err.toStdString());
        REQUIRE(shot.exitCode == 0);
        CHECK(stateOf(temp.path(), id) == u"queued"_s);
        CHECK(spooled(spool).isEmpty());
    }
}

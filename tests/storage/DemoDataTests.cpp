// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "domain/EscalationStateMachine.h"
#include "domain/Records.h"
#include "domain/StorageError.h"
#include "storage/Query.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlRecord>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

// A fingerprint of every row of the tables demo data fills.
QByteArray contentHash(Workspace &workspace)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : { u"agents"_s, u"customers"_s, u"customer_tags"_s, u"interactions"_s,
             u"survey_responses"_s, u"escalations"_s, u"follow_ups"_s }) {
        Query query(workspace.database(), u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s);
        const qsizetype columns = query.columnNames().size();
        while (query.next()) {
            for (int column = 0; column < columns; ++column)
                hash.addData(QByteArray(query.value(column).toString().toUtf8() + '\x1f'));
        }
    }
    return hash.result();
}

QStringList distinctValues(Workspace &workspace, const QString &column)
{
    QStringList values;
    Query query(workspace.database(), u"SELECT DISTINCT "_s + column + u" FROM interactions ORDER BY 1"_s);
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

} // namespace

TEST_CASE("demo data is the same for the same seed and differs for another", "[storage][demo]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace first(backend);
    test::TempWorkspace second(backend);
    test::TempWorkspace other(backend);
    const QByteArray a = contentHash(first.openWithDemo(30, 800, 42));
    const QByteArray b = contentHash(second.openWithDemo(30, 800, 42));
    const QByteArray c = contentHash(other.openWithDemo(30, 800, 43));
    CHECK(a == b);
    CHECK(a != c);
}

TEST_CASE("demo data covers every channel, kind and role a desk sees", "[storage][demo]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(60, 4000, 3);
    const QSqlDatabase db = workspace.database();
    CHECK(Query::scalar(db, u"SELECT count(*) FROM customers"_s).toInt() == 60);
    CHECK(Query::scalar(db, u"SELECT count(*) FROM interactions"_s).toInt() == 4000);
    for (const Channel channel : allValues<Channel>())
        CHECK(distinctValues(workspace, u"channel"_s).contains(keyOf(channel)));
    for (const InteractionKind kind : { InteractionKind::Message, InteractionKind::Call, InteractionKind::Note,
             InteractionKind::Feedback, InteractionKind::Complaint, InteractionKind::Order, InteractionKind::Refund })
        CHECK(distinctValues(workspace, u"kind"_s).contains(keyOf(kind)));
    for (const BodyFormat format : { BodyFormat::Log, BodyFormat::Json, BodyFormat::StackTrace })
        CHECK(distinctValues(workspace, u"body_format"_s).contains(keyOf(format)));
    for (const Role role : allValues<Role>())
        CHECK(Query::scalar(db, u"SELECT count(*) FROM agents WHERE role = ?"_s, { keyOf(role) }).toInt() >= 1);
    CHECK(Query::scalar(
              db, u"SELECT count(*) FROM interactions WHERE kind = 'complaint' AND complaint_cause_id IS NULL"_s)
              .toInt()
        == 0);
    CHECK(Query::scalar(db, u"SELECT count(*) FROM interactions WHERE kind = 'refund' AND amount_cents < 0"_s).toInt()
        > 0);
    CHECK(Query::scalar(db, u"SELECT count(*) FROM survey_responses"_s).toInt() > 0);
    CHECK(Query::scalar(db, u"SELECT count(*) FROM escalations WHERE state NOT IN ('closed')"_s).toInt() > 0);
    CHECK(workspace.metaValue(u"demo"_s) == u"1"_s);
}

TEST_CASE("demo data goes only into an empty workspace", "[storage][demo]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(5, 50, 1);
    CHECK_THROWS_AS(DemoDataWriter(workspace).write({ 5, 50, 1, test::TempWorkspace::demoAnchor }), StorageError);
    CHECK(Query::scalar(workspace.database(), u"SELECT count(*) FROM customers"_s).toInt() == 5);
}

TEST_CASE("every demo escalation's history is a path the state machine allows", "[storage][demo][reliability]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(60, 12000, 5);
    const QSqlDatabase db = workspace.database();
    QHash<Id, Role> roles;
    for (Query agents(db, u"SELECT id, role FROM agents"_s); agents.next();)
        roles.insert(agents.integer(0), *fromKey<Role>(agents.text(1)));

    QSet<QString> statesSeen;
    QSet<QString> actionsSeen;
    int escalations = 0;
    struct StoredEscalation
    {
        Id id = 0;
        Id creator = 0;
        std::optional<Id> assignedTo;
        QString state;
        std::optional<Millis> claimedAt;
        bool resolvedAtSet = false;
        bool closedAtSet = false;
    };
    QList<StoredEscalation> stored;
    for (Query rows(db,
             u"SELECT id, created_by, assigned_to, state, claimed_at, resolved_at, closed_at FROM escalations"
             " ORDER BY id"_s);
        rows.next();) {
        stored.append({ rows.integer(0), rows.integer(1),
            rows.isNull(2) ? std::nullopt : std::optional<Id>(rows.integer(2)), rows.text(3),
            rows.isNull(4) ? std::nullopt : std::optional<Millis>(rows.integer(4)), !rows.isNull(5), !rows.isNull(6) });
    }
    for (const StoredEscalation &row : std::as_const(stored)) {
        ++escalations;
        const Id id = row.id;
        const Id creator = row.creator;
        INFO("escalation #" << id);
        std::optional<EscalationState> state;
        std::optional<Id> assignee;
        Millis previous = 0;
        std::optional<Millis> claimedAt;
        std::optional<Millis> closedAt;
        Query events(db,
            u"SELECT actor_id, action, from_state, to_state, occurred_at FROM escalation_events"
            " WHERE escalation_id = ? ORDER BY occurred_at, id"_s,
            { id });
        while (events.next()) {
            const Id actor = events.integer(0);
            const std::optional<EscalationAction> action = fromKey<EscalationAction>(events.text(1));
            REQUIRE(action);
            INFO("action " << events.text(1).toStdString() << " from " << events.text(2).toStdString());
            actionsSeen.insert(events.text(1));
            CHECK(events.text(2) == (state ? keyOf(*state) : QString()));
            EscalationParticipant who;
            who.role = roles.value(actor);
            who.isCreator = actor == creator;
            who.isAssignee = assignee == actor;
            const EscalationVerdict verdict = EscalationStateMachine::check(state, *action, who);
            REQUIRE(verdict.allowed());
            CHECK(keyOf(*verdict.target) == events.text(3));
            CHECK(events.integer(4) >= previous);
            CHECK(events.integer(4) <= test::TempWorkspace::demoAnchor);
            previous = events.integer(4);
            if (*action == EscalationAction::Claim) {
                assignee = actor;
                claimedAt = previous;
            }
            if (*action == EscalationAction::Close)
                closedAt = previous;
            state = verdict.target;
        }
        REQUIRE(state);
        CHECK(keyOf(*state) == row.state);
        statesSeen.insert(row.state);
        CHECK(row.assignedTo == assignee);
        CHECK(row.claimedAt == claimedAt);
        CHECK(row.closedAtSet == closedAt.has_value());
        const bool resolved = *state == EscalationState::Resolved || *state == EscalationState::HandedBack
            || *state == EscalationState::Closed;
        CHECK(row.resolvedAtSet == resolved);
    }
    CHECK(escalations >= 25);
    // The walk takes every kind of step, and the queues have work in the open states (a hand-back is a
    // step on the way to closing; no demo escalation is left waiting in it).
    for (const EscalationAction action : allValues<EscalationAction>()) {
        INFO("action: " << keyOf(action).toStdString());
        if (action != EscalationAction::Reassign && action != EscalationAction::ChangeSeverity
            && action != EscalationAction::AddInformation)
            CHECK(actionsSeen.contains(keyOf(action)));
    }
    CHECK(statesSeen.size() >= 5);
}

TEST_CASE("a team server filled with demo data plans its queries with the new rows counted at once",
    "[postgres][storage][demo]")
{
    if (test::postgresTestUrl().isEmpty())
        SKIP("No PostgreSQL test server (TANDEM_TEST_POSTGRES_URL is not set).");
    test::TempWorkspace temp(Backend::Postgres);
    Workspace &workspace = temp.openWithDemo(30, 800, 7);
    // Without statistics the planner takes a freshly loaded table for empty (or a guess) until autovacuum
    // comes by, and walks a whole index for a rare search word; after the load's ANALYZE it counts the rows.
    for (const QString &table : { u"interactions"_s, u"conversations"_s, u"customers"_s }) {
        INFO("table: " << table.toStdString());
        const qint64 rows = Query::scalar(workspace.database(), u"SELECT count(*) FROM "_s + table).toLongLong();
        const double planned = Query::scalar(workspace.database(),
            u"SELECT reltuples FROM pg_class WHERE oid = CAST(CAST(? AS TEXT) AS regclass)"_s, { table })
                                   .toDouble();
        CHECK(rows > 0);
        CHECK(qint64(planned) == rows);
    }
}

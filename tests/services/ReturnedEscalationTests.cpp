// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EscalationSamples.h"
#include "EscalationSteps.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/EscalationService.h"
#include "services/ServiceError.h"
#include "storage/Query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <tuple>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

constexpr Millis minute = 60'000;

struct Desk
{
    explicit Desk(Backend backend) : temp(backend), workspace(temp.openWithDemo(8, 120, 5)), service(workspace, clock)
    {
        AccountService accounts(workspace);
        rep = accounts.signInWithoutPassword(u"rep"_s);
        rep2 = accounts.signInWithoutPassword(u"rep2"_s);
        specialist = accounts.signInWithoutPassword(u"specialist"_s);
    }

    void step(const Actor &actor, Id id, EscalationAction action, const QString &note = {},
        const TransitionOptions &options = {})
    {
        clock.advance(minute);
        service.transition(actor, id, action, note, service.escalation(id)->escalation.version, options);
    }
    // Claimed and started by the specialist, so questions and hand-backs can follow.
    void startWork(Id id)
    {
        step(specialist, id, EscalationAction::Claim);
        step(specialist, id, EscalationAction::Start);
    }

    test::TempWorkspace temp;
    test::MockClock clock;
    Workspace &workspace;
    EscalationService service;
    Actor rep, rep2, specialist;
};

// The order the rep's list promises: what waits on them, then the rest, each by due time, then id.
std::tuple<bool, Millis, Id> orderKey(const EscalationListItem &item)
{
    return { !item.waitsOnMe, SlaPolicy::queueDueAt(item.escalation), item.escalation.id };
}

QList<EscalationListItem> wholeQueue(Desk &desk, const Actor &actor, EscalationQueue queue, int pageSize)
{
    QList<EscalationListItem> items;
    std::optional<EscalationCursor> cursor;
    do {
        const EscalationPage page = desk.service.queue(actor, { queue, std::nullopt, std::nullopt }, cursor, pageSize);
        CHECK(page.items.size() <= pageSize);
        items.append(page.items);
        cursor = page.next;
    } while (cursor);
    return items;
}

} // namespace

TEST_CASE("what waits on the rep is pinned first in their escalations, whatever the SLA order says",
    "[frontline][escalation]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    // Eight open escalations; the two that come back have the most SLA time left (S4), so by due time alone
    // they would be last.
    QList<Id> mine;
    for (int i = 0; i < 6; ++i) {
        mine.append(
            desk.service.escalate(desk.rep, test::sampleHandoff(1 + i % 4, Severity(i % 3), u"Issue %1"_s.arg(i))));
        desk.clock.advance(minute);
    }
    const Id asked = desk.service.escalate(desk.rep, test::sampleHandoff(2, Severity::S4, u"Export times out"_s));
    const Id handedBack
        = desk.service.escalate(desk.rep, test::sampleHandoff(3, Severity::S4, u"Invoice PDF is blank"_s));
    const Id someoneElses = desk.service.escalate(desk.rep2, test::sampleHandoff(4, Severity::S4, u"Not mine"_s));
    desk.startWork(asked);
    desk.step(desk.specialist, asked, EscalationAction::AskRep, u"Which browser does the customer use?"_s);
    desk.startWork(handedBack);
    desk.step(desk.specialist, handedBack, EscalationAction::Resolve, u"Fixed the template"_s);
    desk.step(desk.specialist, handedBack, EscalationAction::HandBack, u"Tell them to download it again"_s);
    desk.startWork(someoneElses);
    desk.step(desk.specialist, someoneElses, EscalationAction::AskRep, u"Which account?"_s);

    const QList<EscalationListItem> items = wholeQueue(desk, desk.rep, EscalationQueue::EscalatedByMe, 100);
    REQUIRE(items.size() == 8);
    CHECK(items.size() == desk.service.queueCount(desk.rep, { EscalationQueue::EscalatedByMe, {}, {} }));
    CHECK(QSet<Id> { items.at(0).escalation.id, items.at(1).escalation.id } == QSet<Id> { asked, handedBack });
    CHECK(items.at(0).waitsOnMe);
    CHECK(items.at(1).waitsOnMe);
    for (qsizetype row = 2; row < items.size(); ++row) {
        CHECK_FALSE(items.at(row).waitsOnMe);
        CHECK_FALSE(EscalationStateMachine::waitsOnCreator(items.at(row).escalation.state));
    }
    for (qsizetype row = 1; row < items.size(); ++row)
        CHECK(orderKey(items.at(row - 1)) < orderKey(items.at(row)));
    CHECK_FALSE(test::idsOf(items).contains(someoneElses));

    // Paged in any size, across the end of the pinned part, the list is the same.
    for (const int pageSize : { 1, 2, 3, 5 }) {
        INFO("page size " << pageSize);
        CHECK(test::idsOf(wholeQueue(desk, desk.rep, EscalationQueue::EscalatedByMe, pageSize)) == test::idsOf(items));
    }

    // "Returned to me" marks its rows the same way; the specialists' queue pins nothing.
    const QList<EscalationListItem> returned = wholeQueue(desk, desk.rep, EscalationQueue::ReturnedToMe, 100);
    REQUIRE(returned.size() == 2);
    CHECK((returned.at(0).waitsOnMe && returned.at(1).waitsOnMe));
    for (const EscalationListItem &item : wholeQueue(desk, desk.specialist, EscalationQueue::Support, 100))
        CHECK_FALSE(item.waitsOnMe);

    // Once answered it is no longer the rep's turn and falls back to its place by due time.
    desk.step(desk.rep, asked, EscalationAction::Answer, u"Firefox 128"_s);
    const QList<EscalationListItem> after = wholeQueue(desk, desk.rep, EscalationQueue::EscalatedByMe, 100);
    CHECK(after.at(0).escalation.id == handedBack);
    CHECK_FALSE(after.at(1).waitsOnMe);
    CHECK(test::idsOf(after).indexOf(asked) > 0);
}

TEST_CASE("the rep's answer takes attachments, stored with the escalation and audited, within the hand-off's limits",
    "[frontline][escalation]")
{
    Desk desk(Backend::Sqlite);
    const Id id
        = desk.service.escalate(desk.rep, test::sampleHandoff(2, Severity::S2, u"Sync stops behind the proxy"_s));
    desk.startWork(id);
    desk.step(desk.specialist, id, EscalationAction::AskRep, u"Please attach the bridge log."_s);
    const Escalation asked = desk.service.escalation(id)->escalation;
    const auto auditCount = [&] {
        return Query::scalar(desk.workspace.database(),
            u"SELECT count(*) FROM audit_log WHERE entity = 'escalation' AND entity_id = ?"_s, { id })
            .toLongLong();
    };
    const qint64 auditBefore = auditCount();

    // Too large, empty, or too many: refused, nothing written.
    const QList<EscalationAttachment> tooLarge { { 0, 0, u"huge.log"_s, BodyFormat::Log,
        QString(EscalationService::maxAttachmentLength + 1, u'x') } };
    CHECK_THROWS_WITH(
        desk.service.answer(desk.rep, id, u"Here"_s, tooLarge, asked.version), ContainsSubstring("huge.log"));
    const QList<EscalationAttachment> empty { { 0, 0, u"empty.log"_s, BodyFormat::Log, QString() } };
    CHECK_THROWS_AS(desk.service.answer(desk.rep, id, u"Here"_s, empty, asked.version), ServiceError);
    QList<EscalationAttachment> tooMany;
    for (qsizetype i = 0; i <= EscalationService::maxAttachments; ++i)
        tooMany.append({ 0, 0, u"part-%1.log"_s.arg(i), BodyFormat::Log, u"line"_s });
    CHECK_THROWS_AS(desk.service.answer(desk.rep, id, u"Here"_s, tooMany, asked.version), ServiceError);
    const QList<EscalationAttachment> log { { 0, 0, u" bridge.log "_s, BodyFormat::Log,
        u"10:00:01 ERROR proxy asked for credentials (407)"_s } };
    // Only the rep who was asked answers, and not without words.
    CHECK_THROWS_AS(desk.service.answer(desk.rep2, id, u"Here"_s, log, asked.version), PermissionDenied);
    CHECK_THROWS_AS(desk.service.answer(desk.rep, id, u"  "_s, log, asked.version), ServiceError);
    CHECK(desk.service.escalation(id)->escalation.version == asked.version);
    CHECK(desk.service.handoff(desk.rep, id)->attachments.isEmpty());
    CHECK(auditCount() == auditBefore);

    const Escalation answered = desk.service.answer(desk.rep, id, u"The log is attached."_s, log, asked.version);
    CHECK(answered.state == EscalationState::InProgress);
    const std::optional<HandoffDetails> card = desk.service.handoff(desk.specialist, id);
    REQUIRE(card);
    REQUIRE(card->attachments.size() == 1);
    CHECK(card->attachments.at(0).name == u"bridge.log"_s);
    CHECK(card->attachments.at(0).format == BodyFormat::Log);
    CHECK(card->events.constLast().note == u"The log is attached."_s);
    CHECK(auditCount() == auditBefore + 1);
    const QJsonObject after = QJsonDocument::fromJson(
        Query::scalar(desk.workspace.database(),
            u"SELECT after_data FROM audit_log WHERE entity = 'escalation' AND entity_id = ? AND action = 'escalation.answer'"_s,
            { id })
            .toByteArray())
                                  .object();
    CHECK(after.value(u"attachments"_s).toArray() == QJsonArray { u"bridge.log"_s });
}

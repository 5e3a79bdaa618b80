// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "domain/EscalationStateMachine.h"
#include "domain/SlaPolicy.h"

#include <QHash>
#include <QStringList>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

// Every state (plus "none": not escalated yet) x every action x every kind of person. Cells: the state the
// action leads to; "-" refused in this state; "no" refused for this person (forbidden).
// Columns: rep+ the rep who escalated, rep another rep, spec+ the assigned specialist, spec another
// specialist, lead+ the lead it is assigned to, lead a lead not involved.
constexpr auto lifecycleTable = R"(
state     action            rep+      rep       spec+     spec      lead+     lead
none      escalate          new       new       no        no        new       new
none      claim             -         -         -         -         -         -
none      start             -         -         -         -         -         -
none      ask_rep           -         -         -         -         -         -
none      wait_on_customer  -         -         -         -         -         -
none      answer            -         -         -         -         -         -
none      customer_replied  -         -         -         -         -         -
none      resolve           -         -         -         -         -         -
none      hand_back         -         -         -         -         -         -
none      close             -         -         -         -         -         -
none      reopen            -         -         -         -         -         -
none      reassign          -         -         -         -         -         -
none      change_severity   -         -         -         -         -         -
none      add_information   -         -         -         -         -         -
new       escalate          -         -         -         -         -         -
new       claim             no        no        claimed   claimed   claimed   claimed
new       start             no        no        -         -         -         -
new       ask_rep           no        no        -         -         -         -
new       wait_on_customer  no        no        -         -         -         -
new       answer            -         -         -         -         -         -
new       customer_replied  -         -         -         -         -         -
new       resolve           no        no        -         -         -         -
new       hand_back         no        no        -         -         -         -
new       close             -         -         -         -         -         -
new       reopen            -         -         -         -         -         -
new       reassign          no        no        no        no        claimed   claimed
new       change_severity   no        no        no        no        new       new
new       add_information   new       new       no        no        new       new
claimed   escalate          -         -         -         -         -         -
claimed   claim             no        no        -         -         -         -
claimed   start             no        no        progress  no        progress  no
claimed   ask_rep           no        no        -         -         -         -
claimed   wait_on_customer  no        no        -         -         -         -
claimed   answer            -         -         -         -         -         -
claimed   customer_replied  -         -         -         -         -         -
claimed   resolve           no        no        -         -         -         -
claimed   hand_back         no        no        -         -         -         -
claimed   close             -         -         -         -         -         -
claimed   reopen            -         -         -         -         -         -
claimed   reassign          no        no        no        no        claimed   claimed
claimed   change_severity   no        no        no        no        claimed   claimed
claimed   add_information   claimed   claimed   no        no        claimed   claimed
progress  escalate          -         -         -         -         -         -
progress  claim             no        no        -         -         -         -
progress  start             no        no        -         -         -         -
progress  ask_rep           no        no        info      no        info      no
progress  wait_on_customer  no        no        waiting   no        waiting   no
progress  answer            -         -         -         -         -         -
progress  customer_replied  -         -         -         -         -         -
progress  resolve           no        no        resolved  no        resolved  no
progress  hand_back         no        no        -         -         -         -
progress  close             -         -         -         -         -         -
progress  reopen            -         -         -         -         -         -
progress  reassign          no        no        no        no        progress  progress
progress  change_severity   no        no        no        no        progress  progress
progress  add_information   progress  progress  no        no        progress  progress
waiting   escalate          -         -         -         -         -         -
waiting   claim             no        no        -         -         -         -
waiting   start             no        no        progress  no        progress  no
waiting   ask_rep           no        no        -         -         -         -
waiting   wait_on_customer  no        no        -         -         -         -
waiting   answer            -         -         -         -         -         -
waiting   customer_replied  progress  no        progress  no        progress  progress
waiting   resolve           no        no        -         -         -         -
waiting   hand_back         no        no        -         -         -         -
waiting   close             -         -         -         -         -         -
waiting   reopen            -         -         -         -         -         -
waiting   reassign          no        no        no        no        waiting   waiting
waiting   change_severity   no        no        no        no        waiting   waiting
waiting   add_information   waiting   waiting   no        no        waiting   waiting
info      escalate          -         -         -         -         -         -
info      claim             no        no        -         -         -         -
info      start             no        no        progress  no        progress  no
info      ask_rep           no        no        -         -         -         -
info      wait_on_customer  no        no        -         -         -         -
info      answer            progress  no        no        no        progress  progress
info      customer_replied  -         -         -         -         -         -
info      resolve           no        no        -         -         -         -
info      hand_back         no        no        -         -         -         -
info      close             -         -         -         -         -         -
info      reopen            -         -         -         -         -         -
info      reassign          no        no        no        no        info      info
info      change_severity   no        no        no        no        info      info
info      add_information   info      info      no        no        info      info
resolved  escalate          -         -         -         -         -         -
resolved  claim             no        no        -         -         -         -
resolved  start             no        no        -         -         -         -
resolved  ask_rep           no        no        -         -         -         -
resolved  wait_on_customer  no        no        -         -         -         -
resolved  answer            -         -         -         -         -         -
resolved  customer_replied  -         -         -         -         -         -
resolved  resolve           no        no        -         -         -         -
resolved  hand_back         no        no        back      no        back      no
resolved  close             -         -         -         -         -         -
resolved  reopen            progress  no        progress  no        progress  progress
resolved  reassign          no        no        no        no        resolved  resolved
resolved  change_severity   no        no        no        no        resolved  resolved
resolved  add_information   -         -         no        no        -         -
back      escalate          -         -         -         -         -         -
back      claim             no        no        -         -         -         -
back      start             no        no        -         -         -         -
back      ask_rep           no        no        -         -         -         -
back      wait_on_customer  no        no        -         -         -         -
back      answer            -         -         -         -         -         -
back      customer_replied  -         -         -         -         -         -
back      resolve           no        no        -         -         -         -
back      hand_back         no        no        -         -         -         -
back      close             closed    no        no        no        closed    closed
back      reopen            progress  no        progress  no        progress  progress
back      reassign          no        no        no        no        -         -
back      change_severity   no        no        no        no        -         -
back      add_information   -         -         no        no        -         -
closed    escalate          -         -         -         -         -         -
closed    claim             no        no        -         -         -         -
closed    start             no        no        -         -         -         -
closed    ask_rep           no        no        -         -         -         -
closed    wait_on_customer  no        no        -         -         -         -
closed    answer            -         -         -         -         -         -
closed    customer_replied  -         -         -         -         -         -
closed    resolve           no        no        -         -         -         -
closed    hand_back         no        no        -         -         -         -
closed    close             -         -         -         -         -         -
closed    reopen            progress  no        progress  no        progress  progress
closed    reassign          no        no        no        no        -         -
closed    change_severity   no        no        no        no        -         -
closed    add_information   -         -         no        no        -         -
)";

const QHash<QString, EscalationState> &shortStates()
{
    static const QHash<QString, EscalationState> states {
        { u"new"_s, EscalationState::New },
        { u"claimed"_s, EscalationState::Claimed },
        { u"progress"_s, EscalationState::InProgress },
        { u"waiting"_s, EscalationState::WaitingOnCustomer },
        { u"info"_s, EscalationState::NeedsInfoFromRep },
        { u"resolved"_s, EscalationState::Resolved },
        { u"back"_s, EscalationState::HandedBack },
        { u"closed"_s, EscalationState::Closed },
    };
    return states;
}

const EscalationParticipant columns[] = {
    { Role::ServiceRep, true, false },
    { Role::ServiceRep, false, false },
    { Role::SupportSpecialist, false, true },
    { Role::SupportSpecialist, false, false },
    { Role::TeamLead, false, true },
    { Role::TeamLead, false, false },
};

} // namespace

TEST_CASE("the escalation lifecycle table: every state, action and person", "[escalation]")
{
    QStringList lines = QString::fromUtf8(lifecycleTable).split(u'\n', Qt::SkipEmptyParts);
    lines.removeFirst(); // the header
    const int stateCount = int(allValues<EscalationState>().size()) + 1;
    const int actionCount = int(allValues<EscalationAction>().size());
    REQUIRE(lines.size() == stateCount * actionCount);

    QSet<QString> covered;
    for (const QString &line : std::as_const(lines)) {
        const QStringList cells = line.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(cells.size() == 8);
        std::optional<EscalationState> state;
        if (cells.at(0) != u"none"_s) {
            REQUIRE(shortStates().contains(cells.at(0)));
            state = shortStates().value(cells.at(0));
        }
        const std::optional<EscalationAction> action = fromKey<EscalationAction>(cells.at(1));
        REQUIRE(action.has_value());
        covered.insert(cells.at(0) + u' ' + cells.at(1));
        for (int column = 0; column < 6; ++column) {
            const QString &expected = cells.at(column + 2);
            INFO(line.toStdString() << "  [column " << column << "]");
            const EscalationVerdict verdict = EscalationStateMachine::check(state, *action, columns[column]);
            if (expected == u"-"_s || expected == u"no"_s) {
                CHECK_FALSE(verdict.allowed());
                CHECK_FALSE(verdict.reason.isEmpty());
                CHECK(verdict.forbidden == (expected == u"no"_s));
            } else {
                REQUIRE(shortStates().contains(expected));
                CHECK(verdict.allowed());
                CHECK(verdict.target == shortStates().value(expected));
                CHECK(verdict.reason.isEmpty());
                CHECK(EscalationStateMachine::allowedActions(state, columns[column]).contains(*action));
            }
        }
    }
    CHECK(covered.size() == stateCount * actionCount);
}

TEST_CASE("escalation actions have stable keys, names, and notes where a sentence is needed", "[escalation]")
{
    for (const EscalationAction action : allValues<EscalationAction>()) {
        CHECK(fromKey<EscalationAction>(keyOf(action)) == action);
        CHECK_FALSE(displayName(action).isEmpty());
    }
    CHECK_FALSE(fromKey<EscalationAction>(u"teleport"_s).has_value());
    CHECK(keyOf(EscalationAction::WaitOnCustomer) == u"wait_on_customer"_s);
    CHECK(EscalationStateMachine::needsNote(EscalationAction::AskRep));
    CHECK(EscalationStateMachine::needsNote(EscalationAction::Resolve));
    CHECK(EscalationStateMachine::needsNote(EscalationAction::HandBack));
    CHECK_FALSE(EscalationStateMachine::needsNote(EscalationAction::Claim));
    CHECK_FALSE(EscalationStateMachine::needsNote(EscalationAction::Close));
    CHECK(EscalationStateMachine::isOpen(EscalationState::Resolved));
    CHECK_FALSE(EscalationStateMachine::isOpen(EscalationState::HandedBack));
    CHECK(EscalationStateMachine::needsNote(EscalationAction::AddInformation));
    CHECK(EscalationStateMachine::isUnresolved(EscalationState::NeedsInfoFromRep));
    CHECK_FALSE(EscalationStateMachine::isUnresolved(EscalationState::Resolved));
    CHECK_FALSE(EscalationStateMachine::isUnresolved(EscalationState::Closed));
}

TEST_CASE("refusals name the reason in a sentence", "[escalation]")
{
    const EscalationParticipant rep { Role::ServiceRep, true, false };
    const EscalationParticipant otherSpecialist { Role::SupportSpecialist, false, false };
    CHECK(EscalationStateMachine::check(EscalationState::New, EscalationAction::Claim, rep).reason
        == u"Only support specialists and team leads work on escalations."_s);
    CHECK(EscalationStateMachine::check(EscalationState::InProgress, EscalationAction::Claim, otherSpecialist).reason
        == u"This escalation has already been claimed."_s);
    // A closed escalation is not "claimed by" anyone any more: say what it is.
    CHECK(EscalationStateMachine::check(EscalationState::Closed, EscalationAction::Claim, otherSpecialist).reason
        == u"This escalation is closed; there is nothing to claim."_s);
    CHECK(EscalationStateMachine::check(EscalationState::Claimed, EscalationAction::Close, rep).reason
        == u"“Close” is not possible while the escalation is “Claimed”."_s);
    CHECK(EscalationStateMachine::check(EscalationState::InProgress, EscalationAction::Resolve, otherSpecialist)
            .reason.contains(u"assigned to"_s));
}

TEST_CASE("SLA targets per severity and the due times they give", "[escalation]")
{
    constexpr Millis minute = 60'000;
    constexpr Millis hour = 60 * minute;
    CHECK(SlaPolicy::targetsFor(Severity::S1).claimWithin == 15 * minute);
    CHECK(SlaPolicy::targetsFor(Severity::S1).resolveWithin == 4 * hour);
    CHECK(SlaPolicy::targetsFor(Severity::S2).claimWithin == hour);
    CHECK(SlaPolicy::targetsFor(Severity::S2).resolveWithin == 24 * hour);
    CHECK(SlaPolicy::targetsFor(Severity::S3).claimWithin == 4 * hour);
    CHECK(SlaPolicy::targetsFor(Severity::S3).resolveWithin == 72 * hour);
    CHECK(SlaPolicy::targetsFor(Severity::S4).claimWithin == 24 * hour);
    CHECK(SlaPolicy::targetsFor(Severity::S4).resolveWithin == 7 * 24 * hour);

    test::MockClock clock;
    const Millis start = clock.now();
    CHECK(SlaPolicy::claimDueAt(Severity::S2, start) == start + hour);
    CHECK(SlaPolicy::resolveDueAt(Severity::S2, start) == start + 24 * hour);
    CHECK(SlaPolicy::describeTargets(Severity::S1) == u"Claim within 15 min · resolve within 4 h"_s);
    CHECK(SlaPolicy::describeTargets(Severity::S4) == u"Claim within 1 d · resolve within 7 d"_s);
    CHECK(SlaPolicy::describeDuration(90 * minute) == u"1 h 30 min"_s);
    CHECK(SlaPolicy::describeDuration(30'000) == u"< 1 min"_s);
    CHECK(SlaPolicy::describeDuration(26 * hour) == u"1 d 2 h"_s);
}

TEST_CASE("an SLA countdown turns amber at 75% of its target and red when breached", "[escalation]")
{
    constexpr Millis minute = 60'000;
    test::MockClock clock;
    Escalation escalation;
    escalation.severity = Severity::S1;
    escalation.createdAt = clock.now();
    escalation.claimDueAt = SlaPolicy::claimDueAt(escalation.severity, escalation.createdAt);
    escalation.resolveDueAt = SlaPolicy::resolveDueAt(escalation.severity, escalation.createdAt);

    SlaStatus status = SlaPolicy::statusOf(escalation, clock.now());
    CHECK(status.clock == SlaClock::Claim);
    CHECK(status.level == SlaLevel::OnTrack);
    CHECK(status.remaining == 15 * minute);
    CHECK(SlaPolicy::describeStatus(status) == u"Claim in 15 min"_s);

    clock.advance(11 * minute); // 73%
    CHECK(SlaPolicy::statusOf(escalation, clock.now()).level == SlaLevel::OnTrack);
    clock.set(escalation.createdAt + 15 * minute * 3 / 4 - 1);
    CHECK(SlaPolicy::statusOf(escalation, clock.now()).level == SlaLevel::OnTrack);
    clock.advance(1); // exactly 75%
    CHECK(SlaPolicy::statusOf(escalation, clock.now()).level == SlaLevel::AtRisk);
    clock.set(escalation.claimDueAt - 1);
    CHECK(SlaPolicy::statusOf(escalation, clock.now()).level == SlaLevel::AtRisk);
    clock.set(escalation.claimDueAt);
    CHECK(SlaPolicy::statusOf(escalation, clock.now()).level == SlaLevel::Breached);
    clock.advance(5 * minute);
    status = SlaPolicy::statusOf(escalation, clock.now());
    CHECK(status.level == SlaLevel::Breached);
    CHECK(status.remaining == -5 * minute);
    CHECK(SlaPolicy::describeStatus(status) == u"Claim overdue by 5 min"_s);

    // After the claim the resolution clock counts, from the same start.
    escalation.state = EscalationState::InProgress;
    status = SlaPolicy::statusOf(escalation, clock.now());
    CHECK(status.clock == SlaClock::Resolve);
    CHECK(status.level == SlaLevel::OnTrack);
    clock.set(escalation.createdAt + 3 * 60 * minute); // 3 h of 4 h
    CHECK(SlaPolicy::statusOf(escalation, clock.now()).level == SlaLevel::AtRisk);
    clock.set(escalation.resolveDueAt + 1);
    CHECK(SlaPolicy::statusOf(escalation, clock.now()).level == SlaLevel::Breached);

    // Resolving stops the clock: met or missed, whatever the time is now.
    escalation.state = EscalationState::Resolved;
    escalation.resolvedAt = escalation.createdAt + 60 * minute;
    status = SlaPolicy::statusOf(escalation, clock.now() + 1'000'000);
    CHECK_FALSE(status.running);
    CHECK(status.level == SlaLevel::Met);
    CHECK(SlaPolicy::describeStatus(status) == u"Resolved in time"_s);
    escalation.state = EscalationState::Closed;
    escalation.resolvedAt = escalation.resolveDueAt + 30 * minute;
    status = SlaPolicy::statusOf(escalation, clock.now());
    CHECK(status.level == SlaLevel::Missed);
    CHECK(SlaPolicy::describeStatus(status) == u"Resolved 30 min late"_s);

    CHECK(SlaPolicy::levelAt(0, 100, 74) == SlaLevel::OnTrack);
    CHECK(SlaPolicy::levelAt(0, 100, 75) == SlaLevel::AtRisk);
    CHECK(SlaPolicy::levelAt(0, 100, 100) == SlaLevel::Breached);
}

TEST_CASE("a question for the rep and a hand-back wait on the one who escalated", "[frontline][escalation]")
{
    QList<EscalationState> waiting;
    for (const EscalationState state : allValues<EscalationState>()) {
        if (EscalationStateMachine::waitsOnCreator(state))
            waiting.append(state);
    }
    CHECK(waiting == QList<EscalationState> { EscalationState::NeedsInfoFromRep, EscalationState::HandedBack });
}

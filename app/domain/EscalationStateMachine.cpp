// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/EscalationStateMachine.h"

#include <array>

namespace tandem {
namespace {

struct ActionEntry
{
    EscalationAction value;
    const char *key;
    const char *name; // source text for tr(), context "tandem::Enums"
};

constexpr std::array actions {
    ActionEntry { EscalationAction::Escalate, "escalate", QT_TRANSLATE_NOOP("tandem::Enums", "Escalate") },
    ActionEntry { EscalationAction::Claim, "claim", QT_TRANSLATE_NOOP("tandem::Enums", "Claim") },
    ActionEntry { EscalationAction::Start, "start", QT_TRANSLATE_NOOP("tandem::Enums", "Start work") },
    ActionEntry { EscalationAction::AskRep, "ask_rep", QT_TRANSLATE_NOOP("tandem::Enums", "Ask the rep") },
    ActionEntry {
        EscalationAction::WaitOnCustomer, "wait_on_customer", QT_TRANSLATE_NOOP("tandem::Enums", "Wait on customer") },
    ActionEntry { EscalationAction::Answer, "answer", QT_TRANSLATE_NOOP("tandem::Enums", "Answer") },
    ActionEntry {
        EscalationAction::CustomerReplied, "customer_replied", QT_TRANSLATE_NOOP("tandem::Enums", "Customer replied") },
    ActionEntry { EscalationAction::Resolve, "resolve", QT_TRANSLATE_NOOP("tandem::Enums", "Resolve") },
    ActionEntry { EscalationAction::HandBack, "hand_back", QT_TRANSLATE_NOOP("tandem::Enums", "Hand back") },
    ActionEntry { EscalationAction::Close, "close", QT_TRANSLATE_NOOP("tandem::Enums", "Close") },
    ActionEntry { EscalationAction::Reopen, "reopen", QT_TRANSLATE_NOOP("tandem::Enums", "Reopen") },
    ActionEntry { EscalationAction::Reassign, "reassign", QT_TRANSLATE_NOOP("tandem::Enums", "Reassign") },
    ActionEntry {
        EscalationAction::ChangeSeverity, "change_severity", QT_TRANSLATE_NOOP("tandem::Enums", "Change severity") },
    ActionEntry {
        EscalationAction::AddInformation, "add_information", QT_TRANSLATE_NOOP("tandem::Enums", "Add information") },
};

const ActionEntry &entryFor(EscalationAction action)
{
    for (const ActionEntry &entry : actions) {
        if (entry.value == action)
            return entry;
    }
    return actions.front();
}

// States an action may start from (for an escalation that exists).
QList<EscalationState> sourcesOf(EscalationAction action)
{
    using S = EscalationState;
    switch (action) {
    case EscalationAction::Escalate:
        return {};
    case EscalationAction::Claim:
        return { S::New };
    case EscalationAction::Start:
        // Also resumes work when the rep or the customer never answers.
        return { S::Claimed, S::WaitingOnCustomer, S::NeedsInfoFromRep };
    case EscalationAction::AskRep:
    case EscalationAction::WaitOnCustomer:
    case EscalationAction::Resolve:
        return { S::InProgress };
    case EscalationAction::Answer:
        return { S::NeedsInfoFromRep };
    case EscalationAction::CustomerReplied:
        return { S::WaitingOnCustomer };
    case EscalationAction::HandBack:
        return { S::Resolved };
    case EscalationAction::Close:
        return { S::HandedBack };
    case EscalationAction::Reopen:
        return { S::Resolved, S::HandedBack, S::Closed };
    case EscalationAction::Reassign:
    case EscalationAction::ChangeSeverity:
        return { S::New, S::Claimed, S::InProgress, S::WaitingOnCustomer, S::NeedsInfoFromRep, S::Resolved };
    case EscalationAction::AddInformation:
        return EscalationStateMachine::unresolvedStates();
    }
    return {};
}

EscalationState targetOf(EscalationState from, EscalationAction action)
{
    using S = EscalationState;
    switch (action) {
    case EscalationAction::Escalate:
        return S::New;
    case EscalationAction::Claim:
        return S::Claimed;
    case EscalationAction::Start:
    case EscalationAction::Answer:
    case EscalationAction::CustomerReplied:
    case EscalationAction::Reopen:
        return S::InProgress;
    case EscalationAction::AskRep:
        return S::NeedsInfoFromRep;
    case EscalationAction::WaitOnCustomer:
        return S::WaitingOnCustomer;
    case EscalationAction::Resolve:
        return S::Resolved;
    case EscalationAction::HandBack:
        return S::HandedBack;
    case EscalationAction::Close:
        return S::Closed;
    case EscalationAction::Reassign:
        // Giving an unclaimed escalation to someone claims it for them.
        return from == S::New ? S::Claimed : from;
    case EscalationAction::ChangeSeverity:
    case EscalationAction::AddInformation:
        return from;
    }
    return from;
}

bool isSpecialistWork(EscalationAction action)
{
    switch (action) {
    case EscalationAction::Claim:
    case EscalationAction::Start:
    case EscalationAction::AskRep:
    case EscalationAction::WaitOnCustomer:
    case EscalationAction::Resolve:
    case EscalationAction::HandBack:
        return true;
    default:
        return false;
    }
}

EscalationVerdict refuse(const QString &reason)
{
    return { std::nullopt, reason, false };
}

EscalationVerdict forbid(const QString &reason)
{
    return { std::nullopt, reason, true };
}

} // namespace

template<> QString keyOf<EscalationAction>(EscalationAction value)
{
    return QString::fromLatin1(entryFor(value).key);
}

template<> std::optional<EscalationAction> fromKey<EscalationAction>(const QString &key)
{
    for (const ActionEntry &entry : actions) {
        if (key == QLatin1StringView(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template<> QString displayName<EscalationAction>(EscalationAction value)
{
    return QCoreApplication::translate("tandem::Enums", entryFor(value).name);
}

template<> QList<EscalationAction> allValues<EscalationAction>()
{
    QList<EscalationAction> values;
    for (const ActionEntry &entry : actions)
        values.append(entry.value);
    return values;
}

EscalationVerdict EscalationStateMachine::check(
    std::optional<EscalationState> state, EscalationAction action, const EscalationParticipant &who)
{
    const bool lead = who.role == Role::TeamLead;
    if (!state) {
        if (action != EscalationAction::Escalate)
            return refuse(tr("This issue has not been escalated yet."));
        if (who.role == Role::SupportSpecialist)
            return forbid(tr("Support specialists take escalations; a service rep or a team lead escalates."));
        return { EscalationState::New, QString(), false };
    }
    if (action == EscalationAction::Escalate)
        return refuse(tr("This issue is already escalated."));

    if (isSpecialistWork(action) && who.role == Role::ServiceRep)
        return forbid(tr("Only support specialists and team leads work on escalations."));
    if (action == EscalationAction::Reassign && !lead)
        return forbid(tr("Only a team lead can reassign an escalation."));
    if (action == EscalationAction::ChangeSeverity && !lead)
        return forbid(tr("Only a team lead can change the severity of an escalation."));
    if (action == EscalationAction::AddInformation && who.role == Role::SupportSpecialist)
        return forbid(tr("A service rep or a team lead adds information to an escalation; support works on it."));

    if (!sourcesOf(action).contains(*state)) {
        if (action == EscalationAction::Claim && *state == EscalationState::Closed)
            return refuse(tr("This escalation is closed; there is nothing to claim."));
        if (action == EscalationAction::Claim)
            return refuse(tr("This escalation has already been claimed."));
        if (action == EscalationAction::AddInformation)
            return refuse(tr("This escalation is already “%1”; escalate the problem again if it is still there.")
                    .arg(displayName(*state)));
        return refuse(
            tr("“%1” is not possible while the escalation is “%2”.").arg(displayName(action), displayName(*state)));
    }

    switch (action) {
    case EscalationAction::Start:
    case EscalationAction::AskRep:
    case EscalationAction::WaitOnCustomer:
    case EscalationAction::Resolve:
    case EscalationAction::HandBack:
        if (!who.isAssignee)
            return forbid(tr("Only the specialist this escalation is assigned to can do that; a team lead can "
                             "reassign it."));
        break;
    case EscalationAction::Answer:
    case EscalationAction::Close:
        if (!who.isCreator && !lead)
            return forbid(tr("Only the rep who escalated this, or a team lead, can do that."));
        break;
    case EscalationAction::CustomerReplied:
    case EscalationAction::Reopen:
        if (!who.isCreator && !who.isAssignee && !lead)
            return forbid(tr("Only the rep who escalated this, its specialist or a team lead can do that."));
        break;
    default:
        break;
    }
    return { targetOf(*state, action), QString(), false };
}

QList<EscalationAction> EscalationStateMachine::allowedActions(
    std::optional<EscalationState> state, const EscalationParticipant &who)
{
    QList<EscalationAction> allowed;
    for (const ActionEntry &entry : actions) {
        if (check(state, entry.value, who).allowed())
            allowed.append(entry.value);
    }
    return allowed;
}

bool EscalationStateMachine::isOpen(EscalationState state)
{
    return state != EscalationState::HandedBack && state != EscalationState::Closed;
}

bool EscalationStateMachine::isUnresolved(EscalationState state)
{
    return isOpen(state) && state != EscalationState::Resolved;
}

QList<EscalationState> EscalationStateMachine::unresolvedStates()
{
    QList<EscalationState> states;
    for (const EscalationState state : allValues<EscalationState>()) {
        if (isUnresolved(state))
            states.append(state);
    }
    return states;
}

bool EscalationStateMachine::waitsOnCreator(EscalationState state)
{
    return state == EscalationState::NeedsInfoFromRep || state == EscalationState::HandedBack;
}

bool EscalationStateMachine::needsNote(EscalationAction action)
{
    switch (action) {
    case EscalationAction::AskRep:
    case EscalationAction::WaitOnCustomer:
    case EscalationAction::Answer:
    case EscalationAction::Resolve:
    case EscalationAction::HandBack:
    case EscalationAction::Reopen:
    case EscalationAction::ChangeSeverity:
    case EscalationAction::AddInformation:
        return true;
    default:
        return false;
    }
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tandem {

// Everything that can happen to an escalation; each is one row of escalation_events.
enum class EscalationAction {
    Escalate, // a rep (or lead) hands a technical issue to support
    Claim, // a specialist (or lead) takes a new escalation, first wins
    Start, // the assignee starts working on it
    AskRep, // the assignee needs information only the rep can get
    WaitOnCustomer, // the assignee waits for the customer (a test, a log, a reply)
    Answer, // the rep gives the information asked for
    CustomerReplied, // the customer came back with what was asked
    Resolve, // the assignee fixed it
    HandBack, // the assignee hands it back to the rep with what to tell the customer
    Close, // the rep closed the loop with the customer
    Reopen, // it was not fixed after all
    Reassign, // a lead gives it to another specialist
    ChangeSeverity, // a lead re-rates it, which moves its SLA targets
    // A rep (or lead) adds what they learned to an escalation support still works on, instead of opening a
    // second one for the same problem; the state stays as it is.
    AddInformation,
};

template<> QString keyOf<EscalationAction>(EscalationAction value);
template<> std::optional<EscalationAction> fromKey<EscalationAction>(const QString &key);
template<> QString displayName<EscalationAction>(EscalationAction value);
template<> QList<EscalationAction> allValues<EscalationAction>();

// Who is asking, relative to one escalation.
struct EscalationParticipant
{
    Role role = Role::ServiceRep;
    bool isCreator = false; // escalated it
    bool isAssignee = false; // it is assigned to them
};

// The answer to "may this person do that now?": the state it leads to, or a reason for a person.
struct EscalationVerdict
{
    std::optional<EscalationState> target; // set when allowed
    QString reason; // set when refused; already translated
    bool forbidden = false; // refused because of who asks, not because of the state

    [[nodiscard]] bool allowed() const { return target.has_value(); }
};

// The escalation lifecycle (DESIGN.md section 5) and who may move it (section 2), as a pure function:
//
//   new -> claimed -> in_progress -> (waiting_on_customer | needs_info_from_rep) -> in_progress
//       -> resolved -> handed_back -> closed
//   reopen: resolved | handed_back | closed -> in_progress
//   reassign, change_severity: by a lead, in any open state (new .. resolved)
//   add_information: by a rep or a lead, while support still works on it (new .. needs_info_from_rep)
//
// Claiming and the specialist's work are for support specialists and team leads; after the claim only
// the assignee works on it (a lead reassigns first). The rep who escalated, or a lead, answers
// questions and closes the loop.
class EscalationStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(tandem::EscalationStateMachine)

public:
    // `state` is empty for an issue that is not escalated yet (only Escalate applies to it).
    [[nodiscard]] static EscalationVerdict check(
        std::optional<EscalationState> state, EscalationAction action, const EscalationParticipant &who);
    // The actions `who` may take now, in declaration order.
    [[nodiscard]] static QList<EscalationAction> allowedActions(
        std::optional<EscalationState> state, const EscalationParticipant &who);
    // Not yet handed back or closed: someone on the support side still owns it.
    [[nodiscard]] static bool isOpen(EscalationState state);
    // Support has not resolved it yet: news about the problem still reaches the one working on it.
    [[nodiscard]] static bool isUnresolved(EscalationState state);
    [[nodiscard]] static QList<EscalationState> unresolvedStates();
    // Support asked the one who escalated something, or handed it back: the next step is theirs.
    [[nodiscard]] static bool waitsOnCreator(EscalationState state);
    // Actions that mean nothing without a sentence: the question, the answer, the fix, the reason.
    [[nodiscard]] static bool needsNote(EscalationAction action);
};

} // namespace tandem

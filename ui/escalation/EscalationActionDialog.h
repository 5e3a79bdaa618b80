// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/EscalationService.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace tandem {

class LengthLimitedTextEdit;
class MessageBanner;

// A step on an escalation that means nothing without a sentence (ask the rep, wait on the customer,
// resolve, hand back, reopen, change the severity): what it is about above (number, customer, summary,
// state, the latest question and its answer), a roomy editor with the prompt for that step, and the step's
// own button, which stays unavailable while the text is blank. Ctrl+Return takes the step from anywhere in
// the dialog. The dialog takes the step itself; when the service refuses, it stays open with the text and
// says why. Closing it without taking the step loses nothing: the caller keeps note() as a draft and gives
// it back with setDraft() next time.
class EscalationActionDialog : public QDialog
{
    Q_OBJECT

public:
    // Notes are sentences; a log belongs in an attachment. A paste beyond this is refused before it lands.
    static constexpr qsizetype longestNote = 20'000;

    EscalationActionDialog(EscalationService &service, Actor actor, EscalationAction action,
        const HandoffDetails &details, const TransitionOptions &options = {}, QWidget *parent = nullptr);

    [[nodiscard]] EscalationAction action() const { return m_action; }
    [[nodiscard]] Id escalationId() const { return m_escalationId; }
    [[nodiscard]] QString note() const;
    [[nodiscard]] LengthLimitedTextEdit *noteEdit() const { return m_note; }
    [[nodiscard]] QPushButton *takeButton() const { return m_take; }
    [[nodiscard]] MessageBanner *message() const { return m_message; }
    // Puts back what was written last time and says so.
    void setDraft(const QString &text);

    // Takes the step and closes; false (the dialog stays, with the text and the reason) when the text is
    // blank or the service refuses.
    bool submit();

private:
    void updateTakeButton();

    EscalationService &m_service;
    Actor m_actor;
    EscalationAction m_action;
    Id m_escalationId;
    int m_version;
    TransitionOptions m_options;
    QString m_blank; // what a blank note is told
    MessageBanner *m_message;
    LengthLimitedTextEdit *m_note;
    QLabel *m_hint;
    QPushButton *m_take;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/HandoffForm.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace tandem {

class AttachmentsEditor;
class BodyViewer;
class MessageBanner;
class CustomerService;
class EscalationService;
class TimelineService;

// The hand-off form: one button takes a technical issue from the rep to support. It opens filled in
// from the customer and the timeline entries the rep selected (summary, what the customer reported,
// technical pastes as attachments), shows the SLA targets of the chosen severity, lets the rep add log
// or config files (shown read-only, highlighted by their declared format), and asks the service which
// required fields are missing before anything is sent.
class EscalationDialog : public QDialog
{
    Q_OBJECT

public:
    EscalationDialog(EscalationService &escalations, CustomerService &customers, TimelineService &timeline, Actor actor,
        Id customerId, const QList<Id> &interactionIds, QWidget *parent = nullptr);

    // The form as filled in now.
    [[nodiscard]] HandoffForm form() const;
    // The escalation made by a successful submit(); 0 before.
    [[nodiscard]] Id escalationId() const { return m_escalationId; }
    [[nodiscard]] const QList<EscalationAttachment> &attachments() const;
    [[nodiscard]] BodyViewer *attachmentViewer() const;
    // Says why something was not attached as it was, with what can be done instead.
    [[nodiscard]] MessageBanner *attachmentNotice() const;

    // Adds the attachment, or, when it is longer than a hand-off takes, attaches nothing and offers to keep
    // its end (where a log has its error).
    void addAttachment(const EscalationAttachment &attachment);
    // Reads a text file as an attachment, its format guessed from the name; false (with the reason
    // shown) for files that are not text or too large (for a long log, its end is offered).
    bool addAttachmentFile(const QString &path);
    // Checks the form with the service, then escalates and closes; false while something is missing
    // (the problems are listed and their fields marked).
    bool submit();

private:
    void prefill(Id customerId, const QList<Id> &interactionIds);
    void showProblems(const QList<HandoffProblem> &problems);
    [[nodiscard]] QWidget *fieldFor(HandoffField field) const;
    void updateSlaTargets();

    EscalationService &m_escalations;
    CustomerService &m_customers;
    TimelineService &m_timeline;
    Actor m_actor;
    Id m_customerId = 0;
    Id m_escalationId = 0;

    QLabel *m_customerLabel;
    QFormLayout *m_form;
    QLineEdit *m_summary;
    QComboBox *m_category;
    QComboBox *m_severity;
    QLabel *m_slaTargets;
    QPlainTextEdit *m_steps;
    QPlainTextEdit *m_expected;
    QPlainTextEdit *m_actual;
    QLineEdit *m_environment;
    QPlainTextEdit *m_alreadyTried;
    QListWidget *m_interactions;
    AttachmentsEditor *m_attachments;
    QLabel *m_problems;
    QPushButton *m_send;
};

} // namespace tandem

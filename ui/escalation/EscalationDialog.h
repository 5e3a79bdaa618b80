// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/HandoffForm.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace tandem {

class AddInformationDialog;
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
// required fields are missing before anything is sent. When support already works on an escalation for the
// customer, it says so at the top and offers to add what was typed to that one instead.
class EscalationDialog : public QDialog
{
    Q_OBJECT

public:
    EscalationDialog(EscalationService &escalations, CustomerService &customers, TimelineService &timeline, Actor actor,
        Id customerId, const QList<Id> &interactionIds, QWidget *parent = nullptr);

    // Escalates from this conversation with the customer: the escalation is linked to it (0: none).
    void setConversation(Id conversationId) { m_conversationId = conversationId; }
    // The form as filled in now.
    [[nodiscard]] HandoffForm form() const;
    // The escalation made by a successful submit(); 0 before.
    [[nodiscard]] Id escalationId() const { return m_escalationId; }
    // The open escalation what was typed went to instead of a new one; 0 otherwise.
    [[nodiscard]] Id addedToId() const { return m_addedToId; }
    // Names the customer's escalations support still works on, each with "Add to #N instead".
    [[nodiscard]] MessageBanner *relatedNotice() const { return m_related; }
    // Open while the rep adds what they typed to an open escalation instead.
    [[nodiscard]] AddInformationDialog *addInformationDialog() const;
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
    // Opens the dialog that adds everything typed so far (text and attachments) to the open escalation instead;
    // on success this dialog closes without escalating, on cancel everything is still here.
    void addToInstead(Id escalationId);

private:
    void prefill(Id customerId, const QList<Id> &interactionIds);
    void showProblems(const QList<HandoffProblem> &problems);
    [[nodiscard]] QWidget *fieldFor(HandoffField field) const;
    void updateSlaTargets();
    void showUnresolved();
    // The typed fields and the chosen timeline entries as one note, each under its label.
    [[nodiscard]] QString typedInformation() const;

    EscalationService &m_escalations;
    CustomerService &m_customers;
    TimelineService &m_timeline;
    Actor m_actor;
    Id m_customerId = 0;
    Id m_conversationId = 0;
    Id m_escalationId = 0;
    Id m_addedToId = 0;
    QList<EscalationListItem> m_unresolved;
    QPointer<AddInformationDialog> m_addInformation;

    MessageBanner *m_related;
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

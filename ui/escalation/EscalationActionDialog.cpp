// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/EscalationActionDialog.h"

#include "DateTimeText.h"
#include "LengthLimitedTextEdit.h"
#include "MessageBanner.h"
#include "domain/Error.h"
#include "escalation/LatestExchange.h"

#include <QAction>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// What the dialog says for one step: its window title, the editor's label (with its mnemonic), what the
// empty editor suggests, the step's button and what a blank note is told.
struct StepTexts
{
    QString title;
    QString prompt;
    QString placeholder;
    QString take;
    QString blank;
};

StepTexts textsFor(EscalationAction action, const HandoffDetails &details)
{
    const QString rep
        = details.item.creatorName.isEmpty() ? EscalationActionDialog::tr("the rep") : details.item.creatorName;
    switch (action) {
    case EscalationAction::AskRep:
        return { EscalationActionDialog::tr("Ask the Rep"),
            EscalationActionDialog::tr("Your &question for %1, who escalated this:").arg(rep),
            EscalationActionDialog::tr("What you need to know or have, and why: a log, a version, what the customer "
                                       "sees"),
            EscalationActionDialog::tr("&Ask"), EscalationActionDialog::tr("Write your question first.") };
    case EscalationAction::WaitOnCustomer:
        return { EscalationActionDialog::tr("Wait on the Customer"),
            EscalationActionDialog::tr("&What are you waiting for from the customer?"),
            EscalationActionDialog::tr("A test, a log, a reply; and what happens when it comes"),
            EscalationActionDialog::tr("Wait on &Customer"),
            EscalationActionDialog::tr("Say what you are waiting for first.") };
    case EscalationAction::Resolve:
        return { EscalationActionDialog::tr("Resolve the Escalation"),
            EscalationActionDialog::tr("The &fix: what was wrong and how it was resolved"),
            EscalationActionDialog::tr("For the team and the record: the cause, the fix, anything to watch"),
            EscalationActionDialog::tr("&Resolve"), EscalationActionDialog::tr("Describe the fix first.") };
    case EscalationAction::HandBack:
        return { EscalationActionDialog::tr("Hand Back to the Rep"),
            EscalationActionDialog::tr("The &reason you hand it back to %1, and what to tell the customer:").arg(rep),
            EscalationActionDialog::tr("Fixed, not a fault, or needs the customer: in words the customer understands"),
            EscalationActionDialog::tr("&Hand Back"), EscalationActionDialog::tr("Write the reason first.") };
    case EscalationAction::Reopen:
        return { EscalationActionDialog::tr("Reopen the Escalation"),
            EscalationActionDialog::tr("&Why is it reopened?"),
            EscalationActionDialog::tr("What still fails, and since when"), EscalationActionDialog::tr("&Reopen"),
            EscalationActionDialog::tr("Say why it is reopened first.") };
    case EscalationAction::ChangeSeverity:
        return { EscalationActionDialog::tr("Change the Severity"),
            EscalationActionDialog::tr("&Why does the severity change?"),
            EscalationActionDialog::tr("What changed: more customers affected, a workaround found, …"),
            EscalationActionDialog::tr("&Change Severity"), EscalationActionDialog::tr("Say why first.") };
    default:
        return { displayName(action), EscalationActionDialog::tr("&Note:"), QString(), displayName(action),
            EscalationActionDialog::tr("Write a note first.") };
    }
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel *quietLabel(const QString &text, QWidget *parent)
{
    QLabel *label = plainLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString whenText(Millis millis)
{
    return shortDateTimeText(QDateTime::fromMSecsSinceEpoch(millis).toLocalTime());
}

// The latest question and its answer, set apart as the part of the history the step answers to.
QFrame *exchangeBox(const HandoffDetails &details, QWidget *parent)
{
    auto *box = new QFrame(parent);
    box->setObjectName(u"latestExchange"_s);
    box->setFrameShape(QFrame::StyledPanel);
    box->setAutoFillBackground(true);
    box->setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QVBoxLayout(box);
    const LatestExchange exchange = latestExchangeOf(details.events);
    const auto addSaid = [&](const EscalationEvent &event, const QString &saidBy) {
        QLabel *who = plainLabel(saidBy.arg(event.actorName, whenText(event.occurredAt)), box);
        QFont bold = who->font();
        bold.setWeight(QFont::DemiBold);
        who->setFont(bold);
        layout->addWidget(who);
        QLabel *said = plainLabel(event.note, box);
        said->setContentsMargins(12, 0, 0, 4);
        layout->addWidget(said);
    };
    if (!exchange.question) {
        layout->addWidget(quietLabel(EscalationActionDialog::tr("Support has not asked the rep anything yet."), box));
        return box;
    }
    addSaid(*exchange.question, EscalationActionDialog::tr("%1 asked on %2:"));
    if (exchange.answer)
        addSaid(*exchange.answer, EscalationActionDialog::tr("%1 answered on %2:"));
    else
        layout->addWidget(quietLabel(EscalationActionDialog::tr("No answer yet."), box));
    return box;
}

} // namespace

EscalationActionDialog::EscalationActionDialog(EscalationService &service, Actor actor, EscalationAction action,
    const HandoffDetails &details, const TransitionOptions &options, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_actor(std::move(actor)),
      m_action(action),
      m_escalationId(details.item.escalation.id),
      m_version(details.item.escalation.version),
      m_options(options),
      m_message(new MessageBanner(this)),
      m_note(new LengthLimitedTextEdit(longestNote, this)),
      m_hint(nullptr),
      m_take(nullptr)
{
    setObjectName(u"escalationActionDialog"_s);
    const StepTexts texts = textsFor(action, details);
    m_blank = texts.blank;
    const Escalation &escalation = details.item.escalation;
    setWindowTitle(tr("%1 — Escalation #%2").arg(texts.title, QString::number(escalation.id)));
    m_message->setObjectName(u"actionMessage"_s);

    QLabel *title = plainLabel(tr("#%1 · %2").arg(QString::number(escalation.id), escalation.summary), this);
    title->setObjectName(u"actionTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QString customer = details.item.customerName;
    if (details.customer && !details.customer->company.isEmpty())
        customer += u" · "_s + details.customer->company;
    facts->addRow(tr("Customer:"), plainLabel(customer, this));
    QString state = displayName(escalation.state) + u" · "_s + displayName(escalation.severity);
    if (!details.item.assigneeName.isEmpty())
        state += u" · "_s + tr("with %1").arg(details.item.assigneeName);
    QLabel *stateLabel = plainLabel(state, this);
    stateLabel->setObjectName(u"actionState"_s);
    facts->addRow(tr("State:"), stateLabel);
    facts->addRow(tr("Escalated:"),
        plainLabel(tr("by %1 on %2").arg(details.item.creatorName, whenText(escalation.createdAt)), this));
    if (!escalation.resolution.isEmpty() && action == EscalationAction::HandBack)
        facts->addRow(tr("Resolution:"), plainLabel(escalation.resolution, this));

    m_note->setObjectName(u"actionNote"_s);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(texts.placeholder);
    m_note->setMinimumHeight(m_note->fontMetrics().height() * 8 + 14);
    auto *prompt = new QLabel(texts.prompt, this);
    prompt->setObjectName(u"actionPrompt"_s);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_note);
    QFont promptFont = prompt->font();
    promptFont.setWeight(QFont::DemiBold);
    prompt->setFont(promptFont);
    m_hint = quietLabel(texts.blank + u' ' + tr("Ctrl+Return takes the step."), this);
    m_hint->setObjectName(u"actionHint"_s);

    auto *buttons = new QDialogButtonBox(this);
    m_take = buttons->addButton(texts.take, QDialogButtonBox::AcceptRole);
    m_take->setObjectName(u"takeAction"_s);
    m_take->setToolTip(tr("%1 (Ctrl+Return)").arg(texts.title));
    m_take->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setToolTip(tr("Close; what you wrote is kept for next time"));
    // Return writes a new line; Ctrl+Return takes the step from anywhere in the dialog.
    auto *take = new QAction(this);
    take->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    addAction(take);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(title);
    layout->addLayout(facts);
    layout->addWidget(quietLabel(tr("Latest exchange with the rep"), this));
    layout->addWidget(exchangeBox(details, this));
    layout->addSpacing(6);
    layout->addWidget(prompt);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    connect(take, &QAction::triggered, this, &EscalationActionDialog::submit);
    connect(buttons, &QDialogButtonBox::accepted, this, &EscalationActionDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &EscalationActionDialog::updateTakeButton);
    connect(m_note, &LengthLimitedTextEdit::refused, this, [this](qsizetype resulting, qsizetype longest) {
        m_message->showError(tr("The pasted text was not added: the note would have %1 characters, %2 at most. "
                                "Attach long logs to the escalation instead.")
                .arg(locale().toString(resulting), locale().toString(longest)));
    });
    updateTakeButton();
    m_note->setFocus(Qt::OtherFocusReason);
    resize(640, 600);
}

QString EscalationActionDialog::note() const
{
    return m_note->toPlainText();
}

void EscalationActionDialog::setDraft(const QString &text)
{
    if (text.isEmpty())
        return;
    m_note->setPlainText(text);
    m_note->moveCursor(QTextCursor::End);
    m_message->showNote(tr("What you wrote last time is back; nothing was sent yet."));
}

void EscalationActionDialog::updateTakeButton()
{
    const bool blank = note().trimmed().isEmpty();
    m_take->setEnabled(!blank);
    m_hint->setVisible(blank);
}

bool EscalationActionDialog::submit()
{
    if (note().trimmed().isEmpty()) {
        m_message->showError(m_blank + u' ' + tr("Nothing was sent."));
        m_note->setFocus(Qt::OtherFocusReason);
        return false;
    }
    try {
        m_service.transition(m_actor, m_escalationId, m_action, note(), m_version, m_options);
    } catch (const Error &error) {
        m_message->showError(error.message());
        return false;
    }
    accept();
    return true;
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/EscalationDialog.h"

#include "DateTimeText.h"
#include "MessageBanner.h"
#include "domain/Error.h"
#include "domain/SlaPolicy.h"
#include "escalation/AddInformationDialog.h"
#include "escalation/AttachmentsEditor.h"
#include "escalation/EscalationLine.h"
#include "services/CustomerService.h"
#include "services/EscalationService.h"
#include "services/TimelineService.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

constexpr int interactionIdRole = Qt::UserRole + 1;

// "Java SDK exception after upgrade" -> "java-sdk-exception-after-upgrade"
QString fileStemOf(const QString &subject)
{
    QString stem;
    for (const QChar ch : subject.toLower()) {
        if (ch.isLetterOrNumber())
            stem.append(ch);
        else if (!stem.isEmpty() && !stem.endsWith(u'-'))
            stem.append(u'-');
        if (stem.size() >= 40)
            break;
    }
    while (stem.endsWith(u'-'))
        stem.chop(1);
    return stem.isEmpty() ? u"attachment"_s : stem;
}

bool isTechnical(BodyFormat format)
{
    return format != BodyFormat::Plain && format != BodyFormat::Html;
}

// What the customer wrote before any pasted block: the first paragraph, kept short.
QString firstParagraphOf(const QString &body)
{
    QString paragraph = body.section(u"\n\n"_s, 0, 0).trimmed();
    if (paragraph.size() > 600)
        paragraph = paragraph.left(600) + u"…"_s;
    return paragraph;
}

QPlainTextEdit *textArea(const QString &placeholder, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().height() * lines + 14);
    return edit;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

void markLabel(QWidget *label, bool problem)
{
    if (!label)
        return;
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
        problem ? QColor(0xc6, 0x28, 0x28) : QApplication::palette(label).color(QPalette::WindowText));
    label->setPalette(palette);
}

} // namespace

EscalationDialog::EscalationDialog(EscalationService &escalations, CustomerService &customers,
    TimelineService &timeline, Actor actor, Id customerId, const QList<Id> &interactionIds, QWidget *parent)
    : QDialog(parent),
      m_escalations(escalations),
      m_customers(customers),
      m_timeline(timeline),
      m_actor(std::move(actor)),
      m_customerId(customerId),
      m_related(new MessageBanner(this)),
      m_customerLabel(new QLabel(this)),
      m_form(new QFormLayout),
      m_summary(new QLineEdit(this)),
      m_category(new QComboBox(this)),
      m_severity(new QComboBox(this)),
      m_slaTargets(new QLabel(this)),
      m_steps(textArea(tr("1. …\n2. …\n3. …"), 4, this)),
      m_expected(textArea(tr("What should have happened"), 2, this)),
      m_actual(textArea(tr("What happened instead, in the customer's words if possible"), 3, this)),
      m_environment(new QLineEdit(this)),
      m_alreadyTried(textArea(tr("What you or the customer already tried, so nobody asks again"), 3, this)),
      m_interactions(new QListWidget(this)),
      m_attachments(new AttachmentsEditor(this)),
      m_problems(new QLabel(this)),
      m_send(nullptr)
{
    setWindowTitle(tr("Escalate to Support"));
    setObjectName(u"escalationDialog"_s);

    QFont headerFont = m_customerLabel->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.15);
    headerFont.setWeight(QFont::DemiBold);
    m_customerLabel->setFont(headerFont);
    m_customerLabel->setTextFormat(Qt::PlainText);
    m_customerLabel->setObjectName(u"customerLabel"_s);

    m_summary->setObjectName(u"summary"_s);
    m_summary->setMaxLength(int(EscalationService::maxSummaryLength));
    m_summary->setPlaceholderText(tr("One line: what is broken for the customer"));
    for (const EscalationCategory category : allValues<EscalationCategory>())
        m_category->addItem(displayName(category), int(category));
    m_category->setObjectName(u"category"_s);
    for (const Severity severity : allValues<Severity>())
        m_severity->addItem(displayName(severity), int(severity));
    m_severity->setObjectName(u"severity"_s);
    m_slaTargets->setObjectName(u"slaTargets"_s);
    QPalette quiet = m_slaTargets->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    m_slaTargets->setPalette(quiet);
    m_steps->setObjectName(u"steps"_s);
    m_expected->setObjectName(u"expected"_s);
    m_actual->setObjectName(u"actual"_s);
    m_environment->setObjectName(u"environment"_s);
    m_environment->setPlaceholderText(tr("Product version, operating system, browser, network…"));
    m_alreadyTried->setObjectName(u"alreadyTried"_s);

    auto *severityRow = new QHBoxLayout;
    severityRow->addWidget(m_severity);
    severityRow->addWidget(m_slaTargets, 1);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Summary:"), m_summary);
    m_form->addRow(tr("&Category:"), m_category);
    m_form->addRow(tr("Se&verity:"), severityRow);
    m_form->addRow(tr("S&teps to reproduce:"), m_steps);
    m_form->addRow(tr("E&xpected:"), m_expected);
    m_form->addRow(tr("What &happened:"), m_actual);
    m_form->addRow(tr("E&nvironment:"), m_environment);
    m_form->addRow(tr("Already t&ried:"), m_alreadyTried);
    // The severity row is a layout; its label has to point at the combo box by hand.
    if (auto *severityLabel = qobject_cast<QLabel *>(m_form->labelForField(severityRow)))
        severityLabel->setBuddy(m_severity);

    m_interactions->setObjectName(u"interactions"_s);
    m_interactions->setAccessibleName(tr("Timeline entries handed over"));
    m_interactions->setMaximumHeight(120);
    m_interactions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_interactions->setTextElideMode(Qt::ElideRight);

    auto *right = new QVBoxLayout;
    QLabel *interactionsHeading = heading(tr("From the timeline"), this);
    interactionsHeading->setObjectName(u"interactionsHeading"_s);
    right->addWidget(interactionsHeading);
    right->addWidget(m_interactions);
    right->addWidget(m_attachments, 1);

    // The text areas have their height; spare room goes below the form, not into its rows.
    auto *left = new QVBoxLayout;
    left->addLayout(m_form);
    left->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(12);
    columns->addLayout(right, 2);

    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    markLabel(m_problems, true);
    m_problems->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Escalate"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"escalateButton"_s);
    m_send->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);

    m_related->setObjectName(u"relatedEscalations"_s);
    m_related->setCloseButtonVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_related);
    layout->addWidget(m_customerLabel);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(m_severity, &QComboBox::currentIndexChanged, this, &EscalationDialog::updateSlaTargets);
    connect(m_attachments, &AttachmentsEditor::problemFound, this,
        [this](const QString &message) { showProblems({ { HandoffField::Attachments, message } }); });
    // Once problems are listed, the list follows the edits, so it never names something already fixed.
    const auto recheck = [this] {
        if (!m_problems->isVisible())
            return;
        try {
            showProblems(m_escalations.checkHandoff(m_actor, form()));
        } catch (const Error &error) {
            showProblems({ { HandoffField::Customer, error.message() } });
        }
    };
    connect(m_summary, &QLineEdit::textChanged, this, recheck);
    connect(m_environment, &QLineEdit::textChanged, this, recheck);
    for (QPlainTextEdit *edit : { m_steps, m_expected, m_actual, m_alreadyTried })
        connect(edit, &QPlainTextEdit::textChanged, this, recheck);
    connect(m_interactions, &QListWidget::itemChanged, this, recheck);
    connect(m_attachments, &AttachmentsEditor::attachmentsChanged, this, recheck);
    connect(buttons, &QDialogButtonBox::accepted, this, &EscalationDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    prefill(customerId, interactionIds);
    showUnresolved();
    updateSlaTargets();
    // The notice above comes first in the tab order; typing starts in the form.
    m_summary->setFocus(Qt::OtherFocusReason);
    resize(1000, 720);
}

void EscalationDialog::prefill(Id customerId, const QList<Id> &interactionIds)
{
    std::optional<Customer> customer;
    QList<Interaction> selected;
    try {
        customer = m_customers.customer(customerId);
        for (const Id id : interactionIds) {
            if (std::optional<Interaction> interaction = m_timeline.interaction(id))
                selected.append(*interaction);
        }
    } catch (const Error &error) {
        showProblems({ { HandoffField::Customer, error.message() } });
    }
    if (customer) {
        QString header = tr("Escalating for %1").arg(customer->displayName());
        if (!customer->company.isEmpty())
            header += u" · "_s + customer->company;
        header += u" · "_s + displayName(customer->tier);
        m_customerLabel->setText(header);
        // Enterprise customers start one step more urgent; the rep can always change it.
        m_severity->setCurrentIndex(int(customer->tier == Tier::Enterprise ? Severity::S2 : Severity::S3));
    } else {
        m_customerLabel->setText(tr("No customer chosen"));
        m_severity->setCurrentIndex(int(Severity::S3));
    }

    bool stackTrace = false;
    for (const Interaction &interaction : std::as_const(selected)) {
        auto *item = new QListWidgetItem(
            shortDateTimeText(QDateTime::fromMSecsSinceEpoch(interaction.occurredAt).toLocalTime()) + u" · "_s
                + displayName(interaction.kind) + u" · "_s
                + (interaction.subject.isEmpty() ? firstParagraphOf(interaction.body).left(80) : interaction.subject),
            m_interactions);
        item->setData(interactionIdRole, interaction.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        if (isTechnical(interaction.bodyFormat)) {
            addAttachment({ 0, 0,
                fileStemOf(interaction.subject) + u"."_s + AttachmentsEditor::extensionFor(interaction.bodyFormat),
                interaction.bodyFormat, interaction.body });
            stackTrace = stackTrace || interaction.bodyFormat == BodyFormat::StackTrace;
        }
    }
    if (!selected.isEmpty())
        m_summary->setText(selected.constFirst().subject.left(int(EscalationService::maxSummaryLength)));
    for (const Interaction &interaction : std::as_const(selected)) {
        if (interaction.direction == Direction::Inbound) {
            m_actual->setPlainText(firstParagraphOf(interaction.body));
            break;
        }
    }
    m_category->setCurrentIndex(int(stackTrace ? EscalationCategory::Bug : EscalationCategory::Other));
    if (m_attachments->list()->count() > 0)
        m_attachments->list()->setCurrentRow(0);
}

// A second escalation for a problem support already works on goes to another specialist, who starts from
// scratch; the rep is told before typing everything in.
void EscalationDialog::showUnresolved()
{
    try {
        m_unresolved = m_escalations.unresolvedEscalationsOf(m_customerId);
    } catch (const Error &error) {
        m_related->showError(error.message());
        return;
    }
    if (m_unresolved.isEmpty())
        return;
    // What looks like this very problem comes first (and gets Alt+A): handed over from the same timeline entry,
    // or with the same summary.
    const HandoffForm typed = form();
    std::stable_partition(m_unresolved.begin(), m_unresolved.end(), [&](const EscalationListItem &item) {
        return (item.escalation.interactionId && typed.interactionIds.contains(*item.escalation.interactionId))
            || item.escalation.summary.compare(typed.summary.trimmed(), Qt::CaseInsensitive) == 0;
    });
    QString text;
    if (m_unresolved.size() == 1) {
        text = tr("This customer already has an open escalation: %1").arg(escalationLine(m_unresolved.constFirst()));
    } else {
        text = tr("This customer already has %n open escalation(s):", nullptr, int(m_unresolved.size()));
        for (const EscalationListItem &item : std::as_const(m_unresolved))
            text += u"\n• "_s + escalationLine(item);
    }
    text += u"\n"_s + tr("If it is the same problem, add what you have to it instead of escalating again.");
    m_related->showWarning(text);
    // A button each for the most urgent few; the first answers to Alt+A.
    constexpr qsizetype offered = 3;
    for (qsizetype index = 0; index < qMin(offered, m_unresolved.size()); ++index) {
        const Id id = m_unresolved.at(index).escalation.id;
        auto *action = new QAction(m_related);
        action->setObjectName(u"addTo%1"_s.arg(id));
        action->setText(index == 0 ? tr("&Add to #%1 instead").arg(id) : tr("Add to #%1 instead").arg(id));
        // The button shows the icon text; set explicitly it keeps the mnemonic.
        action->setIconText(action->text());
        action->setToolTip(tr("Add what you typed and attached to escalation #%1 instead of escalating again").arg(id));
        connect(action, &QAction::triggered, this, [this, id] { addToInstead(id); });
        m_related->addAction(action);
    }
}

QString EscalationDialog::typedInformation() const
{
    QStringList parts;
    const auto addPart = [&](QWidget *field, const QString &text) {
        if (text.trimmed().isEmpty())
            return;
        const auto *label = qobject_cast<QLabel *>(m_form->labelForField(field));
        parts.append((label ? QString(label->text()).remove(u'&') + u"\n"_s : QString()) + text.trimmed());
    };
    addPart(m_summary, m_summary->text());
    addPart(m_steps, m_steps->toPlainText());
    addPart(m_expected, m_expected->toPlainText());
    addPart(m_actual, m_actual->toPlainText());
    addPart(m_environment, m_environment->text());
    addPart(m_alreadyTried, m_alreadyTried->toPlainText());
    QStringList entries;
    for (int row = 0; row < m_interactions->count(); ++row) {
        const QListWidgetItem *item = m_interactions->item(row);
        if (item->checkState() == Qt::Checked)
            entries.append(u"• "_s + item->text());
    }
    if (!entries.isEmpty()) {
        const auto *heading = findChild<QLabel *>(u"interactionsHeading"_s);
        parts.append((heading ? heading->text() + u":\n"_s : QString()) + entries.join(u'\n'));
    }
    return parts.join(u"\n\n"_s);
}

AddInformationDialog *EscalationDialog::addInformationDialog() const
{
    return m_addInformation;
}

void EscalationDialog::addToInstead(Id escalationId)
{
    if (m_addInformation) {
        m_addInformation->raise();
        m_addInformation->activateWindow();
        return;
    }
    const auto target = std::find_if(m_unresolved.cbegin(), m_unresolved.cend(),
        [&](const EscalationListItem &item) { return item.escalation.id == escalationId; });
    if (target == m_unresolved.cend())
        return;
    auto *dialog = new AddInformationDialog(m_escalations, m_actor, *target, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConversation(m_conversationId);
    dialog->noteEdit()->setPlainText(typedInformation());
    dialog->noteEdit()->moveCursor(QTextCursor::End);
    for (const EscalationAttachment &attachment : m_attachments->attachments())
        dialog->attachments()->addAttachment(attachment);
    connect(dialog, &QDialog::accepted, this, [this, escalationId] {
        m_addedToId = escalationId;
        accept();
    });
    m_addInformation = dialog;
    dialog->open();
}

HandoffForm EscalationDialog::form() const
{
    HandoffForm form;
    form.customerId = m_customerId;
    for (int row = 0; row < m_interactions->count(); ++row) {
        const QListWidgetItem *item = m_interactions->item(row);
        if (item->checkState() == Qt::Checked)
            form.interactionIds.append(item->data(interactionIdRole).toLongLong());
    }
    form.summary = m_summary->text();
    form.category = EscalationCategory(m_category->currentData().toInt());
    form.severity = Severity(m_severity->currentData().toInt());
    form.stepsToReproduce = m_steps->toPlainText();
    form.expected = m_expected->toPlainText();
    form.actual = m_actual->toPlainText();
    form.environment = m_environment->text();
    form.alreadyTried = m_alreadyTried->toPlainText();
    form.attachments = m_attachments->attachments();
    if (m_conversationId != 0)
        form.conversationId = m_conversationId;
    return form;
}

const QList<EscalationAttachment> &EscalationDialog::attachments() const
{
    return m_attachments->attachments();
}

BodyViewer *EscalationDialog::attachmentViewer() const
{
    return m_attachments->viewer();
}

MessageBanner *EscalationDialog::attachmentNotice() const
{
    return m_attachments->notice();
}

void EscalationDialog::addAttachment(const EscalationAttachment &attachment)
{
    m_attachments->addAttachment(attachment);
}

bool EscalationDialog::addAttachmentFile(const QString &path)
{
    return m_attachments->addAttachmentFile(path);
}

void EscalationDialog::updateSlaTargets()
{
    m_slaTargets->setText(SlaPolicy::describeTargets(Severity(m_severity->currentData().toInt())));
}

QWidget *EscalationDialog::fieldFor(HandoffField field) const
{
    switch (field) {
    case HandoffField::Customer:
        return nullptr;
    case HandoffField::Interactions:
        return m_interactions;
    case HandoffField::Summary:
        return m_summary;
    case HandoffField::Category:
        return m_category;
    case HandoffField::Severity:
        return m_severity;
    case HandoffField::StepsToReproduce:
        return m_steps;
    case HandoffField::Expected:
        return m_expected;
    case HandoffField::Actual:
        return m_actual;
    case HandoffField::Environment:
        return m_environment;
    case HandoffField::AlreadyTried:
        return m_alreadyTried;
    case HandoffField::Attachments:
        return m_attachments->list();
    }
    return nullptr;
}

void EscalationDialog::showProblems(const QList<HandoffProblem> &problems)
{
    QSet<QWidget *> marked;
    QStringList lines;
    for (const HandoffProblem &problem : problems) {
        lines.append(u"• "_s + problem.message);
        if (QWidget *field = fieldFor(problem.field))
            marked.insert(field);
    }
    // Every form field has a label whose buddy it is.
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy())
            markLabel(label, marked.contains(label->buddy()));
    }
    markLabel(findChild<QLabel *>(u"interactionsHeading"_s), marked.contains(m_interactions));
    markLabel(m_attachments->heading(), marked.contains(m_attachments->list()));
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
}

bool EscalationDialog::submit()
{
    try {
        const HandoffForm handoff = form();
        const QList<HandoffProblem> problems = m_escalations.checkHandoff(m_actor, handoff);
        if (!problems.isEmpty()) {
            showProblems(problems);
            for (const HandoffProblem &problem : problems) {
                if (QWidget *field = fieldFor(problem.field)) {
                    field->setFocus(Qt::OtherFocusReason);
                    break;
                }
            }
            return false;
        }
        m_escalationId = m_escalations.escalate(m_actor, handoff);
    } catch (const Error &error) {
        showProblems({ { HandoffField::Customer, error.message() } });
        return false;
    }
    showProblems({});
    accept();
    return true;
}

} // namespace tandem

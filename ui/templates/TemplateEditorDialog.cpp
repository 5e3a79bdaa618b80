// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplateEditorDialog.h"

#include "LengthLimitedTextEdit.h"
#include "SyntaxHighlighting.h"
#include "domain/TemplateParser.h"
#include "services/CustomerService.h"
#include "services/ServiceError.h"
#include "services/TemplateCategories.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// A name resources/syntax/tandem-template.xml claims (*.tandemtpl).
const auto templateFileName = u"body.tandemtpl"_s;
constexpr int customerMatches = 20;
constexpr int checkDelayMs = 150;
constexpr int searchDelayMs = 250;
const QColor tooLongColor(0xc0, 0x1c, 0x28);

} // namespace

TemplateEditorDialog::TemplateEditorDialog(TemplateService &templates, CustomerService &customers, Actor actor,
    const std::optional<ReplyTemplate> &existing, QWidget *parent)
    : QDialog(parent),
      m_templates(templates),
      m_customers(customers),
      m_actor(std::move(actor)),
      m_existing(existing),
      m_name(new QLineEdit(this)),
      m_category(new QComboBox(this)),
      m_shortcode(new QLineEdit(this)),
      m_channel(new QComboBox(this)),
      m_scope(new QComboBox(this)),
      m_referral(new QCheckBox(this)),
      m_subject(new QLineEdit(this)),
      m_body(new LengthLimitedTextEdit(TemplateService::longestBody, this)),
      m_length(new QLabel(this)),
      m_problemList(new QListWidget(this)),
      m_customerSearch(new QLineEdit(this)),
      m_previewCustomer(new QComboBox(this)),
      m_previewSubject(new QLabel(this)),
      m_preview(new QPlainTextEdit(this)),
      m_status(new QLabel(this)),
      m_save(new QPushButton(this)),
      m_checkDelay(new QTimer(this)),
      m_searchDelay(new QTimer(this))
{
    setObjectName(u"templateEditor"_s);
    setWindowTitle(existing ? tr("Edit Template “%1”").arg(existing->name) : tr("New Template"));

    m_name->setObjectName(u"name"_s);
    m_name->setMaxLength(200);
    m_category->setObjectName(u"category"_s);
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_shortcode->setObjectName(u"shortcode"_s);
    m_shortcode->setMaxLength(64);
    m_shortcode->setPlaceholderText(tr("one word, like refund-chat"));
    m_channel->setObjectName(u"channel"_s);
    m_scope->setObjectName(u"scope"_s);
    m_referral->setObjectName(u"referral"_s);
    m_referral->setText(tr("Asks the customer for a referral"));
    m_subject->setObjectName(u"subject"_s);
    m_subject->setPlaceholderText(tr("For email; may use placeholders"));
    m_body->setObjectName(u"body"_s);
    m_body->setAccessibleName(tr("Template text"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("Hi {{customer.first_name | \"there\"}},\n\n{{cursor}}\n\n{{agent.name}}"));
    m_length->setObjectName(u"length"_s);
    m_length->setTextFormat(Qt::PlainText);
    m_problemList->setObjectName(u"problems"_s);
    m_problemList->setAccessibleName(tr("Problems"));
    m_problemList->setWordWrap(true);
    m_problemList->setMaximumHeight(110);

    fillCategories();
    fillChannels();
    m_scope->addItem(tr("Personal (only you)"), int(TemplateScope::Personal));
    if (TemplateService::canEditShared(m_actor))
        m_scope->addItem(tr("Shared with the team"), int(TemplateScope::Shared));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Category:"), m_category);
    auto *codeAndChannel = new QHBoxLayout;
    codeAndChannel->addWidget(m_shortcode, 1);
    auto *channelLabel = new QLabel(tr("C&hannel:"), this);
    channelLabel->setBuddy(m_channel);
    codeAndChannel->addWidget(channelLabel);
    codeAndChannel->addWidget(m_channel);
    // A label for a row of several fields needs its buddy named, or its & shows instead of underlining.
    auto *shortcodeLabel = new QLabel(tr("Sh&ortcode:"), this);
    shortcodeLabel->setBuddy(m_shortcode);
    form->addRow(shortcodeLabel, codeAndChannel);
    auto *scopeAndReferral = new QHBoxLayout;
    scopeAndReferral->addWidget(m_scope);
    scopeAndReferral->addWidget(m_referral, 1);
    auto *scopeLabel = new QLabel(tr("&Visible to:"), this);
    scopeLabel->setBuddy(m_scope);
    form->addRow(scopeLabel, scopeAndReferral);
    form->addRow(tr("&Subject:"), m_subject);

    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_body, 1);
    editorLayout->addWidget(m_length);
    editorLayout->addWidget(m_problemList);

    m_customerSearch->setObjectName(u"customerSearch"_s);
    m_customerSearch->setPlaceholderText(tr("Find a customer"));
    m_customerSearch->setClearButtonEnabled(true);
    m_previewCustomer->setObjectName(u"previewCustomer"_s);
    m_previewCustomer->addItem(tr("Sample values"), Id(0));
    m_previewCustomer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_previewCustomer->setMinimumContentsLength(16);
    QFont subjectFont = m_previewSubject->font();
    subjectFont.setWeight(QFont::DemiBold);
    m_previewSubject->setFont(subjectFont);
    m_previewSubject->setTextFormat(Qt::PlainText);
    m_previewSubject->setWordWrap(true);
    // A long subject wraps or is cut off; it never widens the window.
    m_previewSubject->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Preview"));

    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    auto *previewFor = new QHBoxLayout;
    previewFor->addWidget(new QLabel(tr("For:"), previewBox));
    previewFor->addWidget(m_previewCustomer, 1);
    previewFor->addWidget(m_customerSearch, 1);
    previewLayout->addLayout(previewFor);
    previewLayout->addWidget(m_previewSubject);
    previewLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(editorPane);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_save->setText(tr("Save"));
    m_save->setObjectName(u"save"_s);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_status->setObjectName(u"status"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(1100, 680);

    m_checkDelay->setSingleShot(true);
    m_checkDelay->setInterval(checkDelayMs);
    connect(m_checkDelay, &QTimer::timeout, this, &TemplateEditorDialog::check);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &TemplateEditorDialog::searchCustomers);

    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_body->document());
    applyHighlighting();

    if (existing)
        load(*existing);
    setReadOnly(existing && !TemplateService::canEdit(m_actor, *existing));

    for (QLineEdit *edit : { m_name, m_shortcode, m_subject })
        connect(edit, &QLineEdit::textChanged, this, &TemplateEditorDialog::scheduleCheck);
    connect(m_category, &QComboBox::currentTextChanged, this, &TemplateEditorDialog::scheduleCheck);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &TemplateEditorDialog::scheduleCheck);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &TemplateEditorDialog::scheduleCheck);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplateEditorDialog::scheduleCheck);
    connect(m_body, &LengthLimitedTextEdit::refused, this, [this](qsizetype resulting, qsizetype longest) {
        m_status->setText(tr("The pasted text was not added: the template's text would have %1 characters, "
                             "%2 at most.")
                .arg(locale().toString(resulting), locale().toString(longest)));
    });
    connect(m_customerSearch, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_previewCustomer, &QComboBox::currentIndexChanged, this, &TemplateEditorDialog::previewCustomerChosen);
    connect(m_problemList, &QListWidget::itemActivated, this, &TemplateEditorDialog::showProblemAt);
    connect(m_problemList, &QListWidget::itemClicked, this, &TemplateEditorDialog::showProblemAt);

    previewCustomerChosen(0);
    check();
    m_name->setFocus();
}

TemplateEditorDialog::~TemplateEditorDialog() = default;

void TemplateEditorDialog::applyHighlighting()
{
    // The theme follows the palette, so the text stays readable in a dark desktop.
    SyntaxHighlighting::followPalette(m_highlighter, m_body);
    m_highlighter->setDefinition(SyntaxHighlighting::repository().definitionForFileName(templateFileName));
}

void TemplateEditorDialog::fillCategories()
{
    QStringList stored = TemplateCategories::defaults();
    try {
        for (const QString &category : m_templates.categories(m_actor)) {
            if (!stored.contains(category))
                stored.append(category);
        }
    } catch (const Error &error) {
        m_status->setText(error.message());
    }
    for (const QString &category : std::as_const(stored))
        m_category->addItem(TemplateCategories::displayName(category), category);
    m_category->setCurrentIndex(-1);
    m_category->setEditText(QString());
}

void TemplateEditorDialog::fillChannels()
{
    m_channel->addItem(tr("Any channel"), -1);
    for (const Channel channel : allValues<Channel>()) {
        if (channel != Channel::Internal)
            m_channel->addItem(displayName(channel), int(channel));
    }
}

void TemplateEditorDialog::load(const ReplyTemplate &replyTemplate)
{
    m_name->setText(replyTemplate.name);
    m_category->setEditText(TemplateCategories::displayName(replyTemplate.category));
    m_shortcode->setText(replyTemplate.shortcode);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(replyTemplate.channel ? int(*replyTemplate.channel) : -1)));
    const TemplateScope scope = replyTemplate.ownerId ? TemplateScope::Personal : TemplateScope::Shared;
    if (m_scope->findData(int(scope)) < 0)
        m_scope->addItem(tr("Shared with the team"), int(TemplateScope::Shared));
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
    m_referral->setChecked(replyTemplate.referralRequest);
    m_subject->setText(replyTemplate.subject);
    m_body->setPlainText(replyTemplate.body);
}

void TemplateEditorDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_name->setReadOnly(readOnly);
    m_category->setEnabled(!readOnly);
    m_shortcode->setReadOnly(readOnly);
    m_channel->setEnabled(!readOnly);
    m_scope->setEnabled(!readOnly);
    m_referral->setEnabled(!readOnly);
    m_subject->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
    m_save->setVisible(!readOnly);
    if (readOnly)
        m_status->setText(tr("Shared templates are changed by team leads; you can read this one and copy from it."));
}

ReplyTemplate TemplateEditorDialog::enteredTemplate() const
{
    ReplyTemplate replyTemplate = m_existing.value_or(ReplyTemplate {});
    replyTemplate.name = m_name->text();
    // A picked default category is shown translated but stored by its English name.
    const int categoryIndex = m_category->findText(m_category->currentText(), Qt::MatchFixedString);
    replyTemplate.category = categoryIndex >= 0 ? m_category->itemData(categoryIndex).toString()
                                                : TemplateCategories::storedNameFor(m_category->currentText());
    replyTemplate.shortcode = m_shortcode->text();
    const int channel = m_channel->currentData().toInt();
    replyTemplate.channel = channel < 0 ? std::nullopt : std::optional(static_cast<Channel>(channel));
    const bool shared = m_scope->currentData().toInt() == int(TemplateScope::Shared);
    replyTemplate.ownerId = shared ? std::nullopt : std::optional(m_actor.agentId);
    replyTemplate.referralRequest = m_referral->isChecked();
    replyTemplate.subject = m_subject->text();
    replyTemplate.body = m_body->toPlainText();
    return replyTemplate;
}

void TemplateEditorDialog::scheduleCheck()
{
    updatePreview();
    updateLength();
    m_checkDelay->start();
}

void TemplateEditorDialog::check()
{
    m_checkDelay->stop();
    const ReplyTemplate entered = enteredTemplate();
    try {
        m_problems = m_templates.problemsWith(entered);
    } catch (const Error &error) {
        m_problems = { { TemplateProblem::Field::Body, error.message(), std::nullopt } };
    }
    m_problemList->clear();
    for (qsizetype i = 0; i < m_problems.size(); ++i) {
        auto *item = new QListWidgetItem(m_problems.at(i).message, m_problemList);
        item->setData(Qt::UserRole, int(i));
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    m_problemList->setVisible(!m_problems.isEmpty());
    if (!m_readOnly)
        m_status->setText(m_problems.isEmpty() ? QString() : tr("Fix the problems listed before saving."));
    updatePreview();
    updateLength();
}

void TemplateEditorDialog::showProblemAt(QListWidgetItem *item)
{
    const qsizetype index = item->data(Qt::UserRole).toInt();
    if (index < 0 || index >= m_problems.size())
        return;
    const TemplateProblem &problem = m_problems.at(index);
    if (problem.field == TemplateProblem::Field::Subject && problem.span) {
        m_subject->setFocus();
        m_subject->setSelection(int(problem.span->offset), int(qMax<qsizetype>(1, problem.span->length)));
        return;
    }
    if (problem.field == TemplateProblem::Field::Body && problem.span) {
        QTextCursor cursor(m_body->document());
        cursor.setPosition(int(problem.span->offset));
        cursor.setPosition(int(problem.span->offset + problem.span->length), QTextCursor::KeepAnchor);
        m_body->setTextCursor(cursor);
        m_body->setFocus();
        return;
    }
    switch (problem.field) {
    case TemplateProblem::Field::Name:
        m_name->setFocus();
        break;
    case TemplateProblem::Field::Category:
        m_category->setFocus();
        break;
    case TemplateProblem::Field::Shortcode:
        m_shortcode->setFocus();
        break;
    case TemplateProblem::Field::Channel:
        m_channel->setFocus();
        break;
    case TemplateProblem::Field::Subject:
        m_subject->setFocus();
        break;
    case TemplateProblem::Field::Body:
        m_body->setFocus();
        break;
    case TemplateProblem::Field::Scope:
        m_scope->setFocus();
        break;
    }
}

// The service refuses text over its limits; rendering it for the preview would only cost time that
// grows with its size (a pasted or imported megabyte froze the editor).
bool TemplateEditorDialog::tooLongToRender(const ReplyTemplate &entered)
{
    return entered.subject.size() > TemplateService::longestSubject
        || entered.body.size() > TemplateService::longestBody;
}

void TemplateEditorDialog::updatePreview()
{
    const ReplyTemplate entered = enteredTemplate();
    if (tooLongToRender(entered)) {
        m_previewSubject->clear();
        m_previewSubject->hide();
        m_preview->setPlainText(tr("Too long to preview; the problems are listed above."));
        m_preview->setExtraSelections({});
        m_preview->setToolTip(QString());
        return;
    }
    const TemplateContext context = m_previewContext.value_or(TemplateContext::sample());
    const ReplyRendering rendering = TemplateService::render(entered, context);
    m_previewSubject->setText(rendering.subject.text);
    m_previewSubject->setVisible(!rendering.subject.text.isEmpty());
    m_preview->setPlainText(rendering.body.text);
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat missingFormat;
    missingFormat.setBackground(QColor(255, 196, 0, 110));
    missingFormat.setFontUnderline(true);
    for (const TemplateMissingValue &value : rendering.body.missing) {
        QTextCursor cursor(m_preview->document());
        cursor.setPosition(int(value.renderedOffset));
        cursor.setPosition(int(value.renderedOffset + value.span.length), QTextCursor::KeepAnchor);
        marks.append({ cursor, missingFormat });
    }
    m_preview->setExtraSelections(marks);
    const QStringList missing = rendering.missingNames();
    m_preview->setToolTip(missing.isEmpty() ? QString()
                                            : tr("No value for this customer: %1. A fallback, like "
                                                 "{{customer.phone | \"your number\"}}, covers it.")
                                                  .arg(missing.join(u", "_s)));
}

void TemplateEditorDialog::updateLength()
{
    const ReplyTemplate entered = enteredTemplate();
    if (tooLongToRender(entered)) {
        m_length->setText(tr("Too long to count with sample values"));
        m_length->setPalette(palette());
        return;
    }
    const qsizetype length = TemplateService::typicalLength(entered.body);
    QPalette lengthPalette = palette();
    if (const std::optional<qsizetype> limit = TemplateService::lengthLimit(entered.channel);
        limit && entered.channel) {
        m_length->setText(tr("%1 of %2 characters on %3, with sample values")
                .arg(length)
                .arg(*limit)
                .arg(displayName(*entered.channel)));
        if (length > *limit)
            lengthPalette.setColor(QPalette::WindowText, tooLongColor);
    } else {
        m_length->setText(tr("%n characters with sample values", nullptr, int(length)));
    }
    m_length->setPalette(lengthPalette);
}

void TemplateEditorDialog::searchCustomers()
{
    const QString text = m_customerSearch->text().trimmed();
    const Id chosen = m_previewCustomer->currentData().toLongLong();
    QSignalBlocker blocker(m_previewCustomer);
    while (m_previewCustomer->count() > 1)
        m_previewCustomer->removeItem(1);
    if (!text.isEmpty()) {
        try {
            for (const Customer &customer : m_customers.search(text, std::nullopt, customerMatches).customers)
                m_previewCustomer->addItem(customer.displayName(), customer.id);
        } catch (const Error &error) {
            m_status->setText(error.message());
        }
    }
    const int row
        = text.isEmpty() ? qMax(0, m_previewCustomer->findData(chosen)) : qMin(1, m_previewCustomer->count() - 1);
    m_previewCustomer->setCurrentIndex(row);
    blocker.unblock();
    previewCustomerChosen(row);
}

void TemplateEditorDialog::setPreviewCustomer(Id customerId)
{
    try {
        const std::optional<Customer> customer = m_customers.customer(customerId);
        if (!customer)
            return;
        int row = m_previewCustomer->findData(customerId);
        if (row < 0) {
            m_previewCustomer->addItem(customer->displayName(), customer->id);
            row = m_previewCustomer->count() - 1;
        }
        m_previewCustomer->setCurrentIndex(row);
        previewCustomerChosen(row);
    } catch (const Error &error) {
        m_status->setText(error.message());
    }
}

void TemplateEditorDialog::previewCustomerChosen(int index)
{
    const Id customerId = index >= 0 ? m_previewCustomer->itemData(index).toLongLong() : 0;
    m_previewContext.reset();
    if (customerId > 0) {
        try {
            m_previewContext = m_templates.contextFor(m_actor, customerId);
        } catch (const Error &error) {
            m_status->setText(error.message());
        }
    }
    updatePreview();
}

bool TemplateEditorDialog::save()
{
    if (m_readOnly)
        return false;
    check();
    if (!m_problems.isEmpty())
        return false;
    try {
        const ReplyTemplate entered = enteredTemplate();
        if (m_existing) {
            m_templates.update(m_actor, entered);
            m_savedId = entered.id;
        } else {
            m_savedId = m_templates.create(m_actor, entered);
        }
    } catch (const Error &error) {
        m_status->setText(error.message());
        return false;
    }
    m_status->setText(tr("Saved."));
    return true;
}

} // namespace tandem

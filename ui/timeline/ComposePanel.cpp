// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timeline/ComposePanel.h"

#include "InteractionIcons.h"
#include "domain/Error.h"
#include "domain/QuotedTail.h"
#include "kb/ArticleSuggestions.h"
#include "services/DraftStore.h"
#include "services/TemplateService.h"
#include "services/TimelineService.h"
#include "templates/ParagraphInsertion.h"
#include "templates/TemplatePickerDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

struct TypeInfo
{
    ComposePanel::EntryType type;
    InteractionKind kind;
    Channel channel;
    Direction direction;
};

constexpr std::array<TypeInfo, 9> typeInfos { {
    { ComposePanel::EntryType::CallSummary, InteractionKind::Call, Channel::Phone, Direction::Inbound },
    { ComposePanel::EntryType::Email, InteractionKind::Message, Channel::Email, Direction::Outbound },
    { ComposePanel::EntryType::ChatTranscript, InteractionKind::Message, Channel::LiveChat, Direction::Inbound },
    { ComposePanel::EntryType::SocialMessage, InteractionKind::Message, Channel::Social, Direction::Inbound },
    { ComposePanel::EntryType::Note, InteractionKind::Note, Channel::Internal, Direction::Internal },
    { ComposePanel::EntryType::Complaint, InteractionKind::Complaint, Channel::Phone, Direction::Inbound },
    { ComposePanel::EntryType::Order, InteractionKind::Order, Channel::Email, Direction::Inbound },
    { ComposePanel::EntryType::Refund, InteractionKind::Refund, Channel::Email, Direction::Outbound },
    { ComposePanel::EntryType::SurveyAnswer, InteractionKind::Feedback, Channel::Email, Direction::Inbound },
} };

const TypeInfo &infoOf(ComposePanel::EntryType type)
{
    return typeInfos.at(std::size_t(type));
}

QString typeName(ComposePanel::EntryType type)
{
    switch (type) {
    case ComposePanel::EntryType::CallSummary:
        return ComposePanel::tr("Call summary");
    case ComposePanel::EntryType::Email:
        return ComposePanel::tr("Email");
    case ComposePanel::EntryType::ChatTranscript:
        return ComposePanel::tr("Chat transcript");
    case ComposePanel::EntryType::SocialMessage:
        return ComposePanel::tr("Social media message");
    case ComposePanel::EntryType::Note:
        return ComposePanel::tr("Internal note");
    case ComposePanel::EntryType::Complaint:
        return ComposePanel::tr("Complaint");
    case ComposePanel::EntryType::Order:
        return ComposePanel::tr("Order");
    case ComposePanel::EntryType::Refund:
        return ComposePanel::tr("Refund");
    case ComposePanel::EntryType::SurveyAnswer:
        return ComposePanel::tr("Survey answer");
    }
    return {};
}

} // namespace

ComposePanel::ComposePanel(
    TimelineService &timeline, const DraftStore &drafts, QString workspace, Actor actor, QWidget *parent)
    : QWidget(parent),
      m_timeline(timeline),
      m_drafts(drafts),
      m_workspace(std::move(workspace)),
      m_actor(std::move(actor)),
      m_type(new QComboBox(this)),
      m_channel(new QComboBox(this)),
      m_direction(new QComboBox(this)),
      m_subject(new QLineEdit(this)),
      m_body(new QPlainTextEdit(this)),
      m_complaintBox(new QWidget(this)),
      m_cause(new QComboBox(this)),
      m_amountBox(new QWidget(this)),
      m_amount(new QDoubleSpinBox(this)),
      m_surveyBox(new QWidget(this)),
      m_surveyKind(new QComboBox(this)),
      m_score(new QSpinBox(this)),
      m_status(new QLabel(this)),
      m_log(new QPushButton(tr("&Log"), this)),
      m_pickTemplate(new QPushButton(tr("&Template…"), this)),
      m_articles(new ArticleSuggestions(m_actor, this)),
      m_draftDelay(new QTimer(this))
{
    for (const TypeInfo &info : typeInfos)
        m_type->addItem(info.kind == InteractionKind::Message ? InteractionIcons::icon(info.channel)
                                                              : InteractionIcons::icon(info.kind),
            typeName(info.type), int(info.type));
    m_type->setAccessibleName(tr("What to log"));
    for (const Channel channel : allValues<Channel>())
        m_channel->addItem(InteractionIcons::icon(channel), displayName(channel), int(channel));
    m_channel->setAccessibleName(tr("Channel"));
    for (const Direction direction : allValues<Direction>())
        m_direction->addItem(InteractionIcons::icon(direction), displayName(direction), int(direction));
    m_direction->setAccessibleName(tr("Direction"));
    m_subject->setPlaceholderText(tr("Subject"));
    m_subject->setAccessibleName(tr("Subject"));
    m_body->setPlaceholderText(tr("What was said or done (Ctrl+Enter logs it)"));
    m_body->setAccessibleName(tr("Text to log"));
    m_body->setTabChangesFocus(true);

    // Complaint: cause and the L.E.A.S.T. steps.
    auto *addCause = new QPushButton(tr("New Cause…"), m_complaintBox);
    auto *complaintLayout = new QVBoxLayout(m_complaintBox);
    complaintLayout->setContentsMargins(0, 0, 0, 0);
    auto *causeRow = new QHBoxLayout;
    auto *causeLabel = new QLabel(tr("C&ause:"), m_complaintBox);
    causeLabel->setBuddy(m_cause);
    causeRow->addWidget(causeLabel);
    causeRow->addWidget(m_cause, 1);
    causeRow->addWidget(addCause);
    complaintLayout->addLayout(causeRow);
    auto *steps = new QHBoxLayout;
    for (const QString &step : { tr("Listen"), tr("Empathize"), tr("Apologize"), tr("Solve"), tr("Thank") }) {
        auto *box = new QCheckBox(step, m_complaintBox);
        m_leastSteps.append(box);
        steps->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ComposePanel::saveDraftSoon);
    }
    steps->addStretch();
    complaintLayout->addLayout(steps);
    m_cause->setParent(m_complaintBox);

    auto *amountLayout = new QHBoxLayout(m_amountBox);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    m_amount->setParent(m_amountBox);
    m_amount->setRange(0, 10'000'000);
    m_amount->setDecimals(2);
    m_amount->setSuffix(u" €"_s);
    m_amount->setAccessibleName(tr("Amount"));
    auto *amountLabel = new QLabel(tr("A&mount:"), m_amountBox);
    amountLabel->setBuddy(m_amount);
    amountLayout->addWidget(amountLabel);
    amountLayout->addWidget(m_amount);
    amountLayout->addStretch();

    auto *surveyLayout = new QHBoxLayout(m_surveyBox);
    surveyLayout->setContentsMargins(0, 0, 0, 0);
    m_surveyKind->setParent(m_surveyBox);
    m_score->setParent(m_surveyBox);
    for (const SurveyKind kind : allValues<SurveyKind>())
        m_surveyKind->addItem(displayName(kind), int(kind));
    m_surveyKind->setAccessibleName(tr("Survey"));
    m_score->setAccessibleName(tr("Score"));
    auto *scoreLabel = new QLabel(tr("Sc&ore:"), m_surveyBox);
    scoreLabel->setBuddy(m_score);
    surveyLayout->addWidget(m_surveyKind);
    surveyLayout->addWidget(scoreLabel);
    surveyLayout->addWidget(m_score);
    surveyLayout->addStretch();

    m_status->setObjectName(u"composeStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *top = new QHBoxLayout;
    top->addWidget(m_type, 2);
    top->addWidget(m_channel, 1);
    top->addWidget(m_direction, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_pickTemplate);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_log);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_subject);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_articles);
    layout->addWidget(m_complaintBox);
    layout->addWidget(m_amountBox);
    layout->addWidget(m_surveyBox);
    layout->addLayout(bottom);

    m_articles->setReplyEdit(m_body);
    // An article inserted into a message makes it a reply, as a template does.
    connect(m_articles, &ArticleSuggestions::inserted, this, [this] {
        markAsReply();
        saveDraftSoon();
    });
    m_draftDelay->setSingleShot(true);
    m_draftDelay->setInterval(300);
    connect(m_draftDelay, &QTimer::timeout, this, &ComposePanel::saveDraftNow);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_restoring) {
            const TypeInfo &info = infoOf(EntryType(m_type->currentData().toInt()));
            m_channel->setCurrentIndex(m_channel->findData(int(info.channel)));
            m_direction->setCurrentIndex(m_direction->findData(int(info.direction)));
        }
        updateFieldsForType();
        saveDraftSoon();
    });
    connect(m_surveyKind, &QComboBox::currentIndexChanged, this, [this] {
        const auto [lowest, highest] = TimelineService::scaleOf(SurveyKind(m_surveyKind->currentData().toInt()));
        m_score->setRange(lowest, highest);
        saveDraftSoon();
    });
    for (QComboBox *box : { m_channel, m_direction, m_cause })
        connect(box, &QComboBox::currentIndexChanged, this, &ComposePanel::saveDraftSoon);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposePanel::saveDraftSoon);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ComposePanel::saveDraftSoon);
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &ComposePanel::saveDraftSoon);
    connect(m_score, &QSpinBox::valueChanged, this, &ComposePanel::saveDraftSoon);
    connect(m_log, &QPushButton::clicked, this, &ComposePanel::logEntry);
    m_pickTemplate->setVisible(false);
    m_pickTemplate->setToolTip(tr("Insert a reply template (%1)")
            .arg(TemplatePickerDialog::defaultShortcut().toString(QKeySequence::NativeText)));
    connect(m_pickTemplate, &QPushButton::clicked, this, [this] { pickTemplate(); });
    auto *templateShortcut = new QShortcut(TemplatePickerDialog::defaultShortcut(), this);
    templateShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(templateShortcut, &QShortcut::activated, this, [this] { pickTemplate(); });
    auto *logShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    logShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(logShortcut, &QShortcut::activated, this, &ComposePanel::logEntry);
    connect(addCause, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name
            = QInputDialog::getText(this, tr("New Complaint Cause"), tr("Cause:"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        try {
            const Id id = m_timeline.addComplaintCause(m_actor, name);
            reloadCauses();
            m_cause->setCurrentIndex(m_cause->findData(id));
        } catch (const Error &error) {
            m_status->setText(error.message());
        }
    });

    // Tab reaches Log last, after everything that belongs to the entry: Tab then Space cannot log a
    // complaint before its cause and L.E.A.S.T. steps were passed.
    QList<QWidget *> tabChain { m_type, m_channel, m_direction, m_subject, m_body, m_cause, addCause };
    for (QCheckBox *box : std::as_const(m_leastSteps))
        tabChain.append(box);
    tabChain << m_amount << m_surveyKind << m_score << m_pickTemplate << m_log;
    for (qsizetype i = 1; i < tabChain.size(); ++i)
        setTabOrder(tabChain.at(i - 1), tabChain.at(i));

    reloadCauses();
    const TypeInfo &first = typeInfos.front();
    m_channel->setCurrentIndex(m_channel->findData(int(first.channel)));
    m_direction->setCurrentIndex(m_direction->findData(int(first.direction)));
    m_surveyKind->setCurrentIndex(0);
    m_score->setRange(1, 5);
    updateFieldsForType();
    setEnabled(false);
}

ComposePanel::~ComposePanel()
{
    if (m_draftDelay->isActive())
        saveDraftNow();
}

void ComposePanel::reloadCauses()
{
    const QVariant current = m_cause->currentData();
    m_cause->clear();
    try {
        for (const auto &[id, name] : m_timeline.complaintCauses())
            m_cause->addItem(name, id);
    } catch (const Error &error) {
        m_status->setText(error.message());
    }
    m_cause->setCurrentIndex(qMax(0, m_cause->findData(current)));
}

void ComposePanel::setTemplateService(TemplateService *templates)
{
    m_templates = templates;
    m_pickTemplate->setVisible(templates != nullptr);
}

bool ComposePanel::pickTemplate(const std::optional<Escalation> &handedOff)
{
    if (!m_templates || m_customerId == 0)
        return false;
    TemplatePickerDialog picker(*m_templates, m_actor, m_customerId, this);
    picker.setChannel(Channel(m_channel->currentData().toInt()));
    if (handedOff)
        picker.showHandoff(*handedOff);
    if (const std::optional<Article> article = m_articles->currentArticle())
        picker.setArticle(article->id, article->title, m_articles->currentLink());
    if (picker.exec() != QDialog::Accepted || !picker.chosenTemplateId())
        return false;
    // The entry stays what the agent said it is (a complaint stays a complaint, with its cause and steps);
    // a message written from a template is a reply.
    markAsReply();
    if (m_subject->text().isEmpty())
        m_subject->setText(picker.insertedSubject());
    insertText(picker.insertedText(), int(picker.caretPosition()));
    m_templateUsed = picker.chosenTemplateId();
    if (const std::optional<Id> articleId = picker.insertedArticleId())
        m_articles->addUse({ *articleId, ArticleInsertion::Placeholder });
    return true;
}

void ComposePanel::markAsReply()
{
    const auto type = EntryType(m_type->currentData().toInt());
    if (type == EntryType::Email || type == EntryType::ChatTranscript || type == EntryType::SocialMessage)
        m_direction->setCurrentIndex(m_direction->findData(int(Direction::Outbound)));
}

void ComposePanel::setArticleService(ArticleService *articles)
{
    m_articles->setArticleService(articles);
}

void ComposePanel::suggestArticlesFor(const std::optional<Interaction> &entry)
{
    if (entry && entry->customerId == m_customerId && entry->direction == Direction::Inbound
        && entry->kind == InteractionKind::Message)
        m_articles->setCustomerMessage(entry->subject + u'\n' + splitQuotedTail(entry->body).text);
}

void ComposePanel::updateFieldsForType()
{
    const auto type = EntryType(m_type->currentData().toInt());
    m_complaintBox->setVisible(type == EntryType::Complaint);
    m_amountBox->setVisible(type == EntryType::Order || type == EntryType::Refund);
    m_surveyBox->setVisible(type == EntryType::SurveyAnswer);
}

void ComposePanel::setEntryType(EntryType type)
{
    m_type->setCurrentIndex(m_type->findData(int(type)));
}

void ComposePanel::insertText(const QString &text, int caret)
{
    insertAsParagraph(m_body, text, caret);
}

QJsonObject ComposePanel::draft() const
{
    QJsonArray steps;
    for (const QCheckBox *box : m_leastSteps)
        steps.append(box->isChecked());
    QJsonObject draft { { u"type"_s, m_type->currentData().toInt() },
        { u"channel"_s, m_channel->currentData().toInt() }, { u"direction"_s, m_direction->currentData().toInt() },
        { u"subject"_s, m_subject->text() }, { u"body"_s, m_body->toPlainText() },
        { u"cause"_s, m_cause->currentText() }, { u"least"_s, steps }, { u"amount"_s, m_amount->value() },
        { u"survey"_s, m_surveyKind->currentData().toInt() }, { u"score"_s, m_score->value() } };
    // The articles inserted so far count as used when the entry is logged, after a restart too.
    if (!m_articles->uses().isEmpty())
        draft.insert(u"articles"_s, ArticleSuggestions::usesJson(m_articles->uses()));
    return draft;
}

void ComposePanel::restoreDraft(const QJsonObject &draft)
{
    m_restoring = true;
    m_type->setCurrentIndex(qMax(0, m_type->findData(draft.value(u"type"_s).toInt())));
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(draft.value(u"channel"_s).toInt())));
    m_direction->setCurrentIndex(qMax(0, m_direction->findData(draft.value(u"direction"_s).toInt())));
    m_subject->setText(draft.value(u"subject"_s).toString());
    m_body->setPlainText(draft.value(u"body"_s).toString());
    m_cause->setCurrentIndex(qMax(0, m_cause->findText(draft.value(u"cause"_s).toString())));
    const QJsonArray steps = draft.value(u"least"_s).toArray();
    for (qsizetype i = 0; i < m_leastSteps.size(); ++i)
        m_leastSteps.at(i)->setChecked(steps.at(i).toBool());
    m_amount->setValue(draft.value(u"amount"_s).toDouble());
    m_surveyKind->setCurrentIndex(qMax(0, m_surveyKind->findData(draft.value(u"survey"_s).toInt())));
    m_score->setValue(draft.value(u"score"_s).toInt());
    m_articles->setUses(ArticleSuggestions::usesFrom(draft.value(u"articles"_s).toArray()));
    m_restoring = false;
    updateFieldsForType();
}

void ComposePanel::clearForm()
{
    m_restoring = true;
    m_subject->clear();
    m_body->clear();
    for (QCheckBox *box : std::as_const(m_leastSteps))
        box->setChecked(false);
    m_amount->setValue(0);
    m_templateUsed.reset();
    m_articles->clearUses();
    m_restoring = false;
}

void ComposePanel::setCustomer(Id customerId)
{
    if (m_draftDelay->isActive()) {
        m_draftDelay->stop();
        saveDraftNow();
    }
    if (customerId != m_customerId)
        m_articles->setCustomerMessage(QString());
    m_customerId = customerId;
    setEnabled(customerId != 0);
    m_status->clear();
    clearForm();
    if (customerId == 0)
        return;
    if (const std::optional<QJsonObject> saved = m_drafts.load(m_workspace, m_actor.agentId, customerId)) {
        restoreDraft(*saved);
        m_status->setText(tr("Draft restored."));
    }
}

void ComposePanel::saveDraftSoon()
{
    // "Logged." was about the entry before; beside a new draft it would read as if this one were logged.
    if (!m_restoring && std::exchange(m_saidLogged, false))
        m_status->clear();
    if (!m_restoring && m_customerId != 0)
        m_draftDelay->start();
}

void ComposePanel::saveDraftNow()
{
    if (m_customerId == 0)
        return;
    try {
        m_drafts.save(m_workspace, m_actor.agentId, m_customerId, draft());
    } catch (const Error &error) {
        m_status->setText(error.message());
    }
}

bool ComposePanel::logEntry()
{
    if (m_customerId == 0)
        return false;
    const auto type = EntryType(m_type->currentData().toInt());
    const TypeInfo &info = infoOf(type);
    Interaction interaction;
    interaction.customerId = m_customerId;
    interaction.kind = info.kind;
    interaction.channel = Channel(m_channel->currentData().toInt());
    interaction.direction = Direction(m_direction->currentData().toInt());
    interaction.subject = m_subject->text().trimmed();
    interaction.body = m_body->toPlainText();
    std::optional<SurveyResponse> survey;
    if (type == EntryType::Complaint) {
        if (m_cause->currentIndex() >= 0)
            interaction.complaintCauseId = m_cause->currentData().toLongLong();
        QStringList done;
        for (const QCheckBox *box : std::as_const(m_leastSteps)) {
            if (box->isChecked())
                done.append(box->text());
        }
        if (!done.isEmpty())
            interaction.body += u"\n\n"_s + tr("L.E.A.S.T. steps taken: %1").arg(done.join(u", "_s));
    } else if (type == EntryType::Order || type == EntryType::Refund) {
        const auto cents = qint64(std::llround(m_amount->value() * 100));
        interaction.amountCents = type == EntryType::Refund ? -cents : cents;
        interaction.currency = u"EUR"_s;
    } else if (type == EntryType::SurveyAnswer) {
        SurveyResponse response;
        response.kind = SurveyKind(m_surveyKind->currentData().toInt());
        response.score = m_score->value();
        response.comment = interaction.body;
        survey = response;
        if (interaction.subject.isEmpty())
            interaction.subject = tr("%1 answer: %2").arg(displayName(response.kind)).arg(response.score);
    }
    if (interaction.subject.isEmpty() && interaction.body.trimmed().isEmpty()) {
        m_status->setText(tr("Write a subject or some text first."));
        return false;
    }
    try {
        // A reply written from a template goes out through the template service, which counts the use
        // and links referral requests.
        const bool fromTemplate = m_templates && m_templateUsed && interaction.kind == InteractionKind::Message
            && interaction.direction == Direction::Outbound;
        const Id id = fromTemplate
            ? m_templates->sendReply(m_actor,
                  { m_customerId, *m_templateUsed, interaction.channel, interaction.subject, interaction.body },
                  m_articles->uses())
            : m_timeline.logInteraction(m_actor, interaction, survey, m_articles->uses());
        m_templateUsed.reset();
        m_drafts.discard(m_workspace, m_actor.agentId, m_customerId);
        clearForm();
        m_status->setText(tr("Logged."));
        m_saidLogged = true;
        emit logged(id);
        return true;
    } catch (const Error &error) {
        // The draft stays on disk and in the form; nothing typed is lost.
        saveDraftNow();
        m_status->setText(tr("Not logged: %1 Your text is kept as a draft.").arg(error.message()));
        return false;
    }
}

} // namespace tandem

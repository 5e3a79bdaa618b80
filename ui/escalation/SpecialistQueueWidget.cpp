// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/SpecialistQueueWidget.h"

#include "LengthLimitedTextEdit.h"
#include "MessageBanner.h"
#include "domain/Error.h"
#include "escalation/AddInformationDialog.h"
#include "escalation/AnswerDialog.h"
#include "escalation/EscalationActionDialog.h"
#include "escalation/EscalationQueueDelegate.h"
#include "escalation/EscalationQueueModel.h"
#include "escalation/HandoffCard.h"
#include "services/ArticleService.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

SpecialistQueueWidget::SpecialistQueueWidget(EscalationService &service, Actor actor, QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_actor(std::move(actor)),
      m_model(nullptr),
      m_queue(new QComboBox(this)),
      m_category(new QComboBox(this)),
      m_severity(new QComboBox(this)),
      m_search(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_view(new QListView(this)),
      m_card(new HandoffCard(service, m_actor, this)),
      m_message(new MessageBanner(this)),
      m_turnIntoArticle(new QPushButton(tr("Turn into &Article"), this))
{
    // Connected before the model is made, so it runs before the model rearranges its rows.
    connect(&m_service, &EscalationService::queueChanged, this, [this] { m_following = m_selectedId; });
    m_model = new EscalationQueueModel(service, m_actor, this);
    connect(&m_service, &EscalationService::changed, this, &SpecialistQueueWidget::afterChange);

    setObjectName(u"specialistQueue"_s);
    if (m_actor.role != Role::ServiceRep) {
        m_queue->addItem(tr("Support queue"), int(EscalationQueue::Support));
        m_queue->addItem(tr("Unclaimed"), int(EscalationQueue::Unclaimed));
        m_queue->addItem(tr("Assigned to me"), int(EscalationQueue::AssignedToMe));
    }
    if (m_actor.role != Role::SupportSpecialist) {
        m_queue->addItem(tr("Escalated by me"), int(EscalationQueue::EscalatedByMe));
        m_queue->addItem(tr("Returned to me"), int(EscalationQueue::ReturnedToMe));
    }
    if (m_actor.role != Role::ServiceRep)
        m_queue->addItem(tr("Resolved"), int(EscalationQueue::Resolved));
    m_queue->setAccessibleName(tr("Queue"));
    m_queue->setObjectName(u"queueChoice"_s);
    m_category->addItem(tr("Any category"), -1);
    for (const EscalationCategory category : allValues<EscalationCategory>())
        m_category->addItem(displayName(category), int(category));
    m_category->setAccessibleName(tr("Category"));
    m_severity->addItem(tr("Any severity"), -1);
    for (const Severity severity : allValues<Severity>())
        m_severity->addItem(displayName(severity), int(severity));
    m_severity->setAccessibleName(tr("Severity"));
    m_search->setObjectName(u"queueSearch"_s);
    m_search->setPlaceholderText(tr("Search number, customer, summary (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search escalations"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(420);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    auto *filters = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_queue);
    filters->addWidget(showLabel);
    filters->addWidget(m_queue);
    filters->addWidget(m_category);
    filters->addWidget(m_severity);
    filters->addWidget(m_search, 1);
    filters->addStretch(0);
    filters->addWidget(m_count);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new EscalationQueueDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Escalations"));
    m_view->setMinimumWidth(380);

    auto *actions = new QHBoxLayout;
    for (const EscalationAction action : allValues<EscalationAction>()) {
        if (action == EscalationAction::Escalate)
            continue;
        auto *button = new QPushButton(displayName(action), this);
        button->setObjectName(keyOf(action) + u"Button"_s);
        connect(button, &QPushButton::clicked, this, [this, action] { askAndPerform(action); });
        m_buttons.insert(action, button);
        actions->addWidget(button);
        button->hide();
    }
    QPushButton *claim = m_buttons.value(EscalationAction::Claim);
    claim->setText(tr("&Claim"));
    claim->setToolTip(tr("Take this escalation; the first to claim it gets it."));
    QFont claimFont = claim->font();
    claimFont.setWeight(QFont::DemiBold);
    claim->setFont(claimFont);
    actions->addStretch(1);
    // What support solved once is written down for the whole team (issue 19).
    m_turnIntoArticle->setObjectName(u"turnIntoArticleButton"_s);
    m_turnIntoArticle->setToolTip(tr("Draft a knowledge-base article from this escalation's hand-off and "
                                     "solution, without the customer's data"));
    m_turnIntoArticle->hide();
    connect(m_turnIntoArticle, &QPushButton::clicked, this, &SpecialistQueueWidget::turnIntoArticle);
    actions->addWidget(m_turnIntoArticle);
    m_message->setObjectName(u"queueMessage"_s);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_card, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // Room for a row's summary, state and countdown side by side (in German too).
    splitter->setSizes({ 460, 640 });
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_message);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    const auto filterChanged = [this] { applyFilter(); };
    connect(m_queue, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_category, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_severity, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, filterChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SpecialistQueueWidget::showSelected);
    const auto showProblem = [this](const QString &message) { showMessage(message, true); };
    connect(m_model, &EscalationQueueModel::loadFailed, this, showProblem);
    connect(m_card, &HandoffCard::loadFailed, this, showProblem);
    connect(m_card, &HandoffCard::failed, this, showProblem);

    applyFilter();
}

void SpecialistQueueWidget::applyFilter()
{
    EscalationQueueFilter filter;
    filter.queue = EscalationQueue(m_queue->currentData().toInt());
    if (const int category = m_category->currentData().toInt(); category >= 0)
        filter.category = EscalationCategory(category);
    if (const int severity = m_severity->currentData().toInt(); severity >= 0)
        filter.severity = Severity(severity);
    filter.search = m_search->text();
    m_model->setFilter(filter);
    updateCount();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
    else
        showSelected();
}

void SpecialistQueueWidget::setQueue(EscalationQueue queue)
{
    const int index = m_queue->findData(int(queue));
    if (index >= 0)
        m_queue->setCurrentIndex(index);
}

bool SpecialistQueueWidget::openOwnEscalation(Id escalationId)
{
    setQueue(EscalationQueue::EscalatedByMe);
    if (!selectEscalation(escalationId))
        return false;
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void SpecialistQueueWidget::updateCount()
{
    try {
        const qint64 count = m_service.queueCount(m_actor, m_model->filter());
        m_count->setText(tr("%n escalation(s)", nullptr, int(qMin<qint64>(count, std::numeric_limits<int>::max()))));
    } catch (const Error &error) {
        showMessage(error.message(), true);
    }
}

Id SpecialistQueueWidget::selectedEscalationId() const
{
    return m_selectedId;
}

bool SpecialistQueueWidget::selectEscalation(Id escalationId)
{
    const int row = m_model->rowOf(escalationId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row));
    return true;
}

void SpecialistQueueWidget::showSelected()
{
    if (m_following != 0)
        return; // the queue is rearranging; afterChange() puts the selection back
    const QModelIndex current = m_view->currentIndex();
    const Id id = current.isValid() ? m_model->escalationIdAt(current.row()) : 0;
    if (id == m_selectedId && id == m_card->escalationId())
        return;
    m_selectedId = id;
    m_message->hide();
    m_reported = 0;
    m_card->showEscalation(id);
    updateActions();
    emit escalationSelected(id);
}

void SpecialistQueueWidget::afterChange()
{
    const Id kept = m_following;
    m_following = 0;
    if (kept != 0 && m_model->rowOf(kept) >= 0) {
        m_view->setCurrentIndex(m_model->index(m_model->rowOf(kept)));
        m_selectedId = kept;
    } else if (kept != 0) {
        // It left this queue: no row stands for it any more, but the card keeps showing it.
        m_following = kept;
        m_view->selectionModel()->clear();
        m_following = 0;
    }
    // An escalation that left this queue stays on the card until another is chosen.
    m_card->reload();
    updateActions();
    updateCount();
    // A step taken at another desk (the rep's answer) changes what the banner reported; it follows the card.
    if (m_reported != 0 && !m_message->isHidden())
        reportState(m_reported);
}

void SpecialistQueueWidget::setArticleService(ArticleService *articles)
{
    m_articles = articles;
    updateActions();
}

Id SpecialistQueueWidget::turnIntoArticle()
{
    const std::optional<HandoffDetails> &details = m_card->details();
    if (!m_articles || !details)
        return 0;
    try {
        // The draft is written in the language the agent works in.
        const Id id = m_articles->turnIntoArticle(
            m_actor, details->item.escalation.id, QLocale().name().section(u'_', 0, 0).toLower());
        showMessage(tr("A draft article was made from escalation #%1; check it for customer data before "
                       "publishing it.")
                        .arg(details->item.escalation.id),
            false);
        emit articleDrafted(id);
        return id;
    } catch (const Error &error) {
        showMessage(error.message(), true);
        return 0;
    }
}

void SpecialistQueueWidget::updateActions()
{
    const std::optional<HandoffDetails> &details = m_card->details();
    m_turnIntoArticle->setVisible(
        m_articles && details && !ArticleService::turnIntoArticleRefusal(m_actor, details->item.escalation));
    const QList<EscalationAction> allowed = details ? details->allowedActions : QList<EscalationAction>();
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const bool can = allowed.contains(it.key());
        if (it.key() == EscalationAction::Claim) {
            // Reps never claim; for everyone else it is there on every new escalation, greyed out when the
            // service would refuse.
            it.value()->setVisible(
                m_actor.role != Role::ServiceRep && details && details->item.escalation.state == EscalationState::New);
            it.value()->setEnabled(can);
        } else {
            it.value()->setVisible(can);
        }
    }
}

bool SpecialistQueueWidget::perform(EscalationAction action, const QString &note, const TransitionOptions &options)
{
    const std::optional<HandoffDetails> &details = m_card->details();
    if (!details || details->item.escalation.id != m_selectedId) {
        showMessage(tr("Select an escalation first."), true);
        return false;
    }
    const Id id = details->item.escalation.id;
    const int version = details->item.escalation.version;
    try {
        m_service.transition(m_actor, id, action, note, version, options);
        reportState(id);
        return true;
    } catch (const Error &error) {
        showMessage(error.message(), true);
        m_card->reload();
        updateActions();
        return false;
    }
}

void SpecialistQueueWidget::askAndPerform(EscalationAction action)
{
    const std::optional<HandoffDetails> &details = m_card->details();
    if (!details)
        return;
    if (action == EscalationAction::Answer) {
        answerSelected(*details);
        return;
    }
    if (action == EscalationAction::AddInformation) {
        addInformationToSelected(*details);
        return;
    }
    TransitionOptions options;
    bool ok = true;
    if (action == EscalationAction::Reassign) {
        QList<Agent> agents;
        try {
            agents = m_service.assignableAgents(m_actor);
        } catch (const Error &error) {
            showMessage(error.message(), true);
            return;
        }
        agents.removeIf([&](const Agent &agent) { return details->item.escalation.assignedTo == agent.id; });
        QStringList names;
        for (const Agent &agent : std::as_const(agents))
            names.append(agent.displayName + u" · "_s + displayName(agent.role));
        const QString question = tr("Give escalation #%1 to:").arg(details->item.escalation.id);
        const QString chosen = QInputDialog::getItem(this, displayName(action), question, names, 0, false, &ok);
        if (!ok || names.indexOf(chosen) < 0)
            return;
        options.assignee = agents.at(names.indexOf(chosen)).id;
    } else if (action == EscalationAction::ChangeSeverity) {
        QStringList names;
        for (const Severity severity : allValues<Severity>())
            names.append(displayName(severity) + u" — "_s + SlaPolicy::describeTargets(severity));
        const QString chosen = QInputDialog::getItem(
            this, displayName(action), tr("New severity:"), names, int(details->item.escalation.severity), false, &ok);
        if (!ok || names.indexOf(chosen) < 0)
            return;
        options.severity = Severity(names.indexOf(chosen));
    }
    if (EscalationStateMachine::needsNote(action)) {
        openActionDialog(action, options);
        return;
    }
    perform(action, {}, options);
}

EscalationActionDialog *SpecialistQueueWidget::actionDialog() const
{
    return m_actionDialog;
}

// The step's sentence needs room and the context it answers to, so it gets a dialog that stays open over the
// queue until the step is taken or the dialog closed; what was written then waits for the next time.
void SpecialistQueueWidget::openActionDialog(EscalationAction action, const TransitionOptions &options)
{
    if (m_actionDialog) {
        m_actionDialog->raise();
        m_actionDialog->activateWindow();
        return;
    }
    const std::optional<HandoffDetails> &details = m_card->details();
    if (!details)
        return;
    auto *dialog = new EscalationActionDialog(m_service, m_actor, action, *details, options, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::pair<Id, int> key { dialog->escalationId(), int(action) };
    dialog->setDraft(m_drafts.value(key));
    connect(dialog, &QDialog::finished, this, [this, dialog, key](int result) {
        if (result == QDialog::Accepted) {
            m_drafts.remove(key);
            reportState(key.first);
        } else if (dialog->note().trimmed().isEmpty()) {
            m_drafts.remove(key);
        } else {
            m_drafts.insert(key, dialog->note());
        }
    });
    m_actionDialog = dialog;
    dialog->open();
    dialog->noteEdit()->setFocus(Qt::OtherFocusReason);
}

AnswerDialog *SpecialistQueueWidget::answerDialog() const
{
    return m_answerDialog;
}

// The question and the files asked for need room, so the answer gets a dialog of its own; it stays open
// over the queue until sent or cancelled.
void SpecialistQueueWidget::answerSelected(const HandoffDetails &details)
{
    if (m_answerDialog) {
        m_answerDialog->raise();
        m_answerDialog->activateWindow();
        return;
    }
    auto *dialog = new AnswerDialog(m_service, m_actor, details, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id = dialog->escalationId()] { reportState(id); });
    m_answerDialog = dialog;
    dialog->open();
    dialog->answerEdit()->setFocus(Qt::OtherFocusReason);
}

// Like the answer, a note that may come with files gets a dialog of its own.
void SpecialistQueueWidget::addInformationToSelected(const HandoffDetails &details)
{
    auto *dialog = new AddInformationDialog(m_service, m_actor, details.item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id = dialog->escalationId()] {
        showMessage(tr("Your information was added to escalation #%1.").arg(id), false);
    });
    dialog->open();
}

void SpecialistQueueWidget::reportState(Id escalationId)
{
    const std::optional<HandoffDetails> &details = m_card->details();
    std::optional<EscalationState> state;
    if (details && details->item.escalation.id == escalationId)
        state = details->item.escalation.state;
    else if (const std::optional<EscalationListItem> item = m_service.escalation(escalationId))
        state = item->escalation.state;
    if (!state) {
        m_message->hide();
        m_reported = 0;
        return;
    }
    showMessage(tr("Escalation #%1 is now “%2”.").arg(QString::number(escalationId), displayName(*state)), false);
    m_reported = escalationId;
}

void SpecialistQueueWidget::showMessage(const QString &message, bool problem)
{
    m_reported = 0;
    if (problem)
        m_message->showError(message);
    else
        m_message->showDone(message);
}

} // namespace tandem

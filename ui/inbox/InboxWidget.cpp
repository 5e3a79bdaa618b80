// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "inbox/InboxWidget.h"

#include "ModelRoles.h"
#include "RefreshThrottle.h"
#include "domain/Error.h"
#include "domain/WorkingDays.h"
#include "inbox/ConversationPane.h"
#include "inbox/InboxDelegate.h"
#include "inbox/InboxModel.h"
#include "services/ConversationService.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFont>
#include <QHBoxLayout>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

constexpr int folderKindRole = Qt::UserRole + 1;
constexpr int folderIdRole = Qt::UserRole + 2; // the queue's or the agent's
constexpr int noFolder = -1; // a heading in the folder list

// Snoozed conversations wake at the start of the next working day.
Millis nextWorkingMorning(Millis now)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).toLocalTime().date();
    return QDateTime(addWorkingDays(today, 1), QTime(9, 0)).toMSecsSinceEpoch();
}

} // namespace

InboxWidget::InboxWidget(ConversationService &service, const DraftStore &drafts, QString workspace, const Actor &actor,
    bool readOnly, QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_actor(actor),
      m_model(new InboxModel(service, actor, this)),
      m_folders(new QListWidget(this)),
      m_sort(new QComboBox(this)),
      m_empty(new QLabel(this)),
      m_list(new QListView(this)),
      m_pane(new ConversationPane(service, drafts, std::move(workspace), actor, this)),
      m_changeDelay(new RefreshThrottle(service.clock(), changeDelayMs, this)),
      m_countdowns(new QTimer(this))
{
    m_folders->setAccessibleName(tr("Inbox folders"));
    m_folders->setObjectName(u"inboxFolders"_s);
    m_folders->setMaximumWidth(230);
    m_sort->addItem(tr("Waiting longest first"), int(InboxSort::WaitingLongest));
    m_sort->addItem(tr("Reply due first"), int(InboxSort::ResponseDue));
    m_sort->setAccessibleName(tr("Order of the conversations"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new InboxDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setObjectName(u"inboxList"_s);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(u"inboxEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 6, 0, 0);
    middleLayout->addWidget(m_sort);
    middleLayout->addWidget(m_list, 1);
    middleLayout->addWidget(m_empty);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_folders);
    splitter->addWidget(middle);
    splitter->addWidget(m_pane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({ 190, 440, 650 });
    splitter->setChildrenCollapsible(false);
    splitter->setObjectName(u"inboxSplitter"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    buildActions(readOnly);
    m_pane->setReadOnly(readOnly);
    rebuildFolders();

    connect(m_folders, &QListWidget::currentRowChanged, this, &InboxWidget::folderChosen);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &InboxWidget::folderChosen);
    connect(m_model, &InboxModel::loadFailed, this, &InboxWidget::failed);
    connect(m_pane, &ConversationPane::failed, this, &InboxWidget::failed);
    connect(m_pane, &ConversationPane::openTimelineRequested, this, &InboxWidget::openTimelineRequested);
    connect(m_pane, &ConversationPane::escalateRequested, this, &InboxWidget::escalateRequested);
    connect(m_pane, &ConversationPane::openEscalationRequested, this, &InboxWidget::openEscalationRequested);
    connect(m_pane, &ConversationPane::sent, this, [this] { emit done(tr("Reply queued to be sent.")); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { m_pane->setConversation(m_model->conversationIdAt(current.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showWhetherEmpty();
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        else
            m_pane->setConversation(0);
    });
    // Another desk's change comes row by row: the first conversation in an empty folder, the last one leaving.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxWidget::showWhetherEmpty);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InboxWidget::showWhetherEmpty);
    // Bursts of changes (a bulk close, another desk's triage) are read once, and a team's steady stream of
    // them at least every changeDelayMs.
    connect(&m_service, &ConversationService::changed, m_changeDelay, &RefreshThrottle::notice);
    connect(&m_service, &ConversationService::listChanged, this,
        [this](const ConversationListChange &change) { accumulate(m_listChange, change); });
    connect(m_changeDelay, &RefreshThrottle::refresh, this, &InboxWidget::applyChanges);
    m_countdowns->setInterval(30'000);
    connect(m_countdowns, &QTimer::timeout, m_model, &InboxModel::refreshCountdowns);
    m_countdowns->start();

    // rebuildFolders() chose the first folder quietly: read it now (a row already current signals nothing).
    folderChosen();
}

InboxWidget::~InboxWidget() = default;

void InboxWidget::buildActions(bool readOnly)
{
    const auto add = [this](const QString &text, const QKeySequence &keys, auto slot, bool writes) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        // Plain letters while the inbox has the focus; typing in the reply box is typing.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_triageActions.append(action);
        action->setProperty("writes", writes);
        return action;
    };
    add(tr("&Next Conversation"), QKeySequence(Qt::Key_J), [this] { moveCurrent(1); }, false);
    add(tr("&Previous Conversation"), QKeySequence(Qt::Key_K), [this] { moveCurrent(-1); }, false);
    add(tr("&Reply"), QKeySequence(Qt::Key_R), [this] { m_pane->focusReply(); }, true);
    add(
        tr("&Assign to Me"), QKeySequence(Qt::Key_A),
        [this] {
            onSelection([this](const QList<Id> &ids) { m_service.assign(m_actor, ids, m_actor.agentId); },
                tr("Assigned to you."));
        },
        true);
    add(
        tr("&Unassign"), QKeySequence(Qt::SHIFT | Qt::Key_A),
        [this] {
            onSelection(
                [this](const QList<Id> &ids) { m_service.assign(m_actor, ids, std::nullopt); }, tr("Unassigned."));
        },
        true);
    add(tr("&Snooze Until Next Working Day"), QKeySequence(Qt::Key_S), [this] { snoozeSelection(); }, true);
    add(
        tr("&Close"), QKeySequence(Qt::Key_E),
        [this] { onSelection([this](const QList<Id> &ids) { m_service.close(m_actor, ids); }, tr("Closed.")); }, true);
    add(
        tr("Re&open"), QKeySequence(Qt::SHIFT | Qt::Key_E),
        [this] { onSelection([this](const QList<Id> &ids) { m_service.reopen(m_actor, ids); }, tr("Reopened.")); },
        true);
    if (m_actor.role == Role::TeamLead)
        add(tr("Assign &To…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { assignSelectionTo(); }, true);
    add(tr("&Tag…"), QKeySequence(Qt::Key_T), [this] { tagSelection(); }, true);
    add(
        tr("Mark &Urgent"), QKeySequence(Qt::Key_U),
        [this] {
            onSelection(
                [this](const QList<Id> &ids) { m_service.setPriority(m_actor, ids, ConversationPriority::Urgent); },
                tr("Marked urgent."));
        },
        true);
    // Shown once there is an escalation service to escalate with (setEscalationService).
    m_escalateAction = add(tr("&Escalate to Support…"), QKeySequence(), [this] { m_pane->requestEscalation(); }, true);
    m_escalateAction->setVisible(false);
    for (QAction *action : std::as_const(m_triageActions))
        action->setEnabled(!(readOnly && action->property("writes").toBool()));
}

void InboxWidget::setTemplateService(TemplateService *templates)
{
    m_pane->setTemplateService(templates);
}

void InboxWidget::setEscalationService(EscalationService *escalations)
{
    m_pane->setEscalationService(escalations);
    m_escalateAction->setVisible(escalations != nullptr && m_actor.role != Role::SupportSpecialist);
}

void InboxWidget::rebuildFolders()
{
    try {
        m_queues = m_service.queues();
    } catch (const Error &error) {
        emit failed(error.message());
    }
    const QSignalBlocker quiet(m_folders);
    const int current = m_folders->currentRow();
    m_folders->clear();
    const auto add = [this](const QString &name, InboxFolderKind kind, Id id = 0) {
        auto *item = new QListWidgetItem(name, m_folders);
        item->setData(folderKindRole, int(kind));
        item->setData(folderIdRole, id);
        item->setData(Qt::AccessibleTextRole, name);
    };
    add(tr("Mine"), InboxFolderKind::Mine);
    add(tr("Unassigned"), InboxFolderKind::Unassigned);
    add(tr("All open"), InboxFolderKind::AllOpen);
    add(tr("Snoozed"), InboxFolderKind::Snoozed);
    add(tr("Closed"), InboxFolderKind::Closed);
    for (const TeamQueue &queue : std::as_const(m_queues))
        add(queue.name, InboxFolderKind::Queue, queue.id);
    const QList<AgentLoad> loads = readAgentLoads();
    if (m_actor.role == Role::TeamLead) {
        // A lead sees how the work is shared out, and opens anyone's list to rebalance it.
        auto *heading = new QListWidgetItem(tr("Team load"), m_folders);
        heading->setFlags(Qt::NoItemFlags);
        heading->setData(folderKindRole, noFolder);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        for (const AgentLoad &load : loads)
            add(load.name, InboxFolderKind::Agent, load.agentId);
    }
    m_folders->setCurrentRow(qBound(0, current, m_folders->count() - 1));
    showCounts(loads);
}

QList<AgentLoad> InboxWidget::readAgentLoads()
{
    if (m_actor.role != Role::TeamLead)
        return {};
    try {
        return m_service.agentLoads(m_actor);
    } catch (const Error &error) {
        emit failed(error.message());
        return {};
    }
}

void InboxWidget::updateCounts()
{
    showCounts(readAgentLoads());
}

void InboxWidget::showCounts(const QList<AgentLoad> &agentLoads)
{
    InboxCounts counts;
    try {
        counts = m_service.counts(m_actor, m_queues);
    } catch (const Error &error) {
        emit failed(error.message());
        return;
    }
    QHash<Id, AgentLoad> loads;
    for (const AgentLoad &load : agentLoads)
        loads.insert(load.agentId, load);
    const QLocale locale;
    // Counts stop at the cap: "1,000+" says enough about a folder that full.
    const auto number = [&locale](qint64 count) {
        return count >= InboxCounts::cap ? tr("%1+").arg(locale.toString(InboxCounts::cap)) : locale.toString(count);
    };
    for (int row = 0; row < m_folders->count(); ++row) {
        QListWidgetItem *item = m_folders->item(row);
        const QString name = item->data(Qt::AccessibleTextRole).toString();
        const int kind = item->data(folderKindRole).toInt();
        if (kind == noFolder)
            continue;
        if (InboxFolderKind(kind) == InboxFolderKind::Agent) {
            const AgentLoad load = loads.value(item->data(folderIdRole).toLongLong());
            item->setText(load.overdue > 0
                    ? tr("%1 (%2, %n overdue)", nullptr, int(load.overdue)).arg(name, number(load.active))
                    : u"%1 (%2)"_s.arg(name, number(load.active)));
            item->setToolTip(
                tr("%1: %n active conversation(s), %2 waiting for an answer, %3 overdue", nullptr, int(load.active))
                    .arg(name, number(load.waiting), number(load.overdue)));
            continue;
        }
        std::optional<qint64> count;
        switch (InboxFolderKind(kind)) {
        case InboxFolderKind::Mine:
            count = counts.mine;
            break;
        case InboxFolderKind::Unassigned:
            count = counts.unassigned;
            break;
        case InboxFolderKind::AllOpen:
            count = counts.allOpen;
            break;
        case InboxFolderKind::Snoozed:
            count = counts.snoozed;
            break;
        case InboxFolderKind::Queue:
            count = counts.perQueue.value(item->data(folderIdRole).toLongLong());
            break;
        case InboxFolderKind::Closed: // grows for ever; a number says nothing
        case InboxFolderKind::Agent: // written above, with the agent's load
            break;
        }
        item->setText(count ? u"%1 (%2)"_s.arg(name, number(*count)) : name);
        item->setToolTip(count ? tr("%1: %n conversation(s)", nullptr, int(*count)).arg(name) : name);
    }
}

void InboxWidget::folderChosen()
{
    QListWidgetItem *item = m_folders->currentItem();
    if (!item)
        return;
    if (item->data(folderKindRole).toInt() == noFolder)
        return;
    InboxFolder folder;
    folder.kind = InboxFolderKind(item->data(folderKindRole).toInt());
    if (folder.kind == InboxFolderKind::Queue)
        folder.queueId = item->data(folderIdRole).toLongLong();
    if (folder.kind == InboxFolderKind::Agent)
        folder.agentId = item->data(folderIdRole).toLongLong();
    folder.sort = InboxSort(m_sort->currentData().toInt());
    m_model->setFolder(folder);
}

void InboxWidget::setPresence(PresenceService *presence)
{
    m_pane->setPresence(presence);
}

void InboxWidget::showFolder(const InboxFolder &folder)
{
    {
        // Read once below, also when the folder was current already (choosing it again signals nothing).
        const QSignalBlocker quietFolders(m_folders);
        const QSignalBlocker quietSort(m_sort);
        for (int row = 0; row < m_folders->count(); ++row) {
            const QListWidgetItem *item = m_folders->item(row);
            if (InboxFolderKind(item->data(folderKindRole).toInt()) == folder.kind
                && item->data(folderIdRole).toLongLong() == folder.queueId.value_or(folder.agentId.value_or(0))) {
                m_folders->setCurrentRow(row);
                break;
            }
        }
        m_sort->setCurrentIndex(m_sort->findData(int(folder.sort)));
    }
    folderChosen();
}

void InboxWidget::showWhetherEmpty()
{
    const bool empty = m_model->rowCount() == 0;
    m_empty->setText(empty ? tr("Nothing here.") : QString());
    m_empty->setVisible(empty);
}

void InboxWidget::focusList()
{
    m_list->setFocus(Qt::ShortcutFocusReason);
}

void InboxWidget::applyChanges()
{
    const Id shown = m_pane->conversationId();
    // A change no list shows (a note on a timeline, an escalation) leaves them alone; the open conversation
    // still reads it.
    if (const std::optional<ConversationListChange> change = std::exchange(m_listChange, std::nullopt)) {
        updateCounts();
        m_model->apply(*change);
    }
    // The conversation on screen stays, with what changed in it, even when it left the folder.
    if (shown != 0)
        m_pane->reload();
}

void InboxWidget::moveCurrent(int step)
{
    const int row = m_list->currentIndex().row() + step;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_list->setCurrentIndex(m_model->index(row));
}

QList<Id> InboxWidget::selectedIds() const
{
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Id> ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(InboxRoles::Id).toLongLong());
    if (ids.isEmpty() && m_pane->conversationId() != 0)
        ids.append(m_pane->conversationId());
    return ids;
}

void InboxWidget::onSelection(const std::function<void(const QList<Id> &)> &change, const QString &doneText)
{
    const QList<Id> ids = selectedIds();
    if (ids.isEmpty())
        return;
    try {
        change(ids);
    } catch (const Error &error) {
        emit failed(error.message());
        return;
    }
    emit done(ids.size() == 1 ? doneText : tr("%1 (%n conversation(s))", nullptr, int(ids.size())).arg(doneText));
}

void InboxWidget::snoozeSelection()
{
    const Millis until = nextWorkingMorning(m_service.now());
    onSelection([this, until](const QList<Id> &ids) { m_service.snooze(m_actor, ids, until); },
        tr("Snoozed until %1.")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(until).toLocalTime(), QLocale::ShortFormat)));
}

void InboxWidget::assignSelectionTo()
{
    if (selectedIds().isEmpty())
        return;
    QList<Agent> agents;
    try {
        agents = m_service.assignableAgents(m_actor);
    } catch (const Error &error) {
        emit failed(error.message());
        return;
    }
    QStringList names;
    for (const Agent &agent : std::as_const(agents))
        names.append(agent.displayName);
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(this, tr("Assign Conversations"), tr("Assign to:"), names, 0, false, &ok);
    const qsizetype index = names.indexOf(chosen);
    if (!ok || index < 0)
        return;
    const Agent agent = agents.at(index);
    onSelection([this, agent](const QList<Id> &ids) { m_service.assign(m_actor, ids, agent.id); },
        tr("Assigned to %1.").arg(agent.displayName));
}

void InboxWidget::tagSelection()
{
    if (selectedIds().isEmpty())
        return;
    bool ok = false;
    const QString tag = QInputDialog::getText(this, tr("Tag Conversations"), tr("Tag:"), QLineEdit::Normal, {}, &ok);
    if (!ok || tag.trimmed().isEmpty())
        return;
    onSelection([this, tag](const QList<Id> &ids) { m_service.addTag(m_actor, ids, tag.trimmed()); },
        tr("Tagged #%1.").arg(tag.trimmed()));
}

} // namespace tandem

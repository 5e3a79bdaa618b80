// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Conversation.h"
#include "services/Actor.h"
#include "services/ConversationListChange.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QListWidget;
class QTimer;

namespace tandem {

class ConversationPane;
class ConversationService;
class DraftStore;
class EscalationService;
class TemplateService;
class InboxModel;
class PresenceService;
class RefreshThrottle;

// The shared inbox, the front line's home: folders with their counts (mine, unassigned, all open,
// snoozed, closed, each team queue), the folder's conversations (who waited longest, or whose answer is
// due first), and the selected conversation with its reply box. Triage works from the keyboard on the
// selected conversations (several at once where it makes sense).
class InboxWidget : public QWidget
{
    Q_OBJECT

public:
    // How long a change waits at most before the inbox reads it (bursts are read once).
    static constexpr int changeDelayMs = 80;

    InboxWidget(ConversationService &service, const DraftStore &drafts, QString workspace, const Actor &actor,
        bool readOnly, QWidget *parent = nullptr);
    ~InboxWidget() override;

    // The triage commands, with their keys (active while the inbox has the focus), for the window's menu.
    [[nodiscard]] QList<QAction *> triageActions() const { return m_triageActions; }
    [[nodiscard]] InboxModel *model() const { return m_model; }
    [[nodiscard]] QListView *list() const { return m_list; }
    [[nodiscard]] QListWidget *folders() const { return m_folders; }
    // What delays reading other desks' changes; its clock is the service's.
    [[nodiscard]] RefreshThrottle *changeThrottle() const { return m_changeDelay; }
    [[nodiscard]] ConversationPane *conversation() const { return m_pane; }
    // Shows colleagues on the selected conversation, and tells them this desk is there.
    void setPresence(PresenceService *presence);
    void showFolder(const InboxFolder &folder);
    // Reply templates in the reply box; escalating a conversation and its escalations' state.
    void setTemplateService(TemplateService *templates);
    void setEscalationService(EscalationService *escalations);
    void focusList();
    // The ids of the selected conversations, in list order.
    [[nodiscard]] QList<Id> selectedIds() const;

signals:
    void openTimelineRequested(Id customerId, Id interactionId);
    void escalateRequested(Id conversationId, Id customerId, Id interactionId);
    void openEscalationRequested(Id escalationId);
    void failed(const QString &message);
    void done(const QString &message);

private:
    void buildActions(bool readOnly);
    void rebuildFolders();
    void updateCounts();
    void showWhetherEmpty();
    void showCounts(const QList<AgentLoad> &agentLoads);
    [[nodiscard]] QList<AgentLoad> readAgentLoads();
    void applyChanges();
    void moveCurrent(int step);
    // Runs a change on the selection; a refusal is shown and nothing changes.
    void onSelection(const std::function<void(const QList<Id> &)> &change, const QString &doneText);
    void snoozeSelection();
    void tagSelection();
    // A lead gives the selection to a colleague.
    void assignSelectionTo();
    void folderChosen();

    ConversationService &m_service;
    Actor m_actor;
    InboxModel *m_model;
    QListWidget *m_folders;
    QComboBox *m_sort;
    QLabel *m_empty;
    QListView *m_list;
    ConversationPane *m_pane;
    RefreshThrottle *m_changeDelay;
    QTimer *m_countdowns;
    QList<QAction *> m_triageActions;
    QAction *m_escalateAction = nullptr;
    QList<TeamQueue> m_queues;
    // What the lists must re-read at the next refresh; none while nothing they show changed.
    std::optional<ConversationListChange> m_listChange;
};

} // namespace tandem

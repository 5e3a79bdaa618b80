// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ShortcutsDialog.h"
#include "domain/Records.h"
#include "domain/RecordsFilter.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QCloseEvent;
class QMenu;
class QToolBar;
class QLabel;
class QTabWidget;
class QLineEdit;
class QListView;
class QSplitter;
class QTimer;

namespace tandem {

class CustomerListModel;
class DetailsPanel;
class TimelineModel;
class TimelineView;
class ComposePanel;
class CustomerProfileWidget;
class GlobalSearchWidget;
class MyFollowUpsWidget;
class DraftStore;
class WorkspaceSession;
class TemplateLibraryWidget;
class EscalationNotifier;
class MessageBanner;
class OutboxDialog;
class InboxWidget;
class KnowledgeBaseWidget;

// The agent's desk: customers on the left, the selected customer's timeline in the centre, details on
// the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The window owns its session: closing it closes the workspace.
    explicit MainWindow(std::unique_ptr<WorkspaceSession> session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Selects the customer at a row of the (filtered) list; returns false when there is no such row.
    bool selectCustomerRow(int row);
    // Shows a customer (and selects one of their events, unless 0), from search or a follow-up.
    void openInteraction(Id customerId, Id interactionId);
    void focusCustomerSearch();
    // The shared inbox desk, its list focused.
    void showInbox();
    // The knowledge base desk, its search focused; with an article id, that article open in its editor.
    void showKnowledgeBase(Id editArticleId = 0);
    // Starts a note about the open customer: the compose panel as an internal note, caret in its text.
    void writeNote();
    // Logs that the open customer referred someone, linked to their last referral request.
    bool recordReferral(const QString &note);
    void showTemplateLibrary();
    // Shows the sentence at the top of the window until the agent closes it.
    void showError(const QString &message);

    // Puts back the geometry, splitter sizes and tabs of the last window that was closed, and saves this
    // window's when it closes. Screenshots and tests that do not call it neither read nor write settings.
    void restoreLayout();
    void saveLayout() const;
    // Starts what the desk does on its own: sending the outbox and fetching mail. Only a window a person
    // works in calls it; a screenshot or a test that does not call it sends and fetches nothing.
    void startBackgroundWork();

    // Help > Keyboard Shortcuts, made from this window's actions and the keys that are not actions.
    [[nodiscard]] std::unique_ptr<ShortcutsDialog> createShortcutsDialog();
    // Conversation > Outbox: the replies not sent yet.
    [[nodiscard]] std::unique_ptr<OutboxDialog> createOutboxDialog();
    [[nodiscard]] QList<ShortcutsDialog::Key> keysWithoutActions() const;

    [[nodiscard]] CustomerListModel *customerModel() const { return m_customerModel; }
    [[nodiscard]] TimelineModel *timelineModel() const { return m_timelineModel; }
    [[nodiscard]] QLineEdit *customerSearch() const { return m_search; }
    [[nodiscard]] ComposePanel *composePanel() const { return m_compose; }
    [[nodiscard]] TimelineView *timelineView() const { return m_timeline; }
    [[nodiscard]] InboxWidget *inbox() const { return m_inbox; }
    [[nodiscard]] KnowledgeBaseWidget *knowledgeBase() const { return m_knowledgeBase; }
    [[nodiscard]] WorkspaceSession &session() const { return m_session; }
    [[nodiscard]] MessageBanner *messageBanner() const { return m_banner; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

signals:
    // The user chose another workspace file.
    void openWorkspaceRequested(const QString &spec);

private:
    void applyPendingSplitterSizes();
    void createMenus();
    void createToolBar();
    void createThemeMenu(QMenu *view);
    void setTabOrderOnScreen();
    void showShortcuts();
    void askForReferral();
    void escalateSelected();
    // The escalation dialog for a conversation's problem: the escalation is linked to the conversation.
    void escalateConversation(Id conversationId, Id customerId, Id interactionId);
    // The escalation queue window with the escalation selected where the agent's lists have it.
    void openEscalation(Id escalationId);
    void correctSelected();
    void showEscalationQueue();
    void updateEscalationBadge();
    void scheduleFollowUp();
    void showCustomerById(Id customerId);
    void showToolWindow(QWidget *widget, const QString &title);
    void showRecords(const RecordsFilter &filter);
    void showKpis();
    void showCustomer(const QModelIndex &current);
    void showInteraction(Id interactionId);
    void updateCustomerCount();
    // A read-only workspace: says so in the title and the banner, and offers nothing that would write.
    void offerReadingOnly();

    std::unique_ptr<WorkspaceSession> m_ownedSession;
    WorkspaceSession &m_session;
    CustomerListModel *m_customerModel;
    TimelineModel *m_timelineModel;
    QLineEdit *m_search;
    QListView *m_customerList;
    QLabel *m_customerCount;
    TimelineView *m_timeline;
    std::unique_ptr<DraftStore> m_drafts;
    ComposePanel *m_compose;
    DetailsPanel *m_details;
    GlobalSearchWidget *m_globalSearch;
    MyFollowUpsWidget *m_followUps;
    CustomerProfileWidget *m_profile;
    QTabWidget *m_leftTabs;
    QTabWidget *m_rightTabs;
    QAction *m_escalateAction;
    QAction *m_queueAction;
    // What writes to the workspace; off when it is open read-only.
    QList<QAction *> m_writeActions;
    QSplitter *m_splitter;
    QSplitter *m_centre;
    MessageBanner *m_banner;
    InboxWidget *m_inbox = nullptr;
    KnowledgeBaseWidget *m_knowledgeBase = nullptr;
    QTabWidget *m_desks = nullptr;
    QToolBar *m_toolBar = nullptr;
    QPointer<ShortcutsDialog> m_shortcuts;
    QPointer<TemplateLibraryWidget> m_templateLibrary;
    bool m_remembersLayout = false;
    // Splitter sizes read by restoreLayout(), applied once the window is shown: a splitter on a desk that
    // is not the current tab has no real size before that, and sizes set then would be shared out again.
    QHash<QString, QList<int>> m_pendingSplitterSizes;
    QTimer *m_searchDelay;
    QPointer<QWidget> m_queueWindow;
    EscalationNotifier *m_escalationNotifier;
    qint64 m_lastBadgeCount = -1;
    // Records, KPI and audit windows use the session, so they close with this window.
    QList<QPointer<QWidget>> m_toolWindows;
};

} // namespace tandem

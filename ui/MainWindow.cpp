// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainWindow.h"

#include "Appearance.h"
#include "CustomerListDelegate.h"
#include "CustomerListModel.h"
#include "DetailsPanel.h"
#include "InteractionIcons.h"
#include "KbSitePublishing.h"
#include "MessageBanner.h"
#include "ModelRoles.h"
#include "RecentWorkspaces.h"
#include "TeamWorkspaceDialog.h"
#include "ThemeColors.h"
#include "accounts/AgentsDialog.h"
#include "accounts/MailAccountsDialog.h"
#include "customers/CustomerProfileWidget.h"
#include "domain/Error.h"
#include "escalation/EscalationDialog.h"
#include "escalation/EscalationNotifier.h"
#include "escalation/EscalationQueueModel.h"
#include "escalation/HandoffCard.h"
#include "escalation/ReturnedEscalationWatcher.h"
#include "escalation/SpecialistQueueWidget.h"
#include "followups/FollowUpDialog.h"
#include "followups/MyFollowUpsWidget.h"
#include "inbox/ConversationPane.h"
#include "inbox/InboxWidget.h"
#include "inbox/MailImportFlow.h"
#include "inbox/OutboxDialog.h"
#include "inbox/TeamQueuesDialog.h"
#include "kb/ArticleSuggestions.h"
#include "kb/KnowledgeBaseWidget.h"
#include "review/AuditViewer.h"
#include "review/KpiDashboard.h"
#include "review/RecordsBrowser.h"
#include "search/GlobalSearchWidget.h"
#include "services/DraftStore.h"
#include "services/EscalationService.h"
#include "services/WorkspaceSession.h"
#include "templates/TemplateLibraryWidget.h"
#include "templates/TemplatePickerDialog.h"
#include "timeline/ComposePanel.h"
#include "timeline/CorrectEntryDialog.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

MainWindow::MainWindow(std::unique_ptr<WorkspaceSession> ownedSession, QWidget *parent)
    : QMainWindow(parent),
      m_ownedSession(std::move(ownedSession)),
      m_session(*m_ownedSession),
      m_customerModel(new CustomerListModel(m_session.customers(), this)),
      m_timelineModel(new TimelineModel(m_session.timeline(), this)),
      m_search(new QLineEdit(this)),
      m_customerList(new QListView(this)),
      m_customerCount(new QLabel(this)),
      m_timeline(new TimelineView(*m_timelineModel, this)),
      m_drafts(std::make_unique<DraftStore>()),
      m_compose(new ComposePanel(m_session.timeline(), *m_drafts, m_session.workspaceSpec(), m_session.actor(), this)),
      m_details(new DetailsPanel(this)),
      m_globalSearch(new GlobalSearchWidget(m_session.search(), this)),
      m_followUps(new MyFollowUpsWidget(m_session.followUps(), m_session.actor(), this)),
      m_profile(new CustomerProfileWidget(m_session.customers(), m_session.profiles(), m_session.actor(), this)),
      m_leftTabs(new QTabWidget(this)),
      m_rightTabs(new QTabWidget(this)),
      m_escalateAction(new QAction(tr("&Escalate…"), this)),
      m_queueAction(new QAction(tr("Escalations"), this)),
      m_splitter(new QSplitter(this)),
      m_centre(new QSplitter(Qt::Vertical, this)),
      m_banner(new MessageBanner(this)),
      m_searchDelay(new QTimer(this)),
      m_escalationNotifier(new EscalationNotifier(this))
{
    setWindowTitle(tr("Tandem"));
    m_escalateAction->setIcon(QIcon::fromTheme(u"mail-forward"_s, InteractionIcons::icon(InteractionKind::Escalation)));
    m_escalateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_escalateAction->setToolTip(tr("Hand the selected issue to a support specialist (Ctrl+Shift+E)"));
    connect(m_escalateAction, &QAction::triggered, this, &MainWindow::escalateSelected);
    m_queueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_queueAction->setToolTip(tr("The escalation queue (Ctrl+E)"));
    connect(m_queueAction, &QAction::triggered, this, &MainWindow::showEscalationQueue);
    setObjectName(u"mainWindow"_s);

    m_search->setPlaceholderText(tr("Search customers (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search customers"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(10000);
    m_customerList->setModel(m_customerModel);
    m_customerList->setItemDelegate(new CustomerListDelegate(m_customerList));
    m_customerList->setUniformItemSizes(true);
    m_customerList->setAccessibleName(tr("Customers"));
    m_customerCount->setAccessibleName(tr("Number of customers"));

    auto *customerPane = new QWidget(this);
    auto *customerLayout = new QVBoxLayout(customerPane);
    customerLayout->setContentsMargins(6, 6, 0, 6);
    customerLayout->addWidget(m_search);
    customerLayout->addWidget(m_customerList, 1);
    customerLayout->addWidget(m_customerCount);

    m_centre->setObjectName(u"timelineSplitter"_s);
    m_centre->addWidget(m_timeline);
    m_centre->addWidget(m_compose);
    m_centre->setStretchFactor(0, 3);
    m_centre->setStretchFactor(1, 1);
    m_centre->setChildrenCollapsible(false);
    // Left: customers, search across every interaction, and the agent's follow-ups.
    m_leftTabs->addTab(customerPane, tr("Customers"));
    m_leftTabs->addTab(m_globalSearch, tr("Search"));
    m_leftTabs->addTab(m_followUps, tr("Follow-ups"));
    m_rightTabs->addTab(m_details, tr("Details"));
    m_rightTabs->addTab(m_profile, tr("Profile"));
    m_splitter->addWidget(m_leftTabs);
    m_splitter->addWidget(m_centre);
    m_splitter->addWidget(m_rightTabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({ 280, 620, 380 });
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setObjectName(u"deskSplitter"_s);
    m_leftTabs->setObjectName(u"leftTabs"_s);
    m_customerList->setObjectName(u"customerList"_s);
    m_leftTabs->setAccessibleName(tr("Customers, search and follow-ups"));
    m_rightTabs->setObjectName(u"rightTabs"_s);
    m_rightTabs->setAccessibleName(tr("Details and profile"));
    m_banner->setObjectName(u"messageBanner"_s);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    // Two desks: the shared inbox (what customers wrote, waiting for us) and the customers with their
    // timelines. A conversation's customer is one key away on the other.
    m_inbox = new InboxWidget(m_session.conversations(), *m_drafts, m_session.workspaceSpec(), m_session.actor(),
        m_session.isReadOnly(), this);
    m_inbox->setPresence(&m_session.presence());
    m_desks = new QTabWidget(this);
    m_desks->setDocumentMode(true);
    m_desks->setObjectName(u"desks"_s);
    m_desks->addTab(m_inbox, InteractionIcons::icon(Channel::Email), tr("Inbox"));
    m_desks->addTab(m_splitter, InteractionIcons::icon(InteractionKind::Message), tr("Customers"));
    // Answers written once, for the whole team and the customers' self-service site (issue 19).
    m_knowledgeBase = new KnowledgeBaseWidget(m_session.articles(), m_session.actor(), m_session.isReadOnly(), this);
    m_desks->addTab(m_knowledgeBase, QIcon::fromTheme(u"help-contents"_s), tr("Knowledge Base"));
    m_desks->setCurrentWidget(m_splitter);
    centralLayout->addWidget(m_desks, 1);
    setCentralWidget(central);
    connect(m_inbox, &InboxWidget::failed, this, &MainWindow::showError);
    connect(
        m_inbox, &InboxWidget::done, this, [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_inbox->conversation(), &ConversationPane::retryRequested, this, [this](Id outboxId) {
        try {
            m_session.outbox().retry(m_session.actor(), outboxId);
            statusBar()->showMessage(tr("The reply is queued again and goes out shortly."), 5000);
        } catch (const Error &error) {
            showError(error.message());
        }
    });
    connect(m_inbox->conversation(), &ConversationPane::decisionRequested, this, [this](Id outboxId, bool sendAgain) {
        try {
            if (sendAgain) {
                m_session.outbox().sendAgain(m_session.actor(), outboxId);
                statusBar()->showMessage(tr("The reply is queued again and goes out shortly."), 5000);
            } else {
                m_session.outbox().markSent(m_session.actor(), outboxId);
                statusBar()->showMessage(tr("The reply is recorded as sent."), 5000);
            }
        } catch (const Error &error) {
            showError(error.message());
        }
    });
    m_inbox->conversation()->setOutboxService(&m_session.outbox());
    m_inbox->conversation()->setMessageContentService(&m_session.messageContent());
    m_inbox->conversation()->setArticleService(&m_session.articles());
    m_inbox->setTemplateService(&m_session.templates());
    m_inbox->setEscalationService(&m_session.escalations());
    connect(m_inbox, &InboxWidget::escalateRequested, this, &MainWindow::escalateConversation);
    connect(m_inbox, &InboxWidget::openEscalationRequested, this, &MainWindow::openEscalation);
    connect(m_inbox, &InboxWidget::openTimelineRequested, this, [this](Id customerId, Id interactionId) {
        m_desks->setCurrentWidget(m_splitter);
        openInteraction(customerId, interactionId);
        m_timeline->focusList();
    });

    // Typing bursts are coalesced into one query; each query is a single indexed lookup.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(60);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_customerModel->setSearchText(m_search->text());
        updateCustomerCount();
        selectCustomerRow(0);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_customerList->setFocus(Qt::OtherFocusReason); });
    // Enter on a customer goes on to their timeline, so the keyboard path is search, Enter, Enter.
    connect(m_customerList, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (m_customerList->currentIndex() != index)
            m_customerList->setCurrentIndex(index);
        m_timeline->focusList();
    });
    connect(m_customerList->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showCustomer);
    connect(m_timeline, &TimelineView::currentInteractionChanged, this, &MainWindow::showInteraction);
    m_compose->setTemplateService(&m_session.templates());
    m_compose->setArticleService(&m_session.articles());
    m_timeline->list()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_timeline->list()->addAction(m_escalateAction);
    connect(m_globalSearch, &GlobalSearchWidget::openRequested, this, &MainWindow::openInteraction);
    connect(m_followUps, &MyFollowUpsWidget::openCustomerRequested, this,
        [this](Id customerId) { openInteraction(customerId, 0); });
    connect(m_profile, &CustomerProfileWidget::customerEdited, this, [this] { m_customerModel->refresh(); });
    connect(m_profile, &CustomerProfileWidget::customersMerged, this, [this] { m_customerModel->refresh(); });
    connect(m_profile, &CustomerProfileWidget::customerSeparated, this, [this] { m_customerModel->refresh(); });
    connect(&m_session.escalations(), &EscalationService::queueChanged, this, &MainWindow::updateEscalationBadge);
    connect(m_escalationNotifier, &EscalationNotifier::openRequested, this, &MainWindow::showEscalationQueue);
    if (m_session.actor().role != Role::SupportSpecialist) {
        // Whoever escalates hears at once when support asks them something or hands an escalation back.
        auto *returns = new ReturnedEscalationWatcher(m_session.escalations(), m_session.actor(), this);
        connect(
            returns, &ReturnedEscalationWatcher::returned, m_escalationNotifier, &EscalationNotifier::notifyReturned);
    }
    connect(m_escalationNotifier, &EscalationNotifier::openEscalationRequested, this, &MainWindow::openEscalation);
    // Events written by this window, another window, another desk or tandemctl appear in place.
    connect(&m_session.timeline(), &TimelineService::changed, m_timelineModel, &TimelineModel::refresh);
    connect(m_timelineModel, &TimelineModel::countsChanged, this,
        [this] { m_details->setEventCount(m_timelineModel->totalCount()); });
    connect(m_customerModel, &CustomerListModel::loadFailed, this, &MainWindow::showError);
    connect(m_timelineModel, &TimelineModel::loadFailed, this, &MainWindow::showError);
    connect(m_customerModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCustomerCount);

    createMenus();
    createToolBar();

    const Actor &actor = m_session.actor();
    auto *agentLabel = new QLabel(tr("Signed in as %1 · %2").arg(actor.name, displayName(actor.role)), this);
    agentLabel->setObjectName(u"signedInAgent"_s);
    statusBar()->addWidget(agentLabel);
    auto *connectionLabel = new QLabel(this);
    connectionLabel->setObjectName(u"connectionState"_s);
    connectionLabel->setVisible(false);
    statusBar()->addPermanentWidget(connectionLabel);
    connect(&m_session, &WorkspaceSession::connectionChanged, this, [this, connectionLabel](bool connected) {
        // Nothing on screen is discarded while the server is away; work resumes when it is back.
        connectionLabel->setVisible(!connected);
        connectionLabel->setText(tr("Reconnecting to the team server…"));
        connectionLabel->setStyleSheet(
            u"color: %1; font-weight: 600;"_s.arg(ThemeColors::warning(connectionLabel->palette()).name()));
        if (connected)
            statusBar()->showMessage(tr("Connected to the team server again."), 5000);
    });
    auto *workspaceLabel = new QLabel(QDir::toNativeSeparators(m_session.workspaceSpec()), this);
    workspaceLabel->setToolTip(tr("The open workspace"));
    statusBar()->addPermanentWidget(workspaceLabel);

    setTabOrderOnScreen();
    if (!m_session.repairNote().isEmpty())
        m_banner->showNote(m_session.repairNote());
    if (m_session.isReadOnly())
        offerReadingOnly();

    updateCustomerCount();
    selectCustomerRow(0);
    m_session.watchForChanges();
}

void MainWindow::startBackgroundWork()
{
    m_session.sendOutboxInBackground();
    m_session.fetchMailInBackground();
    if (MailWorker *worker = m_session.mailWorker()) {
        // A mailbox that cannot be fetched says so once, not at each retry; the worker keeps trying.
        auto lastProblem = std::make_shared<QString>();
        connect(worker, &MailWorker::problem, this, [this, lastProblem](const QString &message) {
            if (message == *lastProblem)
                return;
            *lastProblem = message;
            m_banner->showWarning(message);
        });
        connect(worker, &MailWorker::fetched, this, [lastProblem] { lastProblem->clear(); });
    }
}

void MainWindow::offerReadingOnly()
{
    setWindowTitle(tr("Tandem (opened read-only)"));
    m_banner->showNote(tr("This workspace was opened read-only: everything in it can be read, but nothing can be "
                          "changed. Open a copy you may write to for that."));
    for (QAction *action : std::as_const(m_writeActions))
        action->setEnabled(false);
    m_compose->setVisible(false);
    m_profile->setReadOnly(true);
}

MainWindow::~MainWindow()
{
    // Views and models use the session's services, so they go before the session does.
    delete m_queueWindow;
    for (const QPointer<QWidget> &window : std::as_const(m_toolWindows))
        delete window;
    delete m_splitter;
    delete m_customerModel;
    delete m_timelineModel;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Workspace…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Workspace"), QString(), tr("Tandem workspaces (*.tandem *.sqlite);;All files (*)"));
        if (!path.isEmpty())
            emit openWorkspaceRequested(path);
    });
    open->setIcon(QIcon::fromTheme(u"document-open"_s));
    open->setShortcut(QKeySequence::Open);
    QAction *openTeam = file->addAction(tr("Open &Team Workspace…"), this, [this] {
        TeamWorkspaceDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            emit openWorkspaceRequested(dialog.address());
    });
    openTeam->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        for (const QString &spec : RecentWorkspaces::list())
            recent->addAction(spec, this, [this, spec] { emit openWorkspaceRequested(spec); });
        if (recent->isEmpty())
            recent->addAction(tr("No recent workspaces"))->setEnabled(false);
    });
    file->addSeparator();
    QMenu *importMail = file->addMenu(tr("Import &Mail"));
    importMail->setObjectName(u"importMailMenu"_s);
    importMail->addAction(tr("From an &mbox File…"), this,
        [this] { MailImportFlow::run(this, m_session, MailImportFlow::Source::MboxFile); });
    importMail->addAction(tr("From a Mail&dir Folder…"), this,
        [this] { MailImportFlow::run(this, m_session, MailImportFlow::Source::MaildirFolder); });
    importMail->setEnabled(!m_session.isReadOnly());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setIcon(QIcon::fromTheme(u"application-exit"_s));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *inbox = view->addAction(tr("&Inbox"), this, &MainWindow::showInbox);
    inbox->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *customersDesk = view->addAction(tr("C&ustomers"), this, [this] {
        m_desks->setCurrentWidget(m_splitter);
        focusCustomerSearch();
    });
    customersDesk->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *knowledgeBase = view->addAction(tr("&Knowledge Base"), this, [this] { showKnowledgeBase(); });
    knowledgeBase->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addSeparator();
    QAction *findCustomer = view->addAction(tr("Find &Customer"), this, &MainWindow::focusCustomerSearch);
    findCustomer->setIcon(QIcon::fromTheme(u"edit-find"_s));
    findCustomer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *timeline = view->addAction(tr("Go to &Timeline"), this, [this] { m_timeline->focusList(); });
    timeline->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *details = view->addAction(tr("Go to &Details"), this, [this] {
        m_rightTabs->setCurrentWidget(m_details);
        m_details->setFocus(Qt::ShortcutFocusReason);
    });
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    view->addSeparator();
    QAction *search = view->addAction(tr("&Search All Interactions"), this, [this] {
        m_leftTabs->setCurrentWidget(m_globalSearch);
        m_globalSearch->focusSearch();
    });
    search->setIcon(QIcon::fromTheme(u"edit-find"_s));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *followUps = view->addAction(tr("My &Follow-ups"), this, [this] {
        m_leftTabs->setCurrentWidget(m_followUps);
        m_followUps->list()->setFocus();
    });
    followUps->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    view->addSeparator();
    createThemeMenu(view);

    QMenu *conversation = menuBar()->addMenu(tr("C&onversation"));
    for (QAction *action : m_inbox->triageActions()) {
        conversation->addAction(action);
        if (action->property("writes").toBool())
            m_writeActions.append(action);
    }
    conversation->addSeparator();
    conversation->addAction(tr("Out&box…"), this, [this] {
        auto *dialog = createOutboxDialog().release();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });

    QMenu *customer = menuBar()->addMenu(tr("&Customer"));
    customer->addAction(m_escalateAction);
    QAction *note = customer->addAction(tr("Write a &Note"), this, &MainWindow::writeNote);
    note->setIcon(QIcon::fromTheme(u"document-edit"_s, InteractionIcons::icon(InteractionKind::Note)));
    note->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *followUp = customer->addAction(tr("Schedule &Follow-up…"), this, &MainWindow::scheduleFollowUp);
    followUp->setIcon(QIcon::fromTheme(u"appointment-new"_s, InteractionIcons::icon(InteractionKind::FollowUp)));
    followUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    customer->addAction(tr("Show &Profile"), this, [this] { m_rightTabs->setCurrentWidget(m_profile); });
    QAction *referral = customer->addAction(tr("Log Referral &Received…"), this, &MainWindow::askForReferral);
    customer->addAction(m_queueAction);
    m_writeActions << m_escalateAction << note << followUp << referral;
    // A misfiled entry is corrected, never edited in place: the correction supersedes it (DESIGN.md section 4).
    QAction *correct = customer->addAction(tr("C&orrect Entry…"), this, &MainWindow::correctSelected);
    correct->setIcon(QIcon::fromTheme(u"document-edit"_s));
    correct->setShortcut(QKeySequence(Qt::Key_F2));
    correct->setToolTip(tr("Correct the selected timeline entry (F2)"));
    m_timeline->list()->addAction(correct);
    m_writeActions << correct;

    QMenu *templates = menuBar()->addMenu(tr("&Templates"));
    QAction *library = templates->addAction(tr("Template &Library…"), this, &MainWindow::showTemplateLibrary);
    library->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QAction *pick = templates->addAction(tr("&Insert Template…"), this, [this] { m_compose->pickTemplate(); });
    pick->setShortcut(TemplatePickerDialog::defaultShortcut());
    // The compose panel has its own shortcut for the picker; the menu only shows it.
    pick->setShortcutContext(Qt::WidgetShortcut);
    m_writeActions << library << pick;

    // Leads review everything; agents see their own records and numbers (the services decide).
    QMenu *review = menuBar()->addMenu(tr("&Review"));
    QAction *records = review->addAction(tr("&Records…"), this, [this] { showRecords({}); });
    records->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QAction *kpis = review->addAction(tr("&KPI Dashboard…"), this, &MainWindow::showKpis);
    kpis->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    if (KbSiteService::canPublish(m_session.actor())) {
        review->addSeparator();
        m_writeActions << review->addAction(tr("&Publish Help Site…"), this,
            [this] { KbSitePublishing::run(m_session.kbSite(), m_session.actor(), this); });
    }
    if (m_session.actor().role == Role::TeamLead) {
        review->addSeparator();
        review->addAction(tr("&Audit Trail…"), this, [this] {
            showToolWindow(new AuditViewer(m_session.audit(), m_session.actor()), tr("Audit Trail — Tandem"));
        });
        m_writeActions << review->addAction(tr("A&gents…"), this, [this] {
            AgentsDialog dialog(m_session.accounts(), m_session.actor(), this);
            dialog.exec();
        });
        m_writeActions << review->addAction(tr("&Mail Accounts…"), this, [this] {
            MailAccountsDialog dialog(m_session.mailAccounts(), m_session.conversations(), m_session.actor(), this);
            dialog.exec();
            // Replies leave through the accounts as they are now.
            m_session.connectMailAccounts();
        });
        m_writeActions << review->addAction(tr("Team &Queues…"), this, [this] {
            TeamQueuesDialog dialog(m_session.conversations(), m_session.actor(), this);
            dialog.exec();
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setIcon(QIcon::fromTheme(u"help-keyboard-shortcuts"_s));
    shortcuts->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::Key_F1) });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Tandem"), this, [this] {
        QMessageBox::about(this, tr("About Tandem"),
            tr("Tandem %1\nA desktop workstation for customer service and support teams.")
                .arg(QApplication::applicationVersion()));
    });
    about->setIcon(QIcon::fromTheme(u"help-about"_s, QApplication::windowIcon()));
}

void MainWindow::createToolBar()
{
    QToolBar *tools = addToolBar(tr("Desk"));
    tools->setObjectName(u"deskToolBar"_s);
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Reps and leads hand technical issues over; specialists already are support (EscalationService decides).
    const bool mayEscalate = m_session.actor().role != Role::SupportSpecialist;
    m_escalateAction->setVisible(mayEscalate);
    tools->addAction(m_escalateAction);
    tools->addAction(m_queueAction);
    // Tool bars leave their buttons out of the Tab chain; keyboard users should reach them like the rest.
    for (QAction *action : tools->actions()) {
        if (QWidget *button = tools->widgetForAction(action))
            button->setFocusPolicy(Qt::TabFocus);
    }
    m_toolBar = tools;
    updateEscalationBadge();
}

void MainWindow::createThemeMenu(QMenu *view)
{
    QMenu *themes = view->addMenu(tr("T&heme"));
    auto *group = new QActionGroup(themes);
    for (const Appearance::Theme theme :
        { Appearance::Theme::System, Appearance::Theme::Light, Appearance::Theme::Dark }) {
        QAction *action = themes->addAction(Appearance::displayName(theme));
        action->setCheckable(true);
        action->setChecked(Appearance::current() == theme);
        action->setData(Appearance::keyOf(theme));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [theme] {
            Appearance::apply(theme);
            Appearance::store(theme);
        });
    }
    // Another window may have switched the theme since this menu was made.
    connect(themes, &QMenu::aboutToShow, themes, [group] {
        for (QAction *action : group->actions())
            action->setChecked(Appearance::fromKey(action->data().toString()) == Appearance::current());
    });
}

// Tab walks the desk as it reads: the tool bar, the left tabs, the timeline with its filters above the
// cards, the compose panel beneath, then the right tabs.
void MainWindow::setTabOrderOnScreen()
{
    QList<QWidget *> chain;
    for (QAction *action : m_toolBar->actions()) {
        if (QWidget *button = m_toolBar->widgetForAction(action))
            chain.append(button);
    }
    chain << m_leftTabs << m_timeline << m_compose << m_rightTabs;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    setTabOrder(m_search, m_customerList);
}

void MainWindow::writeNote()
{
    if (m_timelineModel->customerId() == 0)
        return;
    m_compose->setEntryType(ComposePanel::EntryType::Note);
    m_compose->bodyEdit()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = createShortcutsDialog().release();
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
    m_shortcuts->filterEdit()->setFocus();
}

std::unique_ptr<ShortcutsDialog> MainWindow::createShortcutsDialog()
{
    return std::make_unique<ShortcutsDialog>(*this, keysWithoutActions(), this);
}

QList<ShortcutsDialog::Key> MainWindow::keysWithoutActions() const
{
    const QKeySequence enter(Qt::Key_Return);
    const QList<QKeySequence> upDown { QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down) };
    const QString everywhere = tr("Everywhere");
    const QString customers = tr("Customer list");
    const QString timeline = tr("Timeline");
    const QString compose = tr("Compose panel");
    const QString picker = tr("Template picker");
    const QString search = tr("Search all interactions");
    return {
        { everywhere, tr("Next control"), { QKeySequence(Qt::Key_Tab) } },
        { everywhere, tr("Previous control"), { QKeySequence(Qt::SHIFT | Qt::Key_Tab) } },
        { everywhere, tr("Next tab of a tab bar"), { QKeySequence(Qt::CTRL | Qt::Key_Tab) } },
        { everywhere, tr("Close a dialog without saving"), { QKeySequence(Qt::Key_Escape) } },
        { customers, tr("From the search box to the list"), { enter } },
        { customers, tr("Move through the customers (the timeline follows)"), upDown },
        { customers, tr("Go on to the customer's timeline"), { enter } },
        { timeline, tr("Move between events"), upDown },
        { timeline, tr("Escalate the event (context menu)"), { QKeySequence(Qt::Key_Menu) } },
        { timeline, tr("Open the channel or kind choices (then Up, Down and Return)"),
            { QKeySequence(Qt::Key_Space) } },
        { compose, tr("Log the entry"), { QKeySequence(Qt::CTRL | Qt::Key_Return) } },
        { compose, tr("Insert a reply template"), { TemplatePickerDialog::defaultShortcut() } },
        { compose, tr("Insert the suggested article's link"), { ArticleSuggestions::linkShortcut() } },
        { compose, tr("Insert the suggested article's text"), { ArticleSuggestions::textShortcut() } },
        { compose, tr("Leave the text box"), { QKeySequence(Qt::Key_Tab) } },
        { picker, tr("Choose a template"),
            { QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_PageUp),
                QKeySequence(Qt::Key_PageDown) } },
        { picker, tr("Insert the chosen template"), { enter } },
        { picker, tr("Close without inserting"), { QKeySequence(Qt::Key_Escape) } },
        { search, tr("Move through the results from the search box"), upDown },
        { search, tr("Open the chosen result"), { enter } },
        { tr("Follow-ups"), tr("Open the customer of the chosen follow-up"), { enter } },
        { tr("KPI dashboard"), tr("Show the records behind a tile"), { enter, QKeySequence(Qt::Key_Space) } },
        { tr("Records"), tr("Score the chosen record beside its text"), { QKeySequence(Qt::ALT | Qt::Key_Q) } },
        { tr("Records"), tr("Save the QA review"), { QKeySequence(Qt::CTRL | Qt::Key_Return) } },
        { tr("Records"), tr("Close the QA review without saving"), { QKeySequence(Qt::Key_Escape) } },
    };
}

std::unique_ptr<OutboxDialog> MainWindow::createOutboxDialog()
{
    return std::make_unique<OutboxDialog>(m_session.outbox(), m_session.actor(), this);
}

void MainWindow::showInbox()
{
    m_desks->setCurrentWidget(m_inbox);
    m_inbox->focusList();
}

void MainWindow::showKnowledgeBase(Id editArticleId)
{
    m_desks->setCurrentWidget(m_knowledgeBase);
    if (editArticleId == 0 || !m_knowledgeBase->editArticle(editArticleId))
        m_knowledgeBase->focusSearch();
}

void MainWindow::restoreLayout()
{
    m_remembersLayout = true;
    const QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    // The front line starts in the inbox, unless this agent last left the window on the customer desk.
    m_desks->setCurrentIndex(qBound(0, settings.value(u"mainWindow/desk"_s, 0).toInt(), m_desks->count() - 1));
    for (const QSplitter *splitter : findChildren<QSplitter *>()) {
        QList<int> sizes;
        for (const QVariant &size : settings.value(u"mainWindow/splitterSizes/"_s + splitter->objectName()).toList())
            sizes.append(size.toInt());
        if (!splitter->objectName().isEmpty() && sizes.size() == splitter->count())
            m_pendingSplitterSizes.insert(splitter->objectName(), sizes);
    }
    if (isVisible())
        applyPendingSplitterSizes();
    const int left = settings.value(u"mainWindow/leftTab"_s, 0).toInt();
    const int right = settings.value(u"mainWindow/rightTab"_s, 0).toInt();
    if (left >= 0 && left < m_leftTabs->count())
        m_leftTabs->setCurrentIndex(left);
    if (right >= 0 && right < m_rightTabs->count())
        m_rightTabs->setCurrentIndex(right);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    // The sizes on screen, not QSplitter::saveState(): that keeps the sizes last asked for, which a window
    // narrower than them never showed, and a restore would share them out again by the stretch factors.
    // A splitter on a desk never opened has no sizes of its own yet: the saved ones stay.
    for (const QSplitter *splitter : findChildren<QSplitter *>()) {
        if (splitter->objectName().isEmpty() || !splitter->isVisible())
            continue;
        QVariantList sizes;
        for (const int size : splitter->sizes())
            sizes.append(size);
        settings.setValue(u"mainWindow/splitterSizes/"_s + splitter->objectName(), sizes);
    }
    settings.setValue(u"mainWindow/desk"_s, m_desks->currentIndex());
    settings.setValue(u"mainWindow/leftTab"_s, m_leftTabs->currentIndex());
    settings.setValue(u"mainWindow/rightTab"_s, m_rightTabs->currentIndex());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_pendingSplitterSizes.isEmpty())
        applyPendingSplitterSizes();
}

void MainWindow::applyPendingSplitterSizes()
{
    // The layouts give every widget its shown size first; only then do the saved sizes fit as they were.
    if (QLayout *top = layout())
        top->activate();
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        const auto saved = m_pendingSplitterSizes.constFind(splitter->objectName());
        if (saved == m_pendingSplitterSizes.constEnd())
            continue;
        if (QWidget *page = splitter->parentWidget(); page && page->layout())
            page->layout()->activate();
        splitter->setSizes(*saved);
    }
    m_pendingSplitterSizes.clear();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_remembersLayout)
        saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::correctSelected()
{
    const QModelIndex current = m_timeline->list()->currentIndex();
    if (!current.isValid())
        return;
    TimelineService &timeline = m_session.timeline();
    try {
        const std::optional<Interaction> entry = timeline.interaction(current.data(TimelineRoles::Id).toLongLong());
        if (!entry)
            return;
        if (const std::optional<QString> refusal = timeline.correctionRefusal(m_session.actor(), *entry)) {
            showError(*refusal);
            return;
        }
        CorrectEntryDialog dialog(timeline, m_session.actor(), *entry, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_timelineModel->refresh();
        m_timeline->selectInteraction(dialog.correctionId());
    } catch (const Error &error) {
        showError(error.message());
    }
}

void MainWindow::escalateSelected()
{
    const Id customerId = m_timelineModel->customerId();
    if (customerId == 0)
        return;
    QList<Id> interactions;
    const QModelIndex current = m_timeline->list()->currentIndex();
    if (current.isValid())
        interactions.append(current.data(TimelineRoles::Id).toLongLong());
    EscalationDialog dialog(m_session.escalations(), m_session.customers(), m_session.timeline(), m_session.actor(),
        customerId, interactions, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.addedToId() != 0) {
        statusBar()->showMessage(tr("Added to escalation #%1.").arg(dialog.addedToId()), 8000);
        return;
    }
    if (dialog.escalationId() == 0)
        return;
    statusBar()->showMessage(tr("Handed to support as escalation #%1.").arg(dialog.escalationId()), 8000);
    // Tell the customer it is with the specialists now, quoting the number they can refer to.
    std::optional<Escalation> handedOff;
    try {
        if (const std::optional<EscalationListItem> made = m_session.escalations().escalation(dialog.escalationId()))
            handedOff = made->escalation;
    } catch (const Error &error) {
        showError(error.message());
    }
    m_compose->setEntryType(ComposePanel::EntryType::Email);
    m_compose->pickTemplate(handedOff);
}

void MainWindow::escalateConversation(Id conversationId, Id customerId, Id interactionId)
{
    QList<Id> interactions;
    if (interactionId != 0)
        interactions.append(interactionId);
    EscalationDialog dialog(m_session.escalations(), m_session.customers(), m_session.timeline(), m_session.actor(),
        customerId, interactions, this);
    dialog.setConversation(conversationId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.addedToId() != 0)
        statusBar()->showMessage(tr("Added to escalation #%1.").arg(dialog.addedToId()), 8000);
    else if (dialog.escalationId() != 0)
        statusBar()->showMessage(tr("Handed to support as escalation #%1.").arg(dialog.escalationId()), 8000);
}

void MainWindow::openEscalation(Id escalationId)
{
    showEscalationQueue();
    auto *queue = qobject_cast<SpecialistQueueWidget *>(m_queueWindow.data());
    if (!queue || queue->openOwnEscalation(escalationId) || m_session.actor().role == Role::ServiceRep)
        return;
    // Someone else's escalation: in the lists support works from.
    for (const EscalationQueue list : { EscalationQueue::Support, EscalationQueue::Resolved }) {
        queue->setQueue(list);
        if (queue->selectEscalation(escalationId))
            return;
    }
}

void MainWindow::showEscalationQueue()
{
    if (!m_queueWindow) {
        auto *queue = new SpecialistQueueWidget(m_session.escalations(), m_session.actor());
        queue->card()->setMessageContentService(&m_session.messageContent());
        queue->setAttribute(Qt::WA_DeleteOnClose);
        queue->setWindowTitle(tr("Escalations — Tandem"));
        queue->resize(1100, 700);
        // A resolved escalation turned into an article opens in the knowledge base's editor.
        queue->setArticleService(&m_session.articles());
        connect(queue, &SpecialistQueueWidget::articleDrafted, this, [this](Id id) {
            showKnowledgeBase(id);
            raise();
            activateWindow();
        });
        m_queueWindow = queue;
    }
    m_queueWindow->show();
    m_queueWindow->raise();
    m_queueWindow->activateWindow();
}

void MainWindow::updateEscalationBadge()
{
    qint64 waiting = 0;
    try {
        // A specialist's or lead's number is the list the queue window opens on, counted by the same query; a
        // rep's is what waits on them, the part pinned at the top of theirs.
        EscalationQueueFilter filter = EscalationQueueModel::defaultFilterFor(m_session.actor());
        if (m_session.actor().role == Role::ServiceRep)
            filter.queue = EscalationQueue::ReturnedToMe;
        waiting = m_session.escalations().queueCount(m_session.actor(), filter);
    } catch (const Error &error) {
        showError(error.message());
    }
    m_queueAction->setText(waiting > 0 ? tr("Escalations (%1)").arg(waiting) : tr("Escalations"));
    // What comes back to a rep is told escalation by escalation (ReturnedEscalationWatcher).
    if (waiting > m_lastBadgeCount && m_lastBadgeCount >= 0 && m_session.actor().role != Role::ServiceRep)
        m_escalationNotifier->notify(tr("A new escalation is waiting in the queue."));
    m_lastBadgeCount = waiting;
}

void MainWindow::scheduleFollowUp()
{
    const Id customerId = m_timelineModel->customerId();
    if (customerId == 0)
        return;
    const std::optional<Customer> customer = m_session.customers().customer(customerId);
    FollowUpDialog dialog(
        m_session.followUps(), m_session.actor(), customerId, customer ? customer->displayName() : QString(), this);
    dialog.exec();
}

void MainWindow::openInteraction(Id customerId, Id interactionId)
{
    m_leftTabs->setCurrentIndex(0);
    const int row = m_customerModel->rowOf(customerId);
    if (row >= 0) {
        selectCustomerRow(row);
    } else {
        // Not in the list as it is filtered now: show the customer without moving the list.
        m_customerList->clearSelection();
        showCustomerById(customerId);
    }
    if (interactionId != 0)
        m_timeline->selectInteraction(interactionId);
}

void MainWindow::showToolWindow(QWidget *widget, const QString &title)
{
    widget->setAttribute(Qt::WA_DeleteOnClose);
    widget->setWindowTitle(title);
    widget->resize(1100, 700);
    m_toolWindows.append(widget);
    widget->show();
}

void MainWindow::showRecords(const RecordsFilter &filter)
{
    auto *browser = new RecordsBrowser(m_session.records(), m_session.reviews(), m_session.actor());
    connect(browser, &RecordsBrowser::openRequested, this, &MainWindow::openInteraction);
    browser->setFilter(filter);
    showToolWindow(browser, tr("Records — Tandem"));
}

void MainWindow::showTemplateLibrary()
{
    if (!m_templateLibrary) {
        auto *library = new TemplateLibraryWidget(m_session.templates(), m_session.customers(), m_session.actor());
        m_templateLibrary = library;
        showToolWindow(library, tr("Reply Templates — Tandem"));
    }
    m_templateLibrary->setPreviewCustomer(m_timelineModel->customerId());
    m_templateLibrary->show();
    m_templateLibrary->raise();
    m_templateLibrary->activateWindow();
}

void MainWindow::askForReferral()
{
    const Id customerId = m_timelineModel->customerId();
    if (customerId == 0)
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, tr("Log Referral Received"),
        tr("Who did this customer refer to us? The referral is linked to the last referral request they were sent."),
        QString(), &ok);
    if (ok)
        recordReferral(note);
}

bool MainWindow::recordReferral(const QString &note)
{
    const Id customerId = m_timelineModel->customerId();
    if (customerId == 0)
        return false;
    try {
        const ReferralReceipt receipt
            = m_session.templates().recordReferralReceived(m_session.actor(), customerId, note);
        statusBar()->showMessage(receipt.requestInteractionId
                ? tr("Referral logged and linked to the referral request it answered.")
                : tr("Referral logged; this customer had not been sent a referral request."),
            8000);
        return true;
    } catch (const Error &error) {
        showError(error.message());
        return false;
    }
}

void MainWindow::showKpis()
{
    auto *dashboard = new KpiDashboard(m_session.kpis(), m_session.actor());
    dashboard->setArticleService(&m_session.articles());
    connect(dashboard, &KpiDashboard::recordsRequested, this, &MainWindow::showRecords);
    showToolWindow(dashboard, tr("KPI Dashboard — Tandem"));
}

void MainWindow::focusCustomerSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool MainWindow::selectCustomerRow(int row)
{
    if (row < 0 || row >= m_customerModel->rowCount()) {
        showCustomer({});
        return false;
    }
    m_customerList->setCurrentIndex(m_customerModel->index(row));
    return true;
}

void MainWindow::showCustomer(const QModelIndex &current)
{
    showCustomerById(current.isValid() ? m_customerModel->customerIdAt(current.row()) : 0);
}

void MainWindow::showCustomerById(Id customerId)
{
    m_timelineModel->setCustomer(customerId);
    m_compose->setCustomer(customerId);
    m_profile->setCustomer(customerId);
    if (customerId == 0) {
        m_timeline->setTitle(
            m_customerModel->rowCount() == 0 ? tr("No customer matches the search") : tr("No customer selected"));
        m_details->showCustomer(std::nullopt, 0);
        return;
    }
    try {
        const std::optional<Customer> customer = m_session.customers().customer(customerId);
        m_timeline->setTitle(customer ? customer->displayName() : QString());
        m_details->showCustomer(customer, m_timelineModel->totalCount());
        // The newest event is what the rep usually needs first.
        if (m_timelineModel->rowCount() > 0)
            m_timeline->selectInteraction(m_timelineModel->interactionIdAt(0));
    } catch (const Error &error) {
        showError(error.message());
    }
}

void MainWindow::showInteraction(Id interactionId)
{
    if (interactionId == 0) {
        m_details->showInteraction(std::nullopt);
        return;
    }
    try {
        const std::optional<Interaction> entry = m_session.timeline().interaction(interactionId);
        m_details->showInteraction(entry);
        m_compose->suggestArticlesFor(entry);
    } catch (const Error &error) {
        showError(error.message());
    }
}

void MainWindow::showError(const QString &message)
{
    m_banner->showError(message);
}

void MainWindow::updateCustomerCount()
{
    const int loaded = m_customerModel->rowCount();
    m_customerCount->setText(
        m_customerModel->canFetchMore({}) ? tr("%1+ customers").arg(loaded) : tr("%n customer(s)", nullptr, loaded));
}

} // namespace tandem

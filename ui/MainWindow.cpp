#include "MainWindow.h"

#include "CustomerListDelegate.h"
#include "CustomerListModel.h"
#include "DetailsPanel.h"
#include "ModelRoles.h"
#include "RecentWorkspaces.h"
#include "TeamWorkspaceDialog.h"
#include "services/DraftStore.h"
#include "timeline/ComposePanel.h"
#include "timeline/TimelineView.h"
#include "timeline/TimelineModel.h"
#include "services/WorkspaceSession.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

MainWindow::MainWindow(std::unique_ptr<WorkspaceSession> ownedSession, QWidget *parent)
    : QMainWindow(parent), m_ownedSession(std::move(ownedSession)), m_session(*m_ownedSession),
      m_customerModel(new CustomerListModel(m_session.customers(), m_session.actor(), this)),
      m_timelineModel(new TimelineModel(m_session.timeline(), m_session.actor(), this)), m_search(new QLineEdit(this)),
      m_customerList(new QListView(this)), m_customerCount(new QLabel(this)),
      m_timeline(new TimelineView(*m_timelineModel, this)), m_drafts(std::make_unique<DraftStore>()),
      m_compose(new ComposePanel(m_session.timeline(), *m_drafts, m_session.workspaceSpec(), m_session.actor(), this)),
      m_details(new DetailsPanel(this)), m_splitter(new QSplitter(this)),
      m_searchDelay(new QTimer(this))
{
    setWindowTitle(tr("Tandem"));
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

    auto *centre = new QSplitter(Qt::Vertical, this);
    centre->addWidget(m_timeline);
    centre->addWidget(m_compose);
    centre->setStretchFactor(0, 3);
    centre->setStretchFactor(1, 1);
    centre->setChildrenCollapsible(false);
    m_splitter->addWidget(customerPane);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({280, 620, 380});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    // Typing bursts are coalesced into one query; each query is a single indexed lookup.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(60);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_customerModel->setSearchText(m_search->text());
        updateCustomerCount();
        selectCustomerRow(0);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_customerList->setFocus(); });
    connect(m_customerList->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showCustomer);
    connect(m_timeline, &TimelineView::currentInteractionChanged, this, &MainWindow::showInteraction);
    m_compose->setTemplateService(&m_session.templates());
    // Events written by this window, another window, another desk or tandemctl appear in place.
    connect(&m_session.timeline(), &TimelineService::changed, m_timelineModel, &TimelineModel::refresh);
    connect(m_customerModel, &CustomerListModel::loadFailed, this, &MainWindow::showError);
    connect(m_timelineModel, &TimelineModel::loadFailed, this, &MainWindow::showError);
    connect(m_customerModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCustomerCount);

    createMenus();

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
        connectionLabel->setStyleSheet(u"color: #b26a00; font-weight: 600;"_s);
        if (connected)
            statusBar()->showMessage(tr("Connected to the team server again."), 5000);
    });
    auto *workspaceLabel = new QLabel(QDir::toNativeSeparators(m_session.workspaceSpec()), this);
    workspaceLabel->setToolTip(tr("The open workspace"));
    statusBar()->addPermanentWidget(workspaceLabel);

    setTabOrder(m_search, m_customerList);
    setTabOrder(m_customerList, m_timeline->textFilter());
    setTabOrder(m_timeline->textFilter(), m_timeline->list());
    setTabOrder(m_timeline->list(), m_compose);
    setTabOrder(m_compose, m_details);

    updateCustomerCount();
    selectCustomerRow(0);
    m_session.watchForChanges();
}

MainWindow::~MainWindow()
{
    // Views and models use the session's services, so they go before the session does.
    delete m_splitter;
    delete m_customerModel;
    delete m_timelineModel;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Workspace…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QString(),
                                                          tr("Tandem workspaces (*.tandem *.sqlite);;All files (*)"));
        if (!path.isEmpty())
            emit openWorkspaceRequested(path);
    });
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
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *findCustomer = view->addAction(tr("Find &Customer"), this, &MainWindow::focusCustomerSearch);
    findCustomer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *timeline = view->addAction(tr("Go to &Timeline"), this, [this] { m_timeline->focusList(); });
    timeline->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *details = view->addAction(tr("Go to &Details"), this, [this] { m_details->setFocus(); });
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tandem"), this, [this] {
        QMessageBox::about(this, tr("About Tandem"),
                           tr("Tandem %1\nA desktop workstation for customer service and support teams.")
                               .arg(QApplication::applicationVersion()));
    });
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
    const Id customerId = current.isValid() ? m_customerModel->customerIdAt(current.row()) : 0;
    m_timelineModel->setCustomer(customerId);
    m_compose->setCustomer(customerId);
    if (customerId == 0) {
        m_timeline->setTitle(m_customerModel->rowCount() == 0 ? tr("No customer matches the search")
                                                                    : tr("No customer selected"));
        m_details->showCustomer(std::nullopt, 0);
        return;
    }
    try {
        const std::optional<Customer> customer = m_session.customers().customer(m_session.actor(), customerId);
        m_timeline->setTitle(customer ? customer->displayName() : QString());
        m_details->showCustomer(customer, m_session.timeline().eventCount(m_session.actor(), customerId));
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
        m_details->showInteraction(m_session.timeline().interaction(m_session.actor(), interactionId));
    } catch (const Error &error) {
        showError(error.message());
    }
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::updateCustomerCount()
{
    const int loaded = m_customerModel->rowCount();
    m_customerCount->setText(m_customerModel->canFetchMore({}) ? tr("%1+ customers").arg(loaded)
                                                                : tr("%n customer(s)", nullptr, loaded));
}

} // namespace tandem

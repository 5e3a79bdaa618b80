// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DesktopApp.h"

#include "Appearance.h"
#include "MainWindow.h"
#include "RecentWorkspaces.h"
#include "ScreenshotViews.h"
#include "accounts/FirstLeadDialog.h"
#include "accounts/SignInDialog.h"
#include "services/AppTranslations.h"
#include "services/EmbeddedResources.h"
#include "services/ServiceError.h"
#include "services/WorkspaceSession.h"
#include "services/WorkspaceSetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QImageWriter>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

constexpr QSize screenshotSize(1280, 800);

bool hasArgument(int argc, char *argv[], const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0 || std::strncmp(argv[i], name, std::strlen(name)) == 0)
            return true;
    }
    return false;
}

void printError(const QString &message)
{
    std::fputs(QByteArray("tandem: " + message.toUtf8() + '\n').constData(), stderr);
}

// Screenshots need no display; a normal start without one would only abort inside Qt.
bool prepareDisplay(int argc, char *argv[])
{
    if (hasArgument(argc, argv, "--screenshot")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return true;
    }
#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !hasArgument(argc, argv, "--help")
        && !hasArgument(argc, argv, "--version")) {
        std::fputs("tandem: no display is available here, so the window cannot open; "
                   "to see it as an image instead, run: tandem --screenshot tandem.png\n",
            stderr);
        return false;
    }
#endif
    return true;
}

// Drawn with QtSvg directly: the SVG icon engine is a plugin that may not be installed.
QIcon applicationIcon()
{
    ensureEmbeddedResources();
    QSvgRenderer renderer(u":/tandem/icons/org.tandemdesk.Tandem.svg"_s);
    QIcon icon;
    for (const int size : { 16, 24, 32, 48, 64, 128, 256 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void reportFailure(const QString &message, bool interactive)
{
    printError(message);
    if (interactive)
        QMessageBox::critical(nullptr, QApplication::translate("tandem::DesktopApp", "Tandem"), message);
}

// `--as LOGIN` (demo workspaces only); the default demo lead for a demo workspace and for screenshots;
// otherwise a person signs in, or creates the first team lead of a workspace without accounts.
Actor signIn(WorkspaceSession &session, const QString &login, bool interactive)
{
    AccountService &accounts = session.accounts();
    if (!login.isEmpty())
        return accounts.signInWithoutPassword(login);
    if (!interactive || accounts.isDemoWorkspace())
        return accounts.defaultDemoActor();
    std::optional<Actor> actor;
    if (accounts.needsFirstLead()) {
        FirstLeadDialog dialog(accounts, session.workspaceSpec());
        if (dialog.exec() == QDialog::Accepted)
            actor = dialog.actor();
    } else {
        SignInDialog dialog(accounts, session.workspaceSpec());
        if (dialog.exec() == QDialog::Accepted)
            actor = dialog.actor();
    }
    if (actor)
        return *actor;
    throw ServiceError(QApplication::translate("tandem::DesktopApp", "Signing in was cancelled."));
}

// Only the default workspace is made without asking; a mistyped --workspace path must not quietly become a
// new workspace (and its folders). Without a person to ask (screenshots), nothing is made elsewhere.
WorkspaceSetup::OpenMode openMode(const QString &spec, bool readOnly, bool interactive, QWidget *parent)
{
    if (readOnly)
        return WorkspaceSetup::OpenMode::ReadOnly;
    if (spec == WorkspaceSetup::defaultWorkspacePath() || !WorkspaceSetup::wouldCreate(spec))
        return WorkspaceSetup::OpenMode::CreateIfMissing;
    const QString where = QDir::toNativeSeparators(spec);
    if (!interactive) {
        throw ServiceError(QApplication::translate("tandem::DesktopApp",
            "There is no workspace at %1. Make one with \"tandemctl demo --workspace %1\", or start Tandem "
            "without --workspace.")
                .arg(where));
    }
    const QMessageBox::StandardButton answer
        = QMessageBox::question(parent, QApplication::translate("tandem::DesktopApp", "Create Workspace"),
            QApplication::translate("tandem::DesktopApp",
                "There is no workspace at %1.\n\nCreate a new workspace there, with demo data to try Tandem on?")
                .arg(where),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        throw ServiceError(QApplication::translate("tandem::DesktopApp", "No workspace was created at %1.").arg(where));
    return WorkspaceSetup::OpenMode::CreateIfMissing;
}

std::unique_ptr<WorkspaceSession> openSession(
    const QString &spec, const QString &login, bool interactive, bool readOnly = false, QWidget *parent = nullptr)
{
    DemoOptions demo;
    demo.anchor = WorkspaceSetup::todayAnchor();
    const WorkspaceSetup::OpenMode mode = openMode(spec, readOnly, interactive, parent);
    std::unique_ptr<WorkspaceSession> session;
    QString password;
    while (!session) {
        try {
            session = WorkspaceSetup::openSession(spec, demo, SystemClock::instance(), password, mode);
        } catch (const PasswordRequired &request) {
            if (!interactive)
                throw;
            bool ok = false;
            password = QInputDialog::getText(nullptr, QApplication::translate("tandem::DesktopApp", "Team Workspace"),
                request.message() + u"\n\n"_s + QApplication::translate("tandem::DesktopApp", "Password:"),
                QLineEdit::Password, QString(), &ok);
            if (!ok)
                throw ServiceError(
                    QApplication::translate("tandem::DesktopApp", "Opening the team workspace was cancelled."));
        }
    }
    session->setActor(signIn(*session, login, interactive));
    if (interactive)
        RecentWorkspaces::remember(spec);
    return session;
}

int takeScreenshot(MainWindow &window, const QString &view, const QString &path)
{
    window.resize(screenshotSize);
    window.show();
    QApplication::processEvents();
    QWidget *shown = &window;
    const std::unique_ptr<QWidget> other = ScreenshotViews::create(view, window);
    if (other) {
        if (!other->testAttribute(Qt::WA_Resized))
            other->adjustSize();
        other->show();
        shown = other.get();
    }
    // What a view changed in the window (an entry opened, a text set) lays out and updates its scroll bars
    // in events of its own; the picture shows the window after them, as a person would see it.
    QApplication::processEvents();
    const QImage image = shown->grab().toImage();
    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        printError(QApplication::translate("tandem::DesktopApp", "Could not write the screenshot %1: %2")
                .arg(QDir::toNativeSeparators(path), writer.errorString()));
        return 1;
    }
    return 0;
}

// Opening another workspace shows a new window with its own session and closes the old one.
void showMainWindow(std::unique_ptr<WorkspaceSession> session)
{
    auto *window = new MainWindow(std::move(session));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->restoreLayout();
    window->startBackgroundWork();
    QObject::connect(window, &MainWindow::openWorkspaceRequested, window, [window](const QString &spec) {
        try {
            showMainWindow(openSession(spec, QString(), true, false, window));
            window->close();
        } catch (const Error &error) {
            QMessageBox::warning(
                window, QApplication::translate("tandem::DesktopApp", "Open Workspace"), error.message());
        }
    });
    window->show();
}

} // namespace

int runDesktopApp(int argc, char *argv[])
{
    if (!prepareDisplay(argc, argv))
        return 1;
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"tandem"_s);
    QApplication::setOrganizationName(u"tandem"_s);
    QApplication::setApplicationDisplayName(u"Tandem"_s);
    QApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    QApplication::setDesktopFileName(u"org.tandemdesk.Tandem"_s);
    // The installed icon theme's rendering where there is one (hicolor has ours after installation).
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.tandemdesk.Tandem"_s, applicationIcon()));
    AppTranslations::install(QLocale(), &app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("tandem::DesktopApp", "Desktop workstation for customer service and support."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { u"workspace"_s,
            QApplication::translate("tandem::DesktopApp", "Workspace file to open (default: %1).")
                .arg(QDir::toNativeSeparators(WorkspaceSetup::defaultWorkspacePath())),
            u"W"_s },
        { u"as"_s, QApplication::translate("tandem::DesktopApp", "Sign in as this agent (demo workspaces only)."),
            u"LOGIN"_s },
        { u"screenshot"_s,
            QApplication::translate("tandem::DesktopApp", "Render the window offscreen to this PNG file and exit."),
            u"FILE"_s },
        { u"view"_s,
            QApplication::translate("tandem::DesktopApp", "With --screenshot: the view to show (%1).")
                .arg(ScreenshotViews::names().join(u", "_s)),
            u"NAME"_s },
        { u"read-only"_s,
            QApplication::translate("tandem::DesktopApp", "Open the workspace only to read it; nothing is changed.") },
        { u"palette"_s,
            QApplication::translate("tandem::DesktopApp",
                "Colours for this run: system, light or dark (default: the theme chosen in View > "
                "Theme; screenshots: system)."),
            u"THEME"_s },
    });
    parser.process(app);

    const QString screenshot = parser.value(u"screenshot"_s);
    const bool interactive = screenshot.isEmpty();
    const QString view = parser.isSet(u"view"_s) ? parser.value(u"view"_s) : u"main"_s;
    if (!ScreenshotViews::names().contains(view)) {
        printError(QApplication::translate("tandem::DesktopApp", "Unknown view \"%1\"; known views: %2.")
                .arg(view, ScreenshotViews::names().join(u", "_s)));
        return 2;
    }
    // Screenshots do not depend on what this user chose for the window they work in.
    std::optional<Appearance::Theme> theme = interactive ? Appearance::stored() : Appearance::Theme::System;
    if (parser.isSet(u"palette"_s)) {
        theme = Appearance::fromKey(parser.value(u"palette"_s));
        if (!theme) {
            printError(
                QApplication::translate("tandem::DesktopApp", "Unknown palette \"%1\"; use system, light or dark.")
                    .arg(parser.value(u"palette"_s)));
            return 2;
        }
    }
    Appearance::apply(*theme);

    const QString spec
        = parser.isSet(u"workspace"_s) ? parser.value(u"workspace"_s) : WorkspaceSetup::defaultWorkspacePath();

    std::unique_ptr<WorkspaceSession> session;
    try {
        session = openSession(spec, parser.value(u"as"_s), interactive, parser.isSet(u"read-only"_s));
    } catch (const Error &error) {
        reportFailure(error.message(), interactive);
        return 1;
    }

    if (!interactive) {
        MainWindow window(std::move(session));
        return takeScreenshot(window, view, screenshot);
    }
    showMainWindow(std::move(session));
    // Every KJob (KIMAP, KSMTP) holds a QEventLoopLocker while it lives: with the quit lock on, the end of
    // a mail thread's last job while no window is shown (a dialog between windows) would end the program.
    QCoreApplication::setQuitLockEnabled(false);
    return QApplication::exec();
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DateTimeText.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "ScreenshotViews.h"
#include "TempWorkspace.h"
#include "domain/MessageAttachment.h"
#include "inbox/OutboxModel.h"
#include "services/AppTranslations.h"
#include "services/WorkspaceSession.h"
#include "timeline/ComposePanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <map>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

// The app's catalogues and default locale for one test, as `tandem` installs them at start-up.
class LocaleScope
{
public:
    explicit LocaleScope(const QLocale &locale) : m_previous(QLocale())
    {
        QLocale::setDefault(locale);
        m_translators = AppTranslations::install(locale, &m_owner);
    }
    ~LocaleScope()
    {
        for (QTranslator *translator : std::as_const(m_translators))
            QCoreApplication::removeTranslator(translator);
        QLocale::setDefault(m_previous);
    }
    LocaleScope(const LocaleScope &) = delete;
    LocaleScope &operator=(const LocaleScope &) = delete;

private:
    QLocale m_previous;
    QObject m_owner;
    QList<QTranslator *> m_translators;
};

struct Expected
{
    QStringList menus;
    QString escalate;
    QStringList tabs;
    QStringList composeButtons;
};

const std::map<QString, Expected> expectedTexts {
    { u"de"_s,
        { { u"&Datei"_s, u"&Ansicht"_s, u"&Kunde"_s, u"Aus&wertung"_s, u"&Hilfe"_s }, u"&Eskalieren…"_s,
            { u"Kunden"_s, u"Suche"_s, u"Nachfasstermine"_s, u"Details"_s, u"Profil"_s },
            { u"&Erfassen"_s, u"&Vorlage…"_s } } },
    { u"fr"_s,
        { { u"&Fichier"_s, u"&Affichage"_s, u"&Client"_s, u"&Pilotage"_s, u"Aid&e"_s }, u"&Escalader…"_s,
            { u"Clients"_s, u"Recherche"_s, u"Relances"_s, u"Détails"_s, u"Profil"_s },
            { u"&Consigner"_s, u"&Modèle…"_s } } },
};

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        path.prepend(w->objectName().isEmpty()
                ? QString::fromLatin1(w->metaObject()->className())
                : QString::fromLatin1(w->metaObject()->className()) + u'#' + w->objectName());
    }
    return path.join(u" > "_s);
}

QString clipped(const QWidget *widget, const QString &text, int has, int needs)
{
    return u"%1 \"%2\" is %3 px wide but needs %4 px"_s.arg(describe(widget), text).arg(has).arg(needs);
}

bool shown(const QWidget *widget, const QWidget *top)
{
    return widget == top || widget->isVisibleTo(top);
}

// Every text in `top` that its layout leaves too little room for: labels and buttons narrower than
// their minimum size hint, tabs narrower than their text, menu bar titles squeezed or pushed into the
// overflow button. Labels that wrap, and labels that give up their width on purpose to elide, are left out.
QStringList clippedTexts(const QWidget *top)
{
    QStringList problems;
    for (const QLabel *label : top->findChildren<QLabel *>()) {
        if (!shown(label, top) || label->text().isEmpty() || label->wordWrap()
            || label->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            continue;
        const int needs = label->minimumSizeHint().width();
        if (label->width() < needs)
            problems.append(clipped(label, label->text(), label->width(), needs));
    }
    for (const QAbstractButton *button : top->findChildren<QAbstractButton *>()) {
        if (!shown(button, top) || button->text().isEmpty())
            continue;
        const int needs = button->minimumSizeHint().width();
        if (button->width() < needs)
            problems.append(clipped(button, button->text(), button->width(), needs));
    }
    for (const QTabBar *tabs : top->findChildren<QTabBar *>()) {
        if (!shown(tabs, top))
            continue;
        const QFontMetrics metrics(tabs->font());
        const int padding = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            const QRect rect = tabs->tabRect(i);
            const int needs = metrics.size(Qt::TextShowMnemonic, tabs->tabText(i)).width() + padding;
            if (rect.width() < needs || rect.x() + rect.width() > tabs->width())
                problems.append(clipped(tabs, tabs->tabText(i), rect.width(), needs));
        }
    }
    for (const QMenuBar *bar : top->findChildren<QMenuBar *>()) {
        if (!shown(bar, top))
            continue;
        const QFontMetrics metrics(bar->font());
        for (QAction *action : bar->actions()) {
            if (!action->isVisible())
                continue;
            const QRect rect = bar->actionGeometry(action);
            const int needs = metrics.size(Qt::TextShowMnemonic, action->text()).width();
            if (!bar->rect().contains(rect) || rect.width() < needs)
                problems.append(clipped(bar, action->text(), rect.width(), needs));
        }
    }
    // A tool bar or menu bar that does not fit hides its last entries behind an extension button.
    for (const QToolButton *button : top->findChildren<QToolButton *>()) {
        const QString name = button->objectName();
        if (shown(button, top) && (name == u"qt_toolbar_ext_button"_s || name == u"qt_menubar_ext_button"_s))
            problems.append(describe(button) + u" shows: the bar does not fit"_s);
    }
    return problems;
}

std::unique_ptr<WorkspaceSession> demoSession(test::TempWorkspace &temp, const Clock &clock, const QString &login)
{
    temp.openWithDemo(60, 600, 21);
    auto session = std::make_unique<WorkspaceSession>(temp.take(), clock);
    session->setActor(session->accounts().signInWithoutPassword(login));
    return session;
}

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QStringList tabTitles(const QWidget &window)
{
    QStringList titles;
    for (const QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            titles.append(tabs->tabText(i));
    }
    return titles;
}

QStringList buttonTexts(const QWidget &parent)
{
    QStringList texts;
    for (const QAbstractButton *button : parent.findChildren<QAbstractButton *>())
        texts.append(button->text());
    return texts;
}

} // namespace

TEST_CASE("the main window speaks German and French without clipping a text", "[packaging][i18n]")
{
    const QString language = GENERATE(u"de"_s, u"fr"_s);
    INFO("locale " << language.toStdString());
    const QLocale locale(language);
    REQUIRE(AppTranslations::hasCatalogue(locale));
    const LocaleScope scope(locale);
    const Expected &expected = expectedTexts.at(language);

    test::TempWorkspace temp;
    test::MockClock clock;
    MainWindow window(demoSession(temp, clock, u"lead"_s));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();

    const QStringList menus = menuTitles(window);
    for (const QString &menu : expected.menus) {
        INFO("menu " << menu.toStdString());
        CHECK(menus.contains(menu));
    }
    const auto *desk = window.findChild<QToolBar *>(u"deskToolBar"_s);
    REQUIRE(desk);
    QStringList deskActions;
    for (const QAction *action : desk->actions())
        deskActions.append(action->text());
    CHECK(deskActions.contains(expected.escalate));
    const QStringList tabs = tabTitles(window);
    for (const QString &tab : expected.tabs) {
        INFO("tab " << tab.toStdString());
        CHECK(tabs.contains(tab));
    }
    const auto *compose = window.findChild<ComposePanel *>();
    REQUIRE(compose);
    const QStringList composeButtons = buttonTexts(*compose);
    for (const QString &button : expected.composeButtons) {
        INFO("compose button " << button.toStdString());
        CHECK(composeButtons.contains(button));
    }

    const QStringList problems = clippedTexts(&window);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("every screenshot view fits its German and French texts", "[packaging][i18n]")
{
    const QString language = GENERATE(u"de"_s, u"fr"_s);
    const QLocale locale(language);
    const LocaleScope scope(locale);

    test::TempWorkspace temp;
    test::MockClock clock;
    MainWindow window(demoSession(temp, clock, u"lead"_s));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    for (const QString &name : ScreenshotViews::names()) {
        if (name == u"main"_s)
            continue;
        INFO("locale " << language.toStdString() << ", view " << name.toStdString());
        const std::unique_ptr<QWidget> view = ScreenshotViews::create(name, window);
        if (!view)
            continue;
        // Sized as `tandem --screenshot --view` sizes it.
        if (!view->testAttribute(Qt::WA_Resized))
            view->adjustSize();
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
        QApplication::processEvents();
        const QStringList problems = clippedTexts(view.get());
        INFO(problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("times in lists and due dates are shown to the minute in every locale", "[i18n][frontline]")
{
    const QLocale locale = GENERATE(QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates),
        QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::French, QLocale::France));
    INFO(locale.name().toStdString());
    const QDateTime due(QDate(2026, 12, 4), QTime(9, 7, 41));
    const QString shown = shortDateTimeText(due, locale);
    CHECK_FALSE(shown.contains(u"41"_s));
    CHECK(shown.contains(u"07"_s));
    CHECK_FALSE(minutesTimeFormat(locale).contains(u's'));
}

TEST_CASE("counts read as English in English and in a locale without a catalogue", "[i18n][frontline]")
{
    const QLocale locale = GENERATE(
        QLocale(QLocale::English, QLocale::UnitedStates), QLocale::c(), QLocale(QLocale::Spanish, QLocale::Spain));
    INFO(locale.name().toStdString());
    LocaleScope scope(locale);
    CHECK(QCoreApplication::translate("tandem::MainWindow", "%n customer(s)", nullptr, 1) == u"1 customer"_s);
    CHECK(QCoreApplication::translate("tandem::MainWindow", "%n customer(s)", nullptr, 2) == u"2 customers"_s);
    CHECK(QCoreApplication::translate("tandem::DetailsPanel", "%n event(s)", nullptr, 1) == u"1 event"_s);
}

TEST_CASE("a bounce and a refused file, stored as facts, read in the reader's language", "[i18n][mail]")
{
    OutboxEntry bounced;
    bounced.state = OutboxState::Failed;
    bounced.permanent = true;
    bounced.bounced = true;
    bounced.lastError = u"550 5.1.1 <noor@customers.example>: User unknown"_s;
    MessageAttachment dump;
    dump.fileName = u"memory.dmp"_s;
    dump.size = 150 * 1024;
    dump.refusedAbove = 100 * 1024;
    const QString englishBounce = OutboxModel::failureText(bounced);
    const QString englishRefusal = dump.refusal();
    CHECK(englishBounce == u"The message bounced: "_s + bounced.lastError);
    CHECK(englishRefusal.startsWith(u"Not kept: the file is"_s));

    const QLocale locale
        = GENERATE(QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::French, QLocale::France));
    INFO(locale.name().toStdString());
    LocaleScope scope(locale);
    const QString bounce = OutboxModel::failureText(bounced);
    CHECK(bounce != englishBounce);
    CHECK(bounce.contains(bounced.lastError)); // the server's own words, as it gave them
    CHECK(dump.refusal() != englishRefusal);
    CHECK(dump.refusal().contains(locale.formattedDataSize(100 * 1024)));
}

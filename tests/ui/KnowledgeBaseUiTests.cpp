// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EscalationSamples.h"
#include "EscalationSteps.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "MockClock.h"
#include "ModelRoles.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "escalation/SpecialistQueueWidget.h"
#include "kb/ArticleEditor.h"
#include "kb/ArticleHistoryDialog.h"
#include "kb/ArticleListModel.h"
#include "kb/ArticleReader.h"
#include "kb/KnowledgeBaseWidget.h"
#include "services/AccountService.h"
#include "services/ArticleService.h"
#include "services/CustomerService.h"
#include "services/EscalationService.h"
#include "services/WorkspaceSession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

constexpr Millis month = 31LL * 24 * 60 * 60 * 1000;

struct Desk
{
    test::TempWorkspace temp;
    Workspace &workspace;
    test::MockClock clock;
    ArticleService articles;
    EscalationService escalations;
    Actor lead;
    Actor specialist;
    Actor rep;

    Desk()
        : workspace(temp.openWithDemo(6, 40, 5)),
          articles(workspace, clock),
          escalations(workspace, clock),
          lead(AccountService(workspace).signInWithoutPassword(u"lead"_s)),
          specialist(AccountService(workspace).signInWithoutPassword(u"specialist"_s)),
          rep(AccountService(workspace).signInWithoutPassword(u"rep"_s))
    {
        REQUIRE(articles.installStarterArticles() == 10);
    }
};

QStringList titles(const ArticleListModel &model)
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.index(row).data().toString());
    return shown;
}

// Types each line, pressing Return before every one but the first, as a person writes in the text box.
void typeLines(QPlainTextEdit *edit, const QStringList &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, lines.at(i));
    }
}

void choose(QComboBox *box, const QString &text)
{
    const int index = box->findText(text);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

TEST_CASE("a lead finds an article by typing, edits it with a live preview, publishes and reverts it", "[kb][ui]")
{
    Desk desk;
    KnowledgeBaseWidget kb(desk.articles, desk.lead, false);
    QAbstractItemModelTester tester(kb.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(kb.model()->rowCount() == 10);
    // The first article is chosen and read at once.
    CHECK(kb.selectedArticleId() != 0);

    QTest::keyClicks(kb.searchEdit(), u"thermostat e4"_s);
    REQUIRE(kb.model()->rowCount() >= 1);
    CHECK(titles(*kb.model()).front() == u"Thermostat shows error E4"_s);
    CHECK(kb.reader()->toPlainText().startsWith(u"Thermostat shows error E4"_s));
    const Id thermostat = kb.selectedArticleId();
    CHECK(kb.editButton()->isVisibleTo(&kb));
    CHECK(kb.reviewedButton()->isVisibleTo(&kb));

    kb.editButton()->click();
    REQUIRE(kb.isEditing());
    ArticleEditor *editor = kb.editor();
    CHECK(editor->publishButton()->text() == u"&Publish Changes"_s);
    // The list waits while an article is being written.
    CHECK_FALSE(kb.list()->isEnabled());
    editor->titleEdit()->selectAll();
    QTest::keyClicks(editor->titleEdit(), u"Thermostat blinks E4"_s);
    editor->bodyEdit()->moveCursor(QTextCursor::End);
    typeLines(editor->bodyEdit(), { QString(), QString(), u"## Still blinking"_s, QString(), u"Call support."_s });
    CHECK(test::waitUntil([&] { return editor->preview()->toPlainText().contains(u"Still blinking"_s); }));
    CHECK(editor->preview()->toPlainText().startsWith(u"Thermostat blinks E4"_s));
    CHECK(editor->isModified());

    editor->publishButton()->click();
    CHECK_FALSE(kb.isEditing());
    CHECK(kb.messageBanner()->text() == u"Version 2 is published."_s);
    CHECK(desk.articles.find(desk.lead, thermostat)->publishedVersion == 2);
    CHECK(kb.reader()->toPlainText().startsWith(u"Thermostat blinks E4"_s));

    // The history shows both versions and puts the first back as the third.
    kb.historyButton()->click();
    ArticleHistoryDialog *history = kb.historyDialog();
    REQUIRE(history);
    REQUIRE(history->versionList()->count() == 2);
    CHECK_FALSE(history->revertButton()->isEnabled()); // the newest is what readers see already
    history->versionList()->setCurrentRow(1);
    CHECK(history->reader()->toPlainText().startsWith(u"Thermostat shows error E4"_s));
    REQUIRE(history->revertToChosen());
    CHECK(history->versionList()->count() == 3);
    history->close();
    CHECK(desk.articles.find(desk.lead, thermostat)->title == u"Thermostat shows error E4"_s);
    // The list follows the change feed through the throttle, as it does for another desk's change.
    CHECK(test::waitUntil([&] { return kb.reader()->toPlainText().startsWith(u"Thermostat shows error E4"_s); }));

    // Filters: a category, then the articles due for a review a year later.
    kb.searchEdit()->clear();
    choose(kb.categoryFilter(), u"Troubleshooting"_s);
    REQUIRE(kb.model()->rowCount() > 0);
    for (int row = 0; row < kb.model()->rowCount(); ++row)
        CHECK(kb.model()->index(row).data(ArticleRoles::Category).toString() == u"Troubleshooting"_s);
    kb.categoryFilter()->setCurrentIndex(0);
    desk.clock.advance(13 * month);
    choose(kb.stateFilter(), u"Due for review"_s);
    const int due = kb.model()->rowCount();
    REQUIRE(due > 0);
    CHECK(kb.model()->index(0).data(ArticleRoles::Stale).toBool());
    CHECK(kb.reader()->toPlainText().contains(u"Due for a review since"_s));
    kb.reviewedButton()->click();
    CHECK(kb.messageBanner()->text() == u"Marked as reviewed today."_s);
    CHECK(kb.model()->rowCount() == due - 1);

    // A new article starts as a draft.
    choose(kb.stateFilter(), u"Published and drafts"_s);
    kb.newButton()->click();
    REQUIRE(kb.isEditing());
    QTest::keyClicks(kb.editor()->titleEdit(), u"Camera night mode"_s);
    QTest::keyClicks(kb.editor()->bodyEdit(), u"Turn on night mode in the camera's settings."_s);
    kb.editor()->saveButton()->click();
    CHECK_FALSE(kb.isEditing());
    CHECK(titles(*kb.model()).contains(u"Camera night mode"_s));
    const Article made = *desk.articles.find(desk.lead, kb.selectedArticleId());
    CHECK(made.state == ArticleState::Draft);
    CHECK(kb.model()->index(kb.model()->rowOf(made.id)).data(ArticleRoles::Details).toString().contains(u"draft"_s));
}

TEST_CASE("a lead archives an article and brings it back from the archived list", "[kb][ui]")
{
    Desk desk;
    KnowledgeBaseWidget kb(desk.articles, desk.lead, false);
    QAbstractItemModelTester tester(kb.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTest::keyClicks(kb.searchEdit(), u"thermostat e4"_s);
    REQUIRE(titles(*kb.model()).value(0) == u"Thermostat shows error E4"_s);
    const Id thermostat = kb.selectedArticleId();
    CHECK(kb.archiveButton()->text() == u"&Archive"_s);

    kb.archiveButton()->click();
    CHECK(kb.messageBanner()->text() == u"“Thermostat shows error E4” is archived."_s);
    CHECK_FALSE(titles(*kb.model()).contains(u"Thermostat shows error E4"_s));

    kb.searchEdit()->clear();
    REQUIRE(kb.showArchived());
    CHECK(kb.stateFilter()->currentText() == u"Archived"_s);
    // A rep's desk has no archive to show.
    KnowledgeBaseWidget repsDesk(desk.articles, desk.rep, false);
    CHECK_FALSE(repsDesk.showArchived());
    REQUIRE(titles(*kb.model()) == QStringList { u"Thermostat shows error E4"_s });
    CHECK(kb.selectedArticleId() == thermostat);
    CHECK(kb.archiveButton()->isVisibleTo(&kb));
    CHECK(kb.archiveButton()->text() == u"&Restore"_s);
    kb.archiveButton()->click();
    CHECK(kb.messageBanner()->text() == u"“Thermostat shows error E4” is published again."_s);
    CHECK(desk.articles.find(desk.rep, thermostat)->state == ArticleState::Published);
    CHECK(kb.model()->rowCount() == 0);
    choose(kb.stateFilter(), u"Published"_s);
    CHECK(titles(*kb.model()).contains(u"Thermostat shows error E4"_s));
}

TEST_CASE("a rep suggests an edit, the lead publishes it, and refusals are said in the banner", "[kb][ui]")
{
    Desk desk;
    KnowledgeBaseWidget repDesk(desk.articles, desk.rep, false);
    KnowledgeBaseWidget leadDesk(desk.articles, desk.lead, false);
    QAbstractItemModelTester tester(repDesk.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTest::keyClicks(repDesk.searchEdit(), u"pairing"_s);
    REQUIRE(repDesk.model()->rowCount() >= 1);
    const Id pairing = repDesk.selectedArticleId();
    CHECK(repDesk.editButton()->text() == u"&Suggest an Edit"_s);
    CHECK_FALSE(repDesk.reviewedButton()->isVisibleTo(&repDesk));
    CHECK_FALSE(repDesk.archiveButton()->isVisibleTo(&repDesk));

    repDesk.editButton()->click();
    REQUIRE(repDesk.isEditing());
    CHECK(repDesk.editor()->saveButton()->text() == u"&Suggest This Change"_s);
    CHECK_FALSE(repDesk.editor()->publishButton()->isVisibleTo(repDesk.editor()));
    // A refusal: the title cannot be empty; the editor stays open with what was typed.
    repDesk.editor()->titleEdit()->clear();
    repDesk.editor()->saveButton()->click();
    CHECK(repDesk.isEditing());
    CHECK(repDesk.messageBanner()->text() == u"An article needs a title."_s);
    CHECK(repDesk.messageBanner()->messageType() == KMessageWidget::Error);
    QTest::keyClicks(repDesk.editor()->titleEdit(), u"Pairing a sensor with the hub"_s);
    repDesk.editor()->bodyEdit()->moveCursor(QTextCursor::End);
    typeLines(repDesk.editor()->bodyEdit(), { QString(), QString(), u"Keep the sensor within a metre of the hub."_s });
    repDesk.editor()->saveButton()->click();
    REQUIRE_FALSE(repDesk.isEditing());
    CHECK(repDesk.messageBanner()->text() == u"Your change is saved; a team lead or specialist publishes it."_s);
    const QList<Article> suggested = desk.articles.suggestedEdits(desk.lead, pairing);
    REQUIRE(suggested.size() == 1);
    CHECK(repDesk.selectedArticleId() == suggested.front().id);
    CHECK(desk.articles.find(desk.lead, pairing)->publishedVersion == 1);

    // The lead's desk hears of it and shows the suggestion on the article.
    REQUIRE(leadDesk.openArticle(pairing));
    CHECK(test::waitUntil([&] { return leadDesk.suggestionsLabel()->isVisibleTo(&leadDesk); }));
    // (Tests load no translation, so the English plural form is not applied here.)
    CHECK(leadDesk.suggestionsLabel()->text().contains(u"suggested change"_s));
    CHECK(leadDesk.suggestionsLabel()->text().contains(u"edit:"_s + QString::number(suggested.front().id)));
    emit leadDesk.suggestionsLabel()->linkActivated(u"edit:"_s + QString::number(suggested.front().id));
    REQUIRE(leadDesk.isEditing());
    CHECK(leadDesk.editor()->titleEdit()->text() == u"Pairing a sensor with the hub"_s);
    leadDesk.editor()->publishButton()->click();
    REQUIRE_FALSE(leadDesk.isEditing());
    const Article published = *desk.articles.find(desk.lead, pairing);
    CHECK(published.publishedVersion == 2);
    CHECK(published.body.endsWith(u"Keep the sensor within a metre of the hub."_s));
    CHECK(desk.articles.versions(desk.lead, pairing).front().authorId == desk.rep.agentId);
    CHECK(leadDesk.selectedArticleId() == pairing);

    // A rep's desk offers nothing that writes in a read-only workspace.
    KnowledgeBaseWidget readOnly(desk.articles, desk.rep, true);
    CHECK_FALSE(readOnly.newButton()->isVisibleTo(&readOnly));
    CHECK_FALSE(readOnly.editButton()->isVisibleTo(&readOnly));
}

TEST_CASE("a resolved escalation turns into a draft that waits for a check before it is published", "[kb][ui]")
{
    Desk desk;
    const std::optional<Customer> customer = CustomerService(desk.workspace).customer(1);
    REQUIRE(customer);
    HandoffForm form = test::sampleHandoff(1, Severity::S2, u"Export fails for "_s + customer->displayName());
    form.actual = u"Error page; reply to "_s + customer->email;
    const Id escalation = desk.escalations.escalate(desk.rep, form);
    test::step(desk.escalations, desk.specialist, escalation, EscalationAction::Claim);
    test::step(desk.escalations, desk.specialist, escalation, EscalationAction::Start);

    SpecialistQueueWidget queue(desk.escalations, desk.specialist);
    queue.setArticleService(&desk.articles);
    REQUIRE(queue.selectEscalation(escalation));
    // Not before it is resolved.
    CHECK_FALSE(queue.turnIntoArticleButton()->isVisibleTo(&queue));
    test::step(desk.escalations, desk.specialist, escalation, EscalationAction::Resolve, u"Cleared the cache."_s);
    queue.setQueue(EscalationQueue::Resolved);
    REQUIRE(queue.selectEscalation(escalation));
    REQUIRE(queue.turnIntoArticleButton()->isVisibleTo(&queue));
    QSignalSpy drafted(&queue, &SpecialistQueueWidget::articleDrafted);
    queue.turnIntoArticleButton()->click();
    REQUIRE(drafted.size() == 1);
    const Id draftId = drafted.front().front().toLongLong();

    // The rep who escalated it is not offered the step.
    SpecialistQueueWidget repQueue(desk.escalations, desk.rep);
    repQueue.setArticleService(&desk.articles);
    repQueue.setQueue(EscalationQueue::EscalatedByMe);
    REQUIRE(repQueue.selectEscalation(escalation));
    CHECK_FALSE(repQueue.turnIntoArticleButton()->isVisibleTo(&repQueue));

    KnowledgeBaseWidget kb(desk.articles, desk.specialist, false);
    REQUIRE(kb.editArticle(draftId));
    ArticleEditor *editor = kb.editor();
    CHECK(editor->titleEdit()->text() == u"Export fails for the customer"_s);
    CHECK_FALSE(editor->bodyEdit()->toPlainText().contains(customer->email));
    CHECK(editor->checkBanner()->isVisibleTo(editor));
    CHECK(editor->checkBanner()->text().contains(u"Made from escalation #"_s + QString::number(escalation)));
    CHECK_FALSE(editor->publishButton()->isEnabled());
    // The list flags it too.
    CHECK(kb.model()->index(kb.model()->rowOf(draftId)).data(ArticleRoles::NeedsCheck).toBool());

    editor->confirmCheckAction()->trigger();
    CHECK_FALSE(editor->checkBanner()->isVisibleTo(editor));
    REQUIRE(editor->publishButton()->isEnabled());
    editor->publishButton()->click();
    REQUIRE_FALSE(kb.isEditing());
    const Article article = *desk.articles.find(desk.specialist, draftId);
    CHECK(article.state == ArticleState::Published);
    CHECK_FALSE(article.needsCheck);
}

TEST_CASE("the knowledge base is a desk of the main window, one key away", "[kb][ui]")
{
    test::TempWorkspace temp;
    test::MockClock clock;
    temp.openWithDemo(6, 40, 5);
    auto session = std::make_unique<WorkspaceSession>(temp.take(), clock);
    session->setActor(session->accounts().signInWithoutPassword(u"rep"_s));
    session->articles().installStarterArticles();
    MainWindow window(std::move(session));
    QAction *open = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_3))
            open = action;
    }
    REQUIRE(open);
    open->trigger();
    auto *desks = window.findChild<QTabWidget *>(u"desks"_s);
    REQUIRE(desks);
    CHECK(desks->currentWidget() == window.knowledgeBase());
    CHECK(window.knowledgeBase()->model()->rowCount() == 10);
}

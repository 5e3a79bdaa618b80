// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerMessages.h"
#include "RepDesk.h"
#include "Wait.h"
#include "inbox/ConversationPane.h"
#include "kb/ArticleSuggestions.h"
#include "services/ArticleService.h"
#include "services/ConversationService.h"
#include "services/TimelineService.h"
#include "storage/Query.h"
#include "timeline/ComposePanel.h"

#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

TEST_CASE("the reply box suggests articles for the customer's message; keys insert a link or the plain text",
    "[inbox][kb][ui]")
{
    test::RepDesk desk(12, 300, 11);
    Workspace &workspace = desk.workspace;
    ConversationService conversations(workspace, desk.clock);
    ArticleService articles(workspace, desk.clock);
    REQUIRE(articles.installStarterArticles() == 10); // as a new demo desk has them
    const Id conversationId = test::startConversation(conversations, desk.clock, u"noor"_s); // "Our hub is offline…"

    ConversationPane pane(conversations, desk.drafts, desk.temp.path(), desk.rep);
    pane.setArticleService(&articles);
    pane.setConversation(conversationId);
    pane.resize(900, 700);
    pane.show();
    pane.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&pane));
    ArticleSuggestions *suggestions = pane.articleSuggestions();
    // Worked out once the selection has been shown (showing the pane ran the event loop already).
    suggestions->updateNow();
    REQUIRE(suggestions->list()->count() >= 1);
    CHECK(suggestions->list()->count() <= ArticleSuggestions::shownSuggestions);
    CHECK(suggestions->list()->item(0)->text() == u"The Lumo Hub 2 shows “offline” in the app"_s);
    const Article hub = *suggestions->currentArticle();

    // Without the site's address there is no link to insert: it says so, and the reply stays as it was.
    QPlainTextEdit *reply = pane.replyEdit();
    reply->setFocus();
    QTest::keySequence(reply, ArticleSuggestions::linkShortcut());
    CHECK(reply->toPlainText().isEmpty());
    CHECK(suggestions->statusLabel()->text().contains(u"site address"_s));

    workspace.setMetaValue(ArticleService::siteAddressKey.toString(), u"https://help.example.com"_s);
    QTest::keyClicks(reply, u"Hello Noor, this explains it:"_s);
    QTest::keySequence(reply, ArticleSuggestions::linkShortcut());
    const QString link = articles.siteUrl(hub).toString();
    REQUIRE(link.startsWith(u"https://help.example.com/en/"_s));
    CHECK(reply->toPlainText() == u"Hello Noor, this explains it: "_s + link);
    // Typing does not work the suggestions out again.
    CHECK(suggestions->list()->count() >= 1);

    QTest::keySequence(reply, ArticleSuggestions::textShortcut());
    const QString text = reply->toPlainText();
    CHECK(text.contains(u"\n\nThe Lumo Hub 2 shows “offline” in the app\n\n"_s));
    CHECK_FALSE(text.contains(u"**"_s));
    CHECK_FALSE(text.contains(u"\n#"_s));
    CHECK(suggestions->uses().size() == 2);

    // Sending counts both, the link as a link.
    REQUIRE(pane.send(false));
    CHECK(Query::scalar(workspace.database(),
              u"SELECT count(*) FROM article_uses WHERE article_id = ? AND conversation_id = ?"_s,
              { hub.id, conversationId })
              .toInt()
        == 2);
    // The reply's text carries the link, so both uses count as having given the customer the link.
    CHECK(Query::scalar(workspace.database(), u"SELECT count(*) FROM article_uses WHERE with_link = 1"_s).toInt() == 2);
    CHECK(suggestions->uses().isEmpty());
}

TEST_CASE("an article inserted in the timeline's compose panel survives a restart in its draft and counts when logged",
    "[timeline][kb][ui]")
{
    test::RepDesk desk(3, 30, 4);
    Workspace &workspace = desk.workspace;
    TimelineService timeline(workspace, desk.clock);
    ArticleService articles(workspace, desk.clock);
    REQUIRE(articles.installStarterArticles() == 10);
    const DraftStore &drafts = desk.drafts;
    const Actor &rep = desk.rep;
    const test::TempWorkspace &temp = desk.temp;
    Id inserted = 0;
    {
        ComposePanel panel(timeline, drafts, temp.path(), rep);
        panel.setArticleService(&articles);
        panel.setCustomer(2);
        panel.setEntryType(ComposePanel::EntryType::Email);
        ArticleSuggestions *suggestions = panel.articleSuggestions();
        suggestions->setCustomerMessage(u"Our hub is offline since this morning."_s);
        REQUIRE(suggestions->insertText());
        inserted = suggestions->currentArticle()->id;
        REQUIRE(test::waitUntil([&] {
            const std::optional<QJsonObject> draft = drafts.load(temp.path(), rep.agentId, 2);
            return draft && draft->contains(u"articles"_s);
        }));
    }
    // A new panel (a restarted app) has the text and the article it came from.
    ComposePanel panel(timeline, drafts, temp.path(), rep);
    panel.setArticleService(&articles);
    panel.setCustomer(2);
    CHECK(panel.bodyEdit()->toPlainText().contains(u"offline"_s));
    REQUIRE(panel.articleSuggestions()->uses().size() == 1);
    CHECK(panel.articleSuggestions()->uses().front().articleId == inserted);

    REQUIRE(panel.logEntry());
    CHECK(Query::scalar(workspace.database(), u"SELECT count(*) FROM article_uses WHERE article_id = ?"_s, { inserted })
              .toInt()
        == 1);
    CHECK(panel.articleSuggestions()->uses().isEmpty());
}

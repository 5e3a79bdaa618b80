// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerMessages.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/ArticleService.h"
#include "services/ConversationService.h"
#include "services/KpiService.h"
#include "services/ServiceError.h"
#include "services/TimelineService.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <algorithm>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

constexpr Millis hour = 60 * 60 * 1000;
constexpr Millis day = 24 * hour;

// Far past the demo data, so the KPI period holds only what a test does.
constexpr Millis start2031 = 1'924'992'000'000;

struct UsageDesk
{
    explicit UsageDesk(Backend backend)
        : temp(backend),
          clock(start2031),
          workspace(temp.openWithDemo(4, 10, 1)),
          articles(workspace, clock),
          conversations(workspace, clock),
          timeline(workspace, clock),
          kpis(workspace, clock)
    {
        AccountService accounts(workspace);
        lead = accounts.signInWithoutPassword(u"lead"_s);
        rep = accounts.signInWithoutPassword(u"rep"_s);
        specialist = accounts.signInWithoutPassword(u"specialist"_s);
        workspace.setMetaValue(ArticleService::siteAddressKey.toString(), u"https://help.example.com/kb"_s);
    }

    Id published(const QString &title, ArticleVisibility visibility)
    {
        Article article;
        article.title = title;
        article.body = u"Hold the **reset** button for ten seconds."_s;
        article.visibility = visibility;
        const Id id = articles.createDraft(lead, article);
        articles.publish(lead, id);
        return id;
    }
    QString link(Id articleId) const { return articles.siteUrl(*articles.find(lead, articleId)).toString(); }
    Id started(const QString &who) { return test::startConversation(conversations, clock, who); }
    void reply(Id conversationId, const QString &body, const QList<ArticleUse> &uses, bool andClose)
    {
        clock.advance(hour);
        ReplyDraft draft;
        draft.body = body;
        draft.articles = uses;
        draft.statusAfter = andClose ? ConversationStatus::Closed : ConversationStatus::PendingCustomer;
        conversations.reply(rep, conversationId, draft);
    }
    static const ArticleUsage &usageOf(const QList<ArticleUsage> &all, Id articleId)
    {
        const auto it = std::find_if(
            all.cbegin(), all.cend(), [articleId](const ArticleUsage &usage) { return usage.articleId == articleId; });
        REQUIRE(it != all.cend());
        return *it;
    }

    test::TempWorkspace temp;
    test::MockClock clock;
    Workspace &workspace;
    ArticleService articles;
    ConversationService conversations;
    TimelineService timeline;
    KpiService kpis;
    Actor lead, rep, specialist;
};

} // namespace

TEST_CASE("articles are counted when the reply carrying them is sent or logged, with what became of the "
          "conversations that got their link",
    "[services][kb][review]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    UsageDesk desk(backend);
    const Millis from = desk.clock.now();
    const Id router = desk.published(u"Resetting the E4 router"_s, ArticleVisibility::Public);
    const Id internal = desk.published(u"Escalating E4 faults"_s, ArticleVisibility::Internal);
    const QString routerLink = desk.link(router);
    REQUIRE(routerLink
        == u"https://help.example.com/kb/en/"_s + QString::number(router) + u"-resetting-the-e4-router.html"_s);

    // Ada's conversation gets the link and stays closed.
    const Id ada = desk.started(u"ada"_s);
    desk.reply(ada, u"This should help: "_s + routerLink, { { router, ArticleInsertion::Link } }, true);
    // Bob's gets it too, but Bob writes again two days later; the conversation is closed again after.
    const Id bob = desk.started(u"bob"_s);
    desk.reply(bob, u"See "_s + routerLink, { { router, ArticleInsertion::Link } }, true);
    desk.clock.advance(2 * day);
    ChannelMessage again = test::customerEmail(u"bob"_s, desk.clock.now());
    again.externalId = u"<bob-2@customers.example>"_s;
    again.inReplyTo = { u"<bob@customers.example>"_s };
    again.body = u"Still blinking."_s;
    REQUIRE(desk.conversations.recordInbound(again).conversationId == bob);
    desk.reply(bob, u"Then it needs a new one."_s, {}, true);
    // Cyd's reply had the link inserted and deleted again, and the internal article's text: the link is not
    // counted, the text is.
    const Id cyd = desk.started(u"cyd"_s);
    desk.reply(cyd, u"Escalating E4 faults\n\nHold the reset button for ten seconds."_s,
        { { router, ArticleInsertion::Link }, { internal, ArticleInsertion::Text } }, true);
    // Dee is answered without an article; Eve's template filled in the link, and she has not answered yet.
    const Id dee = desk.started(u"dee"_s);
    desk.reply(dee, u"Done."_s, {}, true);
    const Id eve = desk.started(u"eve"_s);
    desk.reply(eve, u"Resetting the E4 router: "_s + routerLink, { { router, ArticleInsertion::Placeholder } }, false);
    // A reply logged on the timeline counts as well; a note does not.
    Interaction logged;
    logged.customerId = desk.conversations.conversation(desk.lead, ada)->conversation.customerId;
    logged.kind = InteractionKind::Message;
    logged.channel = Channel::Email;
    logged.direction = Direction::Outbound;
    logged.body = u"Resetting the E4 router\n\nHold the reset button for ten seconds."_s;
    desk.timeline.logInteraction(desk.rep, logged, std::nullopt, { { router, ArticleInsertion::Text } });
    Interaction note = logged;
    note.kind = InteractionKind::Note;
    note.direction = Direction::Internal;
    note.channel = Channel::Internal;
    desk.timeline.logInteraction(desk.rep, note, std::nullopt, { { internal, ArticleInsertion::Text } });

    desk.clock.advance(8 * day); // past the week a closed conversation has to stay closed
    const Millis to = desk.clock.now();
    const QList<ArticleUsage> usage = desk.articles.usage(desk.lead, from, to);
    const ArticleUsage &routerUsage = UsageDesk::usageOf(usage, router);
    CHECK(routerUsage.insertions == 4); // Ada's and Bob's links, Eve's placeholder, the logged text
    CHECK(routerUsage.linkedConversations == 3); // Ada, Bob, Eve
    CHECK(routerUsage.stayedClosed == 1); // Ada: Bob wrote again, Eve's is not closed
    CHECK(routerUsage.lastUsedAt.has_value());
    const ArticleUsage &internalUsage = UsageDesk::usageOf(usage, internal);
    CHECK(internalUsage.insertions == 1);
    CHECK(internalUsage.linkedConversations == 0);
    CHECK(Query::scalar(desk.workspace.database(), u"SELECT count(*) FROM article_uses WHERE with_link = 1"_s).toInt()
        == 3);

    const QList<ArticleUsage> top = desk.articles.topArticles(desk.lead, from, to, 5);
    REQUIRE(top.size() == 2);
    CHECK(top.at(0).articleId == router);
    CHECK(top.at(1).articleId == internal);
    const QList<ArticleUsage> unused = desk.articles.unusedArticles(desk.lead, from, to);
    CHECK(unused.size() == usage.size() - 2); // the starter articles nobody used
    CHECK(std::none_of(unused.cbegin(), unused.cend(),
        [&](const ArticleUsage &article) { return article.articleId == router || article.articleId == internal; }));
    // Another period: nothing was used then.
    CHECK(desk.articles.topArticles(desk.lead, to, to + day).isEmpty());

    // Only leads see the counts.
    CHECK_THROWS_AS(desk.articles.usage(desk.rep, from, to), PermissionDenied);
    CHECK_THROWS_AS(desk.articles.topArticles(desk.rep, from, to), PermissionDenied);
    CHECK_THROWS_AS(desk.articles.unusedArticles(desk.specialist, from, to), PermissionDenied);

    // A reply that carried Ada's article as a link and as its text too: her conversation still counts once.
    Query::run(desk.workspace.database(),
        u"INSERT INTO article_uses (article_id, interaction_id, conversation_id, agent_id, how, with_link, used_at)"
        " SELECT article_id, interaction_id, conversation_id, agent_id, 'text', with_link, used_at FROM article_uses"
        " WHERE how = 'link' AND conversation_id = ?"_s,
        { ada });
    // The KPI: Ada, Bob, Cyd and Dee were closed in the period; three replies carried an article.
    KpiQuery query;
    query.from = from;
    query.to = to;
    const KpiReport report = desk.kpis.report(desk.lead, query);
    CHECK(report.counts.closedConversations == 4);
    CHECK(report.counts.closedWithArticle == 3);
    REQUIRE(report.values.answeredWithArticle.has_value());
    CHECK(*report.values.answeredWithArticle == 75.0);
    CHECK(Kpi::format(KpiMetric::AnsweredWithArticle, report.values) == u"75 %"_s);
    // An agent's count: the conversations assigned to them.
    desk.conversations.assign(desk.lead, { dee }, desk.rep.agentId);
    query.agentId = desk.rep.agentId;
    const KpiReport reps = desk.kpis.report(desk.lead, query);
    CHECK(reps.counts.closedConversations == 1);
    CHECK(reps.counts.closedWithArticle == 0);
    CHECK(*reps.values.answeredWithArticle == 0.0);

    CHECK_FALSE(AuditLog(desk.workspace).verify().firstBrokenId.has_value());
}

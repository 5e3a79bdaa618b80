// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EscalationSamples.h"
#include "EscalationSteps.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/ArticleFromEscalation.h"
#include "services/ArticleService.h"
#include "services/CustomerService.h"
#include "services/EscalationService.h"
#include "services/ServiceError.h"
#include "storage/Query.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

Customer anna()
{
    Customer customer;
    customer.id = 5;
    customer.firstName = u"Anna"_s;
    customer.lastName = u"Müller"_s;
    customer.email = u"anna.mueller@example.de"_s;
    customer.phone = u"+49 30 1234567"_s;
    customer.company = u"Bäckerei Sonnenschein"_s;
    return customer;
}

std::string plain(const QString &text)
{
    return text.toStdString();
}

} // namespace

TEST_CASE("customer data is left out of an article's text, the technical facts stay", "[services][kb]")
{
    const std::optional<Customer> customer = anna();
    const auto clean = [&](const QString &text) { return ArticleFromEscalation::withoutCustomerData(text, customer); };

    // The customer's names, whole or in parts, with or without accents, in any case.
    CHECK(clean(u"Anna Müller says the hub is offline."_s) == u"The customer says the hub is offline."_s);
    CHECK(clean(u"Called Mrs muller back; ANNA confirmed."_s)
        == u"Called Mrs the customer back; the customer confirmed."_s);
    CHECK(clean(u"The router of Bäckerei Sonnenschein drops Wi-Fi."_s)
        == u"The router of the customer’s company drops Wi-Fi."_s);
    // A word that merely holds a name stays.
    CHECK(clean(u"Annabelle mode was on."_s) == u"Annabelle mode was on."_s);

    // E-mail addresses, anyone's.
    CHECK(clean(u"Mail anna.mueller@example.de or it@sonnenschein.example"_s)
        == u"Mail [email address] or [email address]"_s);

    // Telephone numbers: the customer's own however it is written, and anything written like one.
    CHECK(clean(u"Call 030 123 45 67 after five."_s) == u"Call [phone number] after five."_s);
    CHECK(clean(u"Her husband: +44 20 7946 0958."_s) == u"Her husband: [phone number]."_s);
    CHECK(clean(u"Reach her at (0761) 555-0199 today"_s) == u"Reach her at [phone number] today"_s);

    // Order and invoice numbers, after the word that says so (in English, German, French) or after "#".
    CHECK(clean(u"Order 482913 arrived broken."_s) == u"Order [order number] arrived broken."_s);
    CHECK(clean(u"order no. A-48291 and invoice #INV2291"_s)
        == u"order no. [order number] and invoice #[order number]"_s);
    CHECK(clean(u"Bestellung 4471 und Rechnungsnummer: 2026-0042"_s)
        == u"Bestellung [order number] und Rechnungsnummer: [order number]"_s);
    CHECK(clean(u"commande n° 77123"_s) == u"commande n° [order number]"_s);
    CHECK(clean(u"see #48213 for the parcel"_s) == u"see [number] for the parcel"_s);
    CHECK(clean(u"customer account 99218342"_s) == u"customer account [number]"_s);

    // What an article needs stays: versions, addresses of devices, dates, error codes, escalation numbers.
    const QString technical = u"Firmware 2.4.1 on the hub at 192.168.1.20 since 2026-11-30 10:15, error E4, "
                              "code 0x80070005, port 8443, escalation #12, 3 sensors"_s;
    CHECK(clean(technical) == technical);
    // Without a customer record the patterns still apply.
    CHECK(ArticleFromEscalation::withoutCustomerData(u"Mail x@y.example, order 123456"_s, std::nullopt)
        == u"Mail [email address], order [order number]"_s);
}

TEST_CASE("a resolved escalation becomes a draft with symptoms, environment, cause and fix", "[services][kb]")
{
    Escalation escalation;
    escalation.id = 31;
    escalation.customerId = 5;
    escalation.category = EscalationCategory::Installation;
    escalation.summary = u"Anna Müller: hub offline after router swap (order 482913)"_s;
    escalation.stepsToReproduce = u"1. Replace the router\n2. Open the app"_s;
    escalation.expected = u"The hub shows online"_s;
    escalation.actual = u"The hub shows offline; Anna called from +49 30 1234567"_s;
    escalation.environment = u"Lumo Hub 2, firmware 2.4.1, Android app 5.2"_s;
    escalation.alreadyTried = u"Restarting the hub"_s;
    escalation.resolution = u"Paired the hub with the new network from Settings → Wi-Fi."_s;
    escalation.customerExplanation = u"The hub still knew only the old router's network name."_s;

    const Article draft = ArticleFromEscalation::draft(escalation, anna(), u"de"_s);
    CHECK(draft.title == u"The customer: hub offline after router swap (order [order number])"_s);
    CHECK(draft.fromEscalation == 31);
    CHECK(draft.needsCheck);
    CHECK(draft.visibility == ArticleVisibility::Internal);
    CHECK(draft.language == u"de"_s);
    CHECK(draft.category == u"Installation"_s);
    CHECK(draft.body
        == u"## Symptoms\n\nThe hub shows offline; the customer called from [phone number]\n\n"
           "Expected instead: The hub shows online\n\nHow it shows:\n\n1. Replace the router\n2. Open the app\n\n"
           "## Environment\n\nLumo Hub 2, firmware 2.4.1, Android app 5.2\n\n"
           "## Cause\n\nThe hub still knew only the old router's network name.\n\n"
           "## Fix\n\nPaired the hub with the new network from Settings → Wi-Fi.\n\n"
           "Tried first, without fixing it: Restarting the hub\n"_s);
    for (const QString &leak : { u"Anna"_s, u"Müller"_s, u"482913"_s, u"1234567"_s })
        CHECK_FALSE((draft.body.contains(leak) || draft.title.contains(leak)));

    // What the hand-off left empty is asked for, not left out.
    Escalation sparse;
    sparse.id = 32;
    sparse.summary = u"Camera stops recording"_s;
    sparse.resolution = u"Turned motion zones off and on."_s;
    const Article asked = ArticleFromEscalation::draft(sparse, std::nullopt, u"en"_s);
    CHECK_THAT(plain(asked.body), ContainsSubstring("## Environment\n\n_Which devices, versions or settings"));
    CHECK_THAT(plain(asked.body), ContainsSubstring("## Cause\n\n_Why does it happen?_"));
    CHECK_THAT(plain(asked.body), ContainsSubstring("## Fix\n\nTurned motion zones off and on.\n"));
}

TEST_CASE(
    "turning an escalation into an article: writers only, resolved only, checked before publishing", "[services][kb]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(4, 10, 1);
    test::MockClock clock;
    EscalationService escalations(workspace, clock);
    ArticleService articles(workspace, clock);
    AccountService accounts(workspace);
    const Actor rep = accounts.signInWithoutPassword(u"rep"_s);
    const Actor specialist = accounts.signInWithoutPassword(u"specialist"_s);
    const Actor lead = accounts.signInWithoutPassword(u"lead"_s);
    const std::optional<Customer> customer = CustomerService(workspace).customer(1);
    REQUIRE(customer);

    HandoffForm form = test::sampleHandoff(1, Severity::S2, customer->displayName() + u": export fails"_s);
    form.actual = u"Error page; write to "_s + customer->email + u" when fixed"_s;
    form.environment = u"Web app 4.1, Firefox 132"_s;
    const Id escalation = escalations.escalate(rep, form);
    test::step(escalations, specialist, escalation, EscalationAction::Claim);
    test::step(escalations, specialist, escalation, EscalationAction::Start);

    // Not before support resolved it, and never by a rep.
    CHECK_THROWS_WITH(articles.turnIntoArticle(specialist, escalation),
        ContainsSubstring("is not resolved yet; an article is written from its solution"));
    test::step(escalations, specialist, escalation, EscalationAction::Resolve, u"Cleared the export cache."_s);
    CHECK_THROWS_AS(articles.turnIntoArticle(rep, escalation), PermissionDenied);
    CHECK(ArticleService::turnIntoArticleRefusal(rep, escalations.escalation(escalation)->escalation).has_value());
    CHECK_FALSE(
        ArticleService::turnIntoArticleRefusal(lead, escalations.escalation(escalation)->escalation).has_value());
    CHECK_THROWS_WITH(articles.turnIntoArticle(lead, 987654), ContainsSubstring("does not exist"));

    const Id draftId = articles.turnIntoArticle(specialist, escalation, u"fr"_s);
    const Article draft = *articles.find(specialist, draftId);
    CHECK(draft.state == ArticleState::Draft);
    CHECK(draft.ownerId == specialist.agentId);
    CHECK(draft.fromEscalation == escalation);
    CHECK(draft.needsCheck);
    CHECK(draft.language == u"fr"_s);
    CHECK(draft.title == u"The customer: export fails"_s);
    CHECK_THAT(plain(draft.body), ContainsSubstring("## Fix\n\nCleared the export cache."));
    CHECK_FALSE(draft.body.contains(customer->email));
    CHECK_FALSE(draft.body.contains(customer->lastName));
    // A second time gives the same draft, not another one.
    CHECK(articles.turnIntoArticle(lead, escalation) == draftId);

    // Saving keeps the mark; publishing waits for a writer's confirmation, which a rep cannot give.
    Article edited = draft;
    edited.body += u"\nWorks for every browser."_s;
    articles.saveDraft(specialist, edited);
    CHECK(articles.find(lead, draftId)->needsCheck);
    CHECK_THROWS_WITH(articles.publish(lead, draftId), ContainsSubstring("confirm that you checked it"));
    CHECK_THROWS_AS(articles.confirmChecked(rep, draftId), PermissionDenied);
    articles.confirmChecked(lead, draftId);
    CHECK_FALSE(articles.find(lead, draftId)->needsCheck);
    CHECK(articles.publish(lead, draftId) == 1);
    CHECK(articles.find(lead, draftId)->fromEscalation == escalation);

    // Audited, each step in its own words.
    Query audit(workspace.database(),
        u"SELECT action FROM audit_log WHERE entity = 'article' AND entity_id = ? ORDER BY id"_s, { draftId });
    QStringList actions;
    while (audit.next())
        actions.append(audit.text(0));
    CHECK(actions
        == QStringList { u"article.from_escalation"_s, u"article.save"_s, u"article.check"_s, u"article.publish"_s });
    // Published and so no longer a draft: turning the escalation into an article again shows that article.
    CHECK(articles.turnIntoArticle(lead, escalation) == draftId);
}

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/CustomerProfileService.h"
#include "services/CustomerService.h"
#include "services/ServiceError.h"
#include "storage/AuditLog.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/Query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

constexpr Millis hour = 60 * 60 * 1000;
constexpr Millis day = 24 * hour;

qint64 countRows(Workspace &workspace, const QString &statement, std::initializer_list<QVariant> values = {})
{
    return Query::scalar(workspace.database(), statement, values).toLongLong();
}

Id addInteraction(Workspace &workspace, Id customerId, InteractionKind kind, Channel channel, Millis at,
    std::optional<qint64> cents = std::nullopt, const QString &currency = QString())
{
    Interaction interaction;
    interaction.customerId = customerId;
    interaction.kind = kind;
    interaction.channel = channel;
    interaction.direction = channel == Channel::Internal ? Direction::Internal : Direction::Inbound;
    interaction.subject = displayName(kind);
    interaction.occurredAt = at;
    interaction.amountCents = cents;
    interaction.currency = currency;
    return InteractionRepository(workspace).insert(interaction, at);
}

void addSurvey(Workspace &workspace, Id customerId, SurveyKind kind, int score, const QString &comment, Millis at)
{
    Query::run(workspace.database(),
        u"INSERT INTO survey_responses (customer_id, kind, score, comment, answered_at) VALUES (?, ?, ?, ?, ?)"_s,
        { customerId, keyOf(kind), score, comment, at });
}

void addEscalation(Workspace &workspace, Id customerId, Id creator, EscalationState state, Millis at)
{
    Query::run(workspace.database(),
        u"INSERT INTO escalations (customer_id, created_by, state, severity, category, summary, created_at,"
        " claim_due_at, resolve_due_at) VALUES (?, ?, ?, 's3', 'bug', 'It breaks', ?, ?, ?)"_s,
        { customerId, creator, keyOf(state), at, at + hour, at + day });
}

Id addFollowUp(Workspace &workspace, Id customerId, Id agentId, Millis due, std::optional<Millis> done)
{
    return Query::scalar(workspace.database(),
        u"INSERT INTO follow_ups (customer_id, agent_id, due_at, note, done_at, created_at)"
        " VALUES (?, ?, ?, 'call back', ?, ?) RETURNING id"_s,
        { customerId, agentId, due, sql::nullable(done), due - day })
        .toLongLong();
}

Id addCustomer(Workspace &workspace, const QString &first, const QString &last, Millis at)
{
    Customer customer;
    customer.firstName = first;
    customer.lastName = last;
    customer.email = first.toLower() + u"@example.com"_s;
    customer.createdAt = at;
    customer.updatedAt = at;
    return CustomerRepository(workspace).insert(customer);
}

// Per customer: what a merge moves.
struct Holdings
{
    qint64 interactions = 0;
    qint64 surveys = 0;
    qint64 followUps = 0;
    qint64 escalations = 0;
    qint64 contacts = 0;

    bool operator==(const Holdings &) const = default;
};

Holdings holdingsOf(Workspace &workspace, Id customerId)
{
    const auto count = [&](const QString &table) {
        return countRows(workspace, u"SELECT count(*) FROM %1 WHERE customer_id = ?"_s.arg(table), { customerId });
    };
    return { count(u"interactions"_s), count(u"survey_responses"_s), count(u"follow_ups"_s), count(u"escalations"_s),
        count(u"customer_contacts"_s) };
}

QJsonObject auditAfter(Workspace &workspace, Id entryId)
{
    const QString json
        = Query::scalar(workspace.database(), u"SELECT after_data FROM audit_log WHERE id = ?"_s, { entryId })
              .toString();
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

TEST_CASE("the profile's figures come from the customer's records", "[timeline][profile]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(2, 0, 4);
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    CustomerProfileService profiles(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    const Millis t0 = clock.now() - 200 * day;
    const Id id = addCustomer(workspace, u"Mira"_s, u"Okafor"_s, t0);
    const Id other = addCustomer(workspace, u"Other"_s, u"Person"_s, t0);

    addInteraction(workspace, id, InteractionKind::Note, Channel::Internal, t0 + 1 * day); // not a contact
    addInteraction(workspace, id, InteractionKind::Message, Channel::Email, t0 + 2 * day); // first contact
    addInteraction(workspace, id, InteractionKind::Order, Channel::SelfService, t0 + 3 * day, 1000, u"EUR"_s);
    addInteraction(workspace, id, InteractionKind::Order, Channel::SelfService, t0 + 4 * day, 2500, u"EUR"_s);
    addInteraction(workspace, id, InteractionKind::Order, Channel::Phone, t0 + 5 * day, 499, u"EUR"_s);
    addInteraction(workspace, id, InteractionKind::Order, Channel::Email, t0 + 6 * day, 2000, u"USD"_s);
    addInteraction(workspace, id, InteractionKind::Refund, Channel::Email, t0 + 7 * day, -500, u"EUR"_s);
    addInteraction(workspace, id, InteractionKind::Refund, Channel::Email, t0 + 8 * day, -250, u"EUR"_s);
    addInteraction(workspace, id, InteractionKind::Call, Channel::Phone, t0 + 50 * day); // last contact
    addInteraction(workspace, id, InteractionKind::System, Channel::Internal, t0 + 60 * day); // not a contact
    addInteraction(workspace, other, InteractionKind::Order, Channel::Email, t0 + 9 * day, 99999, u"EUR"_s);

    addSurvey(workspace, id, SurveyKind::Csat, 2, u"slow"_s, t0 + 10 * day);
    addSurvey(workspace, id, SurveyKind::Csat, 5, u"great now"_s, t0 + 40 * day);
    addSurvey(workspace, id, SurveyKind::Nps, 9, QString(), t0 + 20 * day);
    addSurvey(workspace, other, SurveyKind::Ces, 7, QString(), t0 + 20 * day);

    const Id creator = rep.agentId;
    addEscalation(workspace, id, creator, EscalationState::Closed, t0 + 11 * day);
    addEscalation(workspace, id, creator, EscalationState::InProgress, t0 + 12 * day);
    addEscalation(workspace, id, creator, EscalationState::HandedBack, t0 + 13 * day);
    addEscalation(workspace, other, creator, EscalationState::New, t0 + 13 * day);

    addFollowUp(workspace, id, rep.agentId, clock.now() - day, std::nullopt); // overdue
    addFollowUp(workspace, id, rep.agentId, clock.now() + day, std::nullopt); // open
    addFollowUp(workspace, id, rep.agentId, clock.now() - 2 * day, clock.now() - 3 * day); // done
    addFollowUp(workspace, other, rep.agentId, clock.now() - day, std::nullopt);

    const CustomerProfile profile = profiles.profile(id);
    CHECK(profile.customerId == id);
    CHECK(profile.interactions == 10);
    CHECK(profile.orders == 4);
    REQUIRE(profile.orderTotals.size() == 2);
    CHECK(profile.orderTotals.at(0).currency == u"EUR"_s);
    CHECK(profile.orderTotals.at(0).count == 3);
    CHECK(profile.orderTotals.at(0).cents == 3999);
    CHECK(profile.orderTotals.at(1).currency == u"USD"_s);
    CHECK(profile.orderTotals.at(1).cents == 2000);
    CHECK(profile.refunds == 2);
    REQUIRE(profile.refundTotals.size() == 1);
    CHECK(profile.refundTotals.at(0).cents == 750);
    REQUIRE(profile.lastCsat);
    CHECK(profile.lastCsat->score == 5);
    CHECK(profile.lastCsat->comment == u"great now"_s);
    CHECK(profile.lastCsat->answeredAt == t0 + 40 * day);
    REQUIRE(profile.lastNps);
    CHECK(profile.lastNps->score == 9);
    CHECK_FALSE(profile.lastCes);
    CHECK(profile.openEscalations == 2);
    CHECK(profile.openFollowUps == 2);
    CHECK(profile.overdueFollowUps == 1);
    CHECK(profile.firstContactAt == t0 + 2 * day);
    CHECK(profile.lastContactAt == t0 + 50 * day);

    const Id empty = addCustomer(workspace, u"New"_s, u"Person"_s, t0);
    const CustomerProfile nothing = profiles.profile(empty);
    CHECK(nothing.interactions == 0);
    CHECK(nothing.orders == 0);
    CHECK(nothing.orderTotals.isEmpty());
    CHECK_FALSE(nothing.lastCsat);
    CHECK_FALSE(nothing.firstContactAt);
    CHECK_THROWS_AS(profiles.profile(999999), ServiceError);
}

TEST_CASE("editing a customer's details is validated and audited with before and after", "[timeline][profile]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(5, 20, 8);
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    CustomerProfileService profiles(workspace, clock);
    CustomerService customers(workspace);
    const QString login = GENERATE(u"rep"_s, u"specialist"_s, u"lead"_s);
    const Actor actor = AccountService(workspace).signInWithoutPassword(login);
    const Customer before = *customers.customer(3);
    const qint64 auditBefore = countRows(workspace, u"SELECT count(*) FROM audit_log"_s);

    SECTION("a bad e-mail, phone or missing name is refused and writes nothing")
    {
        Customer edited = before;
        edited.email = u"not-an-address"_s;
        CHECK_THROWS_WITH(profiles.updateDetails(actor, edited), ContainsSubstring("e-mail"));
        edited = before;
        edited.firstName = u"  "_s;
        edited.lastName = QString();
        CHECK_THROWS_AS(profiles.updateDetails(actor, edited), ServiceError);
        edited = before;
        edited.phone = u"call me maybe"_s;
        CHECK_THROWS_AS(profiles.updateDetails(actor, edited), ServiceError);
        CHECK(countRows(workspace, u"SELECT count(*) FROM audit_log"_s) == auditBefore);
        CHECK(customers.customer(3)->email == before.email);
    }

    SECTION("a valid edit is stored, searchable, and audited by whoever made it")
    {
        clock.advance(hour);
        Customer edited = before;
        edited.firstName = u"  Zoë "_s;
        edited.lastName = u"Quintero-Hall"_s;
        edited.email = u"zoe.q@harbour.example"_s;
        edited.phone = u"+44 (20) 7946-0000 x12"_s;
        edited.company = u"Harbour Lights"_s;
        edited.tier = Tier::Enterprise;
        edited.lifecycle = Lifecycle::Customer;
        edited.tags = { u"vip"_s, u" VIP "_s, u"renewal 2026"_s, QString() };
        const Customer stored = profiles.updateDetails(actor, edited);
        CHECK(stored.firstName == u"Zoë"_s);
        CHECK(stored.email == u"zoe.q@harbour.example"_s);
        CHECK(stored.tier == Tier::Enterprise);
        CHECK(stored.tags == QStringList { u"renewal 2026"_s, u"vip"_s });
        CHECK(stored.updatedAt == clock.now());
        CHECK(customers.search(u"quinter"_s, std::nullopt, 10).customers.size() == 1);
        CHECK(customers.search(u"zoe harb"_s, std::nullopt, 10).customers.size() == 1);

        Query audit(workspace.database(),
            u"SELECT actor_id, before_data, after_data FROM audit_log WHERE action = 'customer.update'"
            " AND entity = 'customer' AND entity_id = 3"_s);
        REQUIRE(audit.next());
        CHECK(audit.value(0).toLongLong() == actor.agentId);
        const QJsonObject beforeJson = QJsonDocument::fromJson(audit.value(1).toString().toUtf8()).object();
        const QJsonObject afterJson = QJsonDocument::fromJson(audit.value(2).toString().toUtf8()).object();
        CHECK(beforeJson.value(u"email"_s).toString() == before.email);
        CHECK(afterJson.value(u"email"_s).toString() == u"zoe.q@harbour.example"_s);
        CHECK(afterJson.value(u"tags"_s).toArray().size() == 2);
        CHECK(AuditLog(workspace).verify().firstBrokenId == std::nullopt);

        // Saving the same details again changes nothing and writes nothing.
        profiles.updateDetails(actor, stored);
        CHECK(countRows(workspace, u"SELECT count(*) FROM audit_log WHERE action = 'customer.update'"_s) == 1);

        // Someone who opened the details before this change cannot overwrite it.
        Customer stale = before;
        stale.company = u"Old Co"_s;
        CHECK_THROWS_WITH(profiles.updateDetails(actor, stale), ContainsSubstring("in the meantime"));
        CHECK(customers.customer(3)->company == u"Harbour Lights"_s);
    }
}

TEST_CASE("e-mail addresses are checked for their shape", "[timeline][profile]")
{
    for (const QString &good : { u"a@b.co"_s, u"first.last+tag@mail.example.com"_s, u"zoë@exämple.de"_s })
        CHECK(CustomerProfileService::isPlausibleEmail(good));
    for (const QString &bad : { u"a"_s, u"a@b"_s, u"@b.co"_s, u"a@.co"_s, u"a b@c.de"_s, u"a@b@c.de"_s, u"a@b."_s,
             QString(QString(300, u'a') + u"@b.co"_s) })
        CHECK_FALSE(CustomerProfileService::isPlausibleEmail(bad));
}

TEST_CASE(
    "merging a duplicate moves everything it has, and unmerging moves it back with new records", "[timeline][merge]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(12, 500, 19);
    test::MockClock clock(test::TempWorkspace::demoAnchor + day);
    CustomerProfileService profiles(workspace, clock);
    // Every role may merge; the audit trail says who did.
    const QString login = GENERATE(u"rep"_s, u"specialist"_s);
    const Actor actor = AccountService(workspace).signInWithoutPassword(login);
    const Id keep = 2;
    const Id duplicate = 3;

    // Give the duplicate one of everything, so every kind of row is seen to move.
    addSurvey(workspace, duplicate, SurveyKind::Nps, 10, u"love it"_s, clock.now() - day);
    addEscalation(workspace, duplicate, actor.agentId, EscalationState::InProgress, clock.now() - day);
    addFollowUp(workspace, duplicate, actor.agentId, clock.now() + day, std::nullopt);
    Query::run(workspace.database(),
        u"INSERT INTO customer_contacts (customer_id, kind, value) VALUES (?, 'email', ?)"_s,
        { duplicate, u"old.address@example.com"_s });
    Query::run(
        workspace.database(), u"INSERT INTO customer_tags (customer_id, tag) VALUES (?, 'wholesale')"_s, { duplicate });
    Query::run(
        workspace.database(), u"INSERT INTO customer_tags (customer_id, tag) VALUES (?, 'shared')"_s, { duplicate });
    Query::run(workspace.database(), u"INSERT INTO customer_tags (customer_id, tag) VALUES (?, 'shared')"_s, { keep });

    const Holdings keptBefore = holdingsOf(workspace, keep);
    const Holdings duplicateBefore = holdingsOf(workspace, duplicate);
    REQUIRE(duplicateBefore.interactions > 0);
    const qint64 customersBefore = CustomerRepository(workspace).count();

    const CustomerMergePreview preview = profiles.mergePreview(keep, duplicate);
    CHECK(preview.interactions == duplicateBefore.interactions);
    CHECK(preview.surveyResponses == duplicateBefore.surveys);
    CHECK(preview.followUps == duplicateBefore.followUps);
    CHECK(preview.escalations == duplicateBefore.escalations);
    CHECK(preview.contacts == 1);
    CHECK(preview.tagsAdded.contains(u"wholesale"_s));
    CHECK_FALSE(preview.tagsAdded.contains(u"shared"_s));

    const CustomerMergeResult merge = profiles.mergeCustomers(actor, keep, duplicate);
    const Holdings keptAfterMerge = holdingsOf(workspace, keep);
    // Everything moved, plus the kept customer's timeline says so.
    CHECK(keptAfterMerge.interactions == keptBefore.interactions + duplicateBefore.interactions + 1);
    CHECK(keptAfterMerge.surveys == keptBefore.surveys + duplicateBefore.surveys);
    CHECK(keptAfterMerge.followUps == keptBefore.followUps + duplicateBefore.followUps);
    CHECK(keptAfterMerge.escalations == keptBefore.escalations + duplicateBefore.escalations);
    CHECK(keptAfterMerge.contacts == keptBefore.contacts + 1);
    CHECK(holdingsOf(workspace, duplicate) == Holdings {});
    CHECK(merge.moved.interactions.size() == duplicateBefore.interactions);
    CHECK(merge.moved.tagsAdded.contains(u"wholesale"_s));
    CHECK(CustomerRepository(workspace).find(keep)->tags.contains(u"wholesale"_s));

    // The duplicate is marked, never deleted, and leaves the customer list.
    const std::optional<Customer> merged = CustomerRepository(workspace).find(duplicate);
    REQUIRE(merged);
    CHECK(merged->mergedInto == keep);
    CHECK(CustomerRepository(workspace).count() == customersBefore - 1);
    const std::optional<Interaction> entry = InteractionRepository(workspace).find(merge.timelineEntryId);
    REQUIRE(entry);
    CHECK(entry->customerId == keep);
    CHECK(entry->kind == InteractionKind::System);
    CHECK(entry->agentId == actor.agentId);
    CHECK_THAT(entry->subject.toStdString(), ContainsSubstring("#3"));
    const QJsonObject mergeAudit = auditAfter(workspace, merge.auditEntryId);
    CHECK(mergeAudit.value(u"interactions"_s).toArray().size() == duplicateBefore.interactions);
    CHECK(mergeAudit.value(u"kept"_s).toInteger() == keep);
    CHECK(countRows(workspace, u"SELECT actor_id FROM audit_log WHERE id = ?"_s, { merge.auditEntryId })
        == actor.agentId);
    const QList<MergedDuplicate> duplicates = profiles.profile(keep).mergedDuplicates;
    REQUIRE(duplicates.size() == 1);
    CHECK(duplicates.front().id == duplicate);
    CHECK(duplicates.front().name == merged->displayName());

    // Work goes on with the kept customer before the merge is found to be wrong.
    clock.advance(hour);
    const Id later = addInteraction(workspace, keep, InteractionKind::Call, Channel::Phone, clock.now());

    SECTION("refusals")
    {
        CHECK_THROWS_AS(profiles.mergeCustomers(actor, keep, keep), ServiceError);
        CHECK_THROWS_AS(profiles.mergeCustomers(actor, keep, duplicate), ServiceError);
        CHECK_THROWS_AS(profiles.mergeCustomers(actor, duplicate, 4), ServiceError);
        CHECK_THROWS_AS(profiles.mergeCustomers(actor, keep, 99999), ServiceError);
        CHECK_THROWS_AS(profiles.unmergeCustomer(actor, keep), ServiceError);
        CHECK(holdingsOf(workspace, keep).interactions == keptAfterMerge.interactions + 1);
    }

    SECTION("unmerge")
    {
        clock.advance(hour);
        const CustomerMergeResult unmerge = profiles.unmergeCustomer(actor, duplicate);
        CHECK(unmerge.moved.interactions == merge.moved.interactions);
        CHECK(unmerge.moved.tagsAdded == merge.moved.tagsAdded);
        // Back where they were, plus one new entry on each timeline; what was logged since stays.
        const Holdings keptAfter = holdingsOf(workspace, keep);
        const Holdings duplicateAfter = holdingsOf(workspace, duplicate);
        CHECK(keptAfter.interactions == keptBefore.interactions + 3);
        CHECK(duplicateAfter.interactions == duplicateBefore.interactions + 1);
        CHECK(InteractionRepository(workspace).find(later)->customerId == keep);
        CHECK(InteractionRepository(workspace).find(merge.timelineEntryId)->customerId == keep);
        CHECK(keptAfter.surveys == keptBefore.surveys);
        CHECK(keptAfter.followUps == keptBefore.followUps);
        CHECK(keptAfter.escalations == keptBefore.escalations);
        CHECK(keptAfter.contacts == keptBefore.contacts);
        CHECK(duplicateAfter.surveys == duplicateBefore.surveys);
        CHECK(duplicateAfter.followUps == duplicateBefore.followUps);
        CHECK(duplicateAfter.escalations == duplicateBefore.escalations);
        CHECK(duplicateAfter.contacts == duplicateBefore.contacts);
        CHECK_FALSE(CustomerRepository(workspace).find(keep)->tags.contains(u"wholesale"_s));
        CHECK(CustomerRepository(workspace).find(keep)->tags.contains(u"shared"_s));
        CHECK(CustomerRepository(workspace).find(duplicate)->tags.contains(u"wholesale"_s));
        CHECK_FALSE(CustomerRepository(workspace).find(duplicate)->mergedInto);
        CHECK(CustomerRepository(workspace).count() == customersBefore);
        CHECK(profiles.profile(keep).mergedDuplicates.isEmpty());

        // Both entries remain: the merge as it was written, and the correcting unmerge.
        CHECK(countRows(workspace,
                  u"SELECT count(*) FROM audit_log WHERE action = 'customer.merge' AND entity_id = ?"_s, { duplicate })
            == 1);
        CHECK(
            countRows(workspace,
                u"SELECT count(*) FROM audit_log WHERE action = 'customer.unmerge' AND entity_id = ?"_s, { duplicate })
            == 1);
        CHECK(auditAfter(workspace, unmerge.auditEntryId).value(u"mergeEntry"_s).toInteger() == merge.auditEntryId);
        CHECK(auditAfter(workspace, merge.auditEntryId) == mergeAudit);
        CHECK(AuditLog(workspace).verify().firstBrokenId == std::nullopt);
        const std::optional<Interaction> separated = InteractionRepository(workspace).find(unmerge.timelineEntryId);
        REQUIRE(separated);
        CHECK(separated->customerId == keep);
        CHECK(separated->kind == InteractionKind::System);

        // Separated, it can be merged again (and undone again).
        CHECK_THROWS_AS(profiles.unmergeCustomer(actor, duplicate), ServiceError);
        const CustomerMergeResult again = profiles.mergeCustomers(actor, keep, duplicate);
        CHECK(again.moved.interactions.size() == duplicateBefore.interactions + 1);
        CHECK(profiles.unmergeCustomer(actor, duplicate).moved.interactions == again.moved.interactions);
    }
}

TEST_CASE("a chain of merges is undone from its end", "[timeline][merge]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(6, 120, 23);
    test::MockClock clock(test::TempWorkspace::demoAnchor + day);
    CustomerProfileService profiles(workspace, clock);
    const Actor lead = AccountService(workspace).signInWithoutPassword(u"lead"_s);
    const Holdings first = holdingsOf(workspace, 1);
    const Holdings second = holdingsOf(workspace, 2);
    const Holdings third = holdingsOf(workspace, 3);

    profiles.mergeCustomers(lead, 2, 3);
    profiles.mergeCustomers(lead, 1, 2);
    CHECK(holdingsOf(workspace, 1).interactions == first.interactions + second.interactions + third.interactions + 2);
    CHECK_THROWS_WITH(profiles.unmergeCustomer(lead, 3), ContainsSubstring("first"));
    profiles.unmergeCustomer(lead, 2);
    profiles.unmergeCustomer(lead, 3);
    CHECK(holdingsOf(workspace, 1).interactions == first.interactions + 2);
    CHECK(holdingsOf(workspace, 2).interactions == second.interactions + 3);
    CHECK(holdingsOf(workspace, 3).interactions == third.interactions + 1);
}

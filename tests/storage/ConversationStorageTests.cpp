// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "storage/ConversationRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/Query.h"
#include "storage/Workspace.h"

#include <QSet>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

qint64 countRows(Workspace &workspace, const QString &statement, const QVariantList &values = {})
{
    return Query::scalar(workspace.database(), statement, values).toLongLong();
}

} // namespace

TEST_CASE(
    "a version 8 workspace gains conversations and keeps its interactions as they were", "[storage][inbox][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace::OpenOptions upToVersion8;
    upToVersion8.migrateUpTo = 8;
    Workspace &old = temp.open(upToVersion8);
    REQUIRE(old.schemaVersion() == 8);
    Customer customer;
    customer.firstName = u"Ingrid"_s;
    customer.lastName = u"Solberg"_s;
    customer.email = u"Ingrid.Solberg@fjord.example"_s;
    customer.createdAt = 1000;
    customer.updatedAt = 1000;
    const Id customerId = CustomerRepository(old).insert(customer);
    Interaction call;
    call.customerId = customerId;
    call.kind = InteractionKind::Call;
    call.channel = Channel::Phone;
    call.subject = u"Thermostat schedule lost"_s;
    call.occurredAt = 5000;
    const Id entry = InteractionRepository(old).insert(call, 5000);
    temp.close();

    Workspace &upgraded = temp.open();
    CHECK(upgraded.schemaVersion() == Workspace::latestSchemaVersion());
    const std::optional<Interaction> stored = InteractionRepository(upgraded).find(entry);
    REQUIRE(stored);
    CHECK(stored->subject == call.subject);
    CHECK(countRows(upgraded, u"SELECT count(*) FROM interactions WHERE conversation_id IS NULL"_s) == 1);
    CHECK(countRows(upgraded, u"SELECT count(*) FROM conversations"_s) == 0);
    CHECK(InteractionRepository(upgraded).pageForCustomer(customerId, std::nullopt, 10).interactions.size() == 1);
    // A customer's message finds them by address, whatever the letter case.
    const std::optional<Customer> found = CustomerRepository(upgraded).findByAddress(u"ingrid.solberg@FJORD.example"_s);
    REQUIRE(found);
    CHECK(found->id == customerId);
}

TEST_CASE("demo data groups messages into believable conversations", "[storage][inbox][demo][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(60, 4000, 5);

    CHECK(countRows(workspace, u"SELECT count(*) FROM team_queues"_s) >= 3);
    // Customers wrote again after an answer, so the reply SLA has next answers to count.
    CHECK(countRows(workspace, u"SELECT count(*) FROM conversation_responses WHERE first_response = 0"_s) > 0);
    for (const QString &status : { u"open"_s, u"pending"_s, u"snoozed"_s, u"closed"_s }) {
        INFO(status.toStdString());
        CHECK(countRows(workspace, u"SELECT count(*) FROM conversations WHERE status = ?"_s, { status }) > 0);
    }
    CHECK(countRows(workspace, u"SELECT count(*) FROM conversations WHERE assignee_id IS NULL AND status = 'open'"_s)
        > 0);
    CHECK(
        countRows(workspace, u"SELECT count(*) FROM conversations WHERE assignee_id IS NOT NULL AND status = 'open'"_s)
        > 0);
    // A message belongs to a conversation of its own customer and channel.
    CHECK(countRows(workspace,
              u"SELECT count(*) FROM interactions i JOIN conversations c ON c.id = i.conversation_id"
              " WHERE c.customer_id <> i.customer_id OR c.channel <> i.channel"_s)
        == 0);
    CHECK(countRows(workspace,
              u"SELECT count(*) FROM interactions WHERE conversation_id IS NOT NULL"
              " AND conversation_id NOT IN (SELECT id FROM conversations)"_s)
        == 0);
    // Whoever waits, waits since one of their own messages that nobody answered yet, and has an answer due.
    CHECK(countRows(workspace,
              u"SELECT count(*) FROM conversations c WHERE c.waiting_since IS NOT NULL AND (c.due_at IS NULL"
              " OR NOT EXISTS (SELECT 1 FROM interactions i WHERE i.conversation_id = c.id"
              " AND i.direction = 'inbound' AND i.occurred_at = c.waiting_since)"
              " OR EXISTS (SELECT 1 FROM interactions i WHERE i.conversation_id = c.id"
              " AND i.direction = 'outbound' AND i.occurred_at > c.waiting_since))"_s)
        == 0);
    CHECK(countRows(workspace,
              u"SELECT count(*) FROM conversations WHERE (status = 'closed') <> (closed_at IS NOT NULL)"
              " OR (status = 'snoozed') <> (snoozed_until IS NOT NULL)"_s)
        == 0);

    // Every folder pages through the same rows its count names, each once.
    ConversationRepository conversations(workspace);
    const Id agentId = countRows(workspace, u"SELECT min(assignee_id) FROM conversations WHERE status = 'open'"_s);
    for (const InboxFolderKind kind : { InboxFolderKind::Mine, InboxFolderKind::Unassigned, InboxFolderKind::AllOpen,
             InboxFolderKind::Snoozed, InboxFolderKind::Closed }) {
        for (const InboxSort sort : { InboxSort::WaitingLongest, InboxSort::ResponseDue }) {
            const InboxFolder folder { kind, std::nullopt, sort, std::nullopt };
            QSet<Id> seen;
            std::optional<ConversationCursor> cursor;
            do {
                // Small pages where the parts meet; the long closed folder in bigger ones.
                const ConversationPage page
                    = conversations.page(folder, agentId, cursor, kind == InboxFolderKind::Closed ? 250 : 4);
                for (const ConversationRow &row : page.rows) {
                    CHECK_FALSE(seen.contains(row.conversation.id));
                    seen.insert(row.conversation.id);
                    CHECK_FALSE(row.customerName.isEmpty());
                }
                cursor = page.next;
            } while (cursor);
            CHECK(seen.size() == conversations.count(folder, agentId));
        }
    }
}

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "domain/StorageError.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/Query.h"
#include "storage/Workspace.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

Interaction callWith(Id customerId, const QString &subject)
{
    Interaction call;
    call.customerId = customerId;
    call.kind = InteractionKind::Call;
    call.channel = Channel::Phone;
    call.subject = subject;
    call.occurredAt = 5000;
    return call;
}

} // namespace

TEST_CASE("a version 7 workspace is upgraded to corrections: its entries stay current, a correction links both ways",
    "[storage][frontline][timeline]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace::OpenOptions upToVersion7;
    upToVersion7.migrateUpTo = 7;
    Workspace &old = temp.open(upToVersion7);
    REQUIRE(old.schemaVersion() == 7);
    Customer customer;
    customer.firstName = u"Ingrid"_s;
    customer.lastName = u"Solberg"_s;
    customer.createdAt = 1000;
    customer.updatedAt = 1000;
    const Id customerId = CustomerRepository(old).insert(customer);
    const Id entry = InteractionRepository(old).insert(callWith(customerId, u"Thermostat schedule lost"_s), 5000);
    temp.close();

    Workspace &upgraded = temp.open();
    CHECK(upgraded.schemaVersion() == Workspace::latestSchemaVersion());
    InteractionRepository interactions(upgraded);
    const std::optional<Interaction> stored = interactions.find(entry);
    REQUIRE(stored);
    CHECK_FALSE(stored->supersededBy);
    CHECK_FALSE(stored->correctsId);
    CHECK(stored->createdAt == 5000);

    Interaction correction = callWith(customerId, u"Thermostat schedule lost after the update"_s);
    correction.correctsId = entry;
    const Id correctionId = interactions.insert(correction, 9000);
    CHECK(interactions.markSuperseded(entry, correctionId));
    CHECK(interactions.find(entry)->supersededBy == correctionId);
    CHECK(interactions.find(correctionId)->correctsId == entry);
    // The first correction wins: a second one of the same entry is refused by the database as well.
    CHECK_FALSE(interactions.markSuperseded(entry, entry));
    CHECK(interactions.find(entry)->supersededBy == correctionId);
    CHECK_THROWS_AS(interactions.insert(correction, 9500), StorageError);
}

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/Enums.h"

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

TEST_CASE("every enumeration round-trips through its storage key", "[domain]")
{
    for (const Channel channel : allValues<Channel>())
        CHECK(fromKey<Channel>(keyOf(channel)) == channel);
    for (const InteractionKind kind : allValues<InteractionKind>())
        CHECK(fromKey<InteractionKind>(keyOf(kind)) == kind);
    for (const EscalationState state : allValues<EscalationState>())
        CHECK(fromKey<EscalationState>(keyOf(state)) == state);
    CHECK(keyOf(Role::TeamLead) == u"team_lead"_s);
    CHECK(displayName(Role::SupportSpecialist) == u"Support specialist"_s);
}

TEST_CASE("an unknown storage key is not mistaken for a value", "[domain]")
{
    CHECK_FALSE(fromKey<Channel>(u"fax"_s).has_value());
    CHECK_FALSE(fromKey<Role>(QString()).has_value());
}

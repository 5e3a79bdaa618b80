// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/ServiceError.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

TEST_CASE("a demo workspace opens as its team lead and lets tests sign in as any demo agent", "[accounts]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    AccountService accounts(temp.openWithDemo(3, 10, 1));
    CHECK(accounts.isDemoWorkspace());
    CHECK(accounts.defaultDemoActor().role == Role::TeamLead);
    const Actor specialist = accounts.signInWithoutPassword(u"specialist"_s);
    CHECK(specialist.role == Role::SupportSpecialist);
    CHECK(specialist.name == u"Priya Nair"_s);
    CHECK_THROWS_AS(accounts.signInWithoutPassword(u"nobody"_s), ServiceError);
}

TEST_CASE("signing in without a password is refused outside demo workspaces", "[accounts]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    AccountService accounts(temp.open());
    CHECK_FALSE(accounts.isDemoWorkspace());
    CHECK_THROWS_AS(accounts.signInWithoutPassword(u"lead"_s), PermissionDenied);
    CHECK_THROWS_AS(accounts.defaultDemoActor(), PermissionDenied);
}

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ModelRoles.h"
#include "TempWorkspace.h"
#include "accounts/AgentAccountForm.h"
#include "accounts/AgentListModel.h"
#include "accounts/AgentsDialog.h"
#include "accounts/FirstLeadDialog.h"
#include "accounts/SignInDialog.h"
#include "services/AccountService.h"

#include <QAbstractItemModelTester>
#include <QTreeWidget>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("the sign-in dialog of a demo workspace lists its accounts with their passwords", "[accounts][ui]")
{
    test::TempWorkspace temp;
    AccountService accounts(temp.openWithDemo(3, 10, 1));
    SignInDialog dialog(accounts, u"demo.tandem"_s);
    REQUIRE(dialog.demoAccounts() != nullptr);
    CHECK(dialog.demoAccounts()->topLevelItemCount() == DemoDataWriter::demoAgentCount);
    const QTreeWidgetItem *first = dialog.demoAccounts()->topLevelItem(0);
    CHECK(first->text(0) == u"lead"_s);
    CHECK(first->text(1) == u"lead"_s);

    dialog.setLogin(u"rep"_s);
    dialog.setPassword(u"not it"_s);
    CHECK_FALSE(dialog.signIn());
    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK_FALSE(dialog.actor().has_value());

    dialog.demoAccounts()->setCurrentItem(dialog.demoAccounts()->topLevelItem(1)); // fills login and password
    REQUIRE(dialog.signIn());
    REQUIRE(dialog.actor().has_value());
    CHECK(dialog.actor()->role == Role::ServiceRep);
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("outside demo workspaces the sign-in dialog shows no accounts", "[accounts][ui]")
{
    test::TempWorkspace temp;
    AccountService accounts(temp.open());
    accounts.createFirstLead({ u"ada"_s, u"Ada Lead"_s, QString(), Role::TeamLead, u"a long password"_s });
    SignInDialog dialog(accounts, u"team"_s);
    CHECK(dialog.demoAccounts() == nullptr);
    dialog.setLogin(u"ada"_s);
    dialog.setPassword(u"a long password"_s);
    REQUIRE(dialog.signIn());
    CHECK(dialog.actor()->name == u"Ada Lead"_s);
}

TEST_CASE("the first start of a new workspace asks for its first team lead", "[accounts][ui]")
{
    test::TempWorkspace temp;
    AccountService accounts(temp.open());
    FirstLeadDialog dialog(accounts, u"new.tandem"_s);
    NewAgent lead { u"grace"_s, u"Grace Hopper"_s, u"grace@example.com"_s, Role::ServiceRep, u"short"_s };
    dialog.form()->setAccount(lead);
    CHECK_FALSE(dialog.form()->isComplete());
    CHECK_FALSE(dialog.create());
    CHECK_THAT(dialog.errorText().toStdString(), ContainsSubstring("8"));
    lead.password = u"compilers all the way down"_s;
    dialog.form()->setAccount(lead);
    REQUIRE(dialog.create());
    REQUIRE(dialog.actor().has_value());
    CHECK(dialog.actor()->role == Role::TeamLead);
    CHECK_FALSE(accounts.needsFirstLead());
}

TEST_CASE("a lead manages accounts in the accounts dialog; the service's refusals show", "[accounts][ui]")
{
    test::TempWorkspace temp;
    AccountService accounts(temp.openWithDemo(3, 10, 1));
    const Actor lead = accounts.defaultDemoActor();
    AgentListModel model(accounts, lead);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == DemoDataWriter::demoAgentCount);

    AgentsDialog dialog(accounts, lead);
    REQUIRE(dialog.addAgent({ u"omar"_s, u"Omar Haddad"_s, QString(), Role::SupportSpecialist, u"a long password"_s }));
    CHECK(dialog.model()->rowCount() == DemoDataWriter::demoAgentCount + 1);
    CHECK(accounts.signIn(u"omar"_s, u"a long password"_s).role == Role::SupportSpecialist);
    CHECK_FALSE(dialog.addAgent({ u"omar"_s, u"Omar Again"_s, QString(), Role::ServiceRep, u"a long password"_s }));
    CHECK_THAT(dialog.errorText().toStdString(), ContainsSubstring("taken"));

    const Id omar = accounts.signIn(u"omar"_s, u"a long password"_s).agentId;
    REQUIRE(dialog.selectAgent(omar));
    REQUIRE(dialog.changeSelectedRole(Role::ServiceRep));
    REQUIRE(dialog.setSelectedActive(false));
    const int row = dialog.model()->rowOf(omar);
    CHECK_FALSE(dialog.model()->index(row, 0).data(AgentRoles::Active).toBool());
    CHECK(dialog.model()->index(row, 0).data(AgentRoles::Role).toInt() == int(Role::ServiceRep));

    REQUIRE(dialog.selectAgent(lead.agentId));
    CHECK_FALSE(dialog.setSelectedActive(false));
    CHECK_THAT(dialog.errorText().toStdString(), ContainsSubstring("last active team lead"));
}

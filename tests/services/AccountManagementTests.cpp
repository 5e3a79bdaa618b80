// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/ServiceError.h"
#include "storage/AuditLog.h"
#include "storage/PasswordHasher.h"
#include "storage/Query.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

QString storedHash(Workspace &workspace, const QString &login)
{
    return Query::scalar(workspace.database(), u"SELECT password_hash FROM agents WHERE login = ?"_s, { login })
        .toString();
}

QString refusalOf(const std::function<void()> &attempt)
{
    try {
        attempt();
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

NewAgent newAgent(const QString &login, Role role, const QString &password = u"correct horse battery"_s)
{
    return { login, u"Name of "_s + login, login + u"@example.com"_s, role, password };
}

} // namespace

TEST_CASE("Argon2id hashes verify the right password and nothing else", "[accounts]")
{
    const QString hash = PasswordHasher::hash(u"s3cret pässword 🔑"_s, PasswordHasher::Cost::Interactive);
    CHECK(hash.startsWith(u"$argon2id$"_s));
    CHECK_FALSE(hash.contains(u"s3cret"_s));
    CHECK(PasswordHasher::verify(hash, u"s3cret pässword 🔑"_s));
    CHECK_FALSE(PasswordHasher::verify(hash, u"s3cret pässword"_s));
    CHECK_FALSE(PasswordHasher::verify(hash, QString()));
    CHECK_FALSE(PasswordHasher::verify(QString(), u"s3cret pässword 🔑"_s));
    CHECK_FALSE(PasswordHasher::verify(u"not a hash"_s, u"not a hash"_s));
    // A second hash of the same password has its own salt.
    CHECK(PasswordHasher::hash(u"s3cret pässword 🔑"_s, PasswordHasher::Cost::Interactive) != hash);
}

TEST_CASE("demo accounts sign in with their public passwords; a wrong one is refused without a hint", "[accounts]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(3, 10, 1);
    AccountService accounts(workspace);

    for (const QString &login :
        { u"lead"_s, u"rep"_s, u"specialist"_s, u"rep2"_s, u"rep3"_s, u"specialist2"_s, u"specialist3"_s }) {
        INFO(login.toStdString());
        CHECK(storedHash(workspace, login).startsWith(u"$argon2id$"_s));
        CHECK(storedHash(workspace, login) != login);
        CHECK(accounts.signIn(login, login).name == AccountService(workspace).signInWithoutPassword(login).name);
    }
    CHECK(accounts.signIn(u"specialist"_s, u"specialist"_s).role == Role::SupportSpecialist);

    const QString wrongPassword = refusalOf([&] { (void)accounts.signIn(u"lead"_s, u"leader"_s); });
    const QString unknownLogin = refusalOf([&] { (void)accounts.signIn(u"nobody"_s, u"lead"_s); });
    CHECK_FALSE(wrongPassword.isEmpty());
    CHECK(wrongPassword == unknownLogin); // the refusal does not tell whether the login exists
    CHECK(refusalOf([&] { (void)accounts.signIn(u"lead"_s, QString()); }) == wrongPassword);

    const QList<DemoAccount> demo = accounts.demoAccounts();
    REQUIRE(demo.size() == DemoDataWriter::demoAgentCount);
    for (const DemoAccount &account : demo)
        CHECK(account.password == account.login);

    // No audit entry, no table holds a clear password.
    Query audit(workspace.database(), u"SELECT before_data || after_data FROM audit_log"_s);
    while (audit.next())
        CHECK_FALSE(audit.value(0).toString().contains(u"argon2"_s));
}

TEST_CASE("outside demo workspaces no passwords are shown", "[accounts]")
{
    test::TempWorkspace temp;
    AccountService accounts(temp.open());
    CHECK(accounts.demoAccounts().isEmpty());
}

TEST_CASE("the first start of a new workspace creates its first team lead, once", "[accounts]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.open();
    test::MockClock clock;
    AccountService accounts(workspace, clock);
    REQUIRE(accounts.needsFirstLead());

    CHECK_THROWS_AS(accounts.createFirstLead(newAgent(u"sam"_s, Role::TeamLead, u"short"_s)), ServiceError);
    CHECK_THROWS_AS(accounts.createFirstLead(newAgent(u"Not A Login"_s, Role::TeamLead)), ServiceError);
    CHECK(accounts.needsFirstLead());

    // Whatever role was asked for, the first account is a team lead.
    const Actor lead = accounts.createFirstLead(newAgent(u"sam"_s, Role::ServiceRep));
    CHECK(lead.role == Role::TeamLead);
    CHECK_FALSE(accounts.needsFirstLead());
    CHECK(storedHash(workspace, u"sam"_s).startsWith(u"$argon2id$"_s));
    CHECK(accounts.signIn(u"sam"_s, u"correct horse battery"_s).agentId == lead.agentId);
    CHECK_THROWS_AS(accounts.signIn(u"sam"_s, u"correct horse"_s), ServiceError);
    CHECK_THROWS_AS(accounts.createFirstLead(newAgent(u"eve"_s, Role::TeamLead)), PermissionDenied);

    const AuditPage audit = AuditLog(workspace).page(std::nullopt, 10);
    REQUIRE_FALSE(audit.entries.isEmpty());
    CHECK(audit.entries.constFirst().entry.action == u"agent.add"_s);
    CHECK(audit.entries.constFirst().entry.actorId == lead.agentId);
    CHECK_FALSE(audit.entries.constFirst().entry.after.contains(u"horse"_s));
    CHECK_FALSE(AuditLog(workspace).verify().firstBrokenId.has_value());
}

TEST_CASE("a lead adds, disables and re-roles agents, each audited", "[accounts]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(3, 10, 1);
    test::MockClock clock;
    AccountService accounts(workspace, clock);
    const Actor lead = accounts.signInWithoutPassword(u"lead"_s);

    const Id added = accounts.addAgent(lead, newAgent(u"nina"_s, Role::ServiceRep));
    CHECK(accounts.signIn(u"nina"_s, u"correct horse battery"_s).agentId == added);
    CHECK_THROWS_WITH(accounts.addAgent(lead, newAgent(u"nina"_s, Role::ServiceRep)), ContainsSubstring("taken"));
    CHECK_THROWS_AS(accounts.addAgent(lead, newAgent(u"tiny"_s, Role::ServiceRep, u"1234567"_s)), ServiceError);

    accounts.changeRole(lead, added, Role::SupportSpecialist);
    CHECK(accounts.signIn(u"nina"_s, u"correct horse battery"_s).role == Role::SupportSpecialist);

    accounts.setActive(lead, added, false);
    // A disabled agent cannot sign in; with the right password they learn why, with a wrong one nothing.
    CHECK_THROWS_WITH(accounts.signIn(u"nina"_s, u"correct horse battery"_s), ContainsSubstring("disabled"));
    const QString wrong = refusalOf([&] { (void)accounts.signIn(u"nina"_s, u"wrong password"_s); });
    CHECK(wrong == refusalOf([&] { (void)accounts.signIn(u"nobody"_s, u"wrong password"_s); }));
    CHECK_THROWS_AS(accounts.signInWithoutPassword(u"nina"_s), ServiceError);
    accounts.setActive(lead, added, true);
    accounts.setPassword(lead, added, u"another long password"_s);
    CHECK(accounts.signIn(u"nina"_s, u"another long password"_s).agentId == added);

    QStringList actions;
    for (const AuditListEntry &item : AuditLog(workspace).page(std::nullopt, 5).entries) {
        actions.prepend(item.entry.action);
        CHECK(item.entry.actorId == lead.agentId);
        CHECK_FALSE(item.entry.after.contains(u"another long"_s));
        CHECK_FALSE(QString(item.entry.before + item.entry.after).contains(u"argon2"_s));
    }
    CHECK(actions
        == QStringList { u"agent.add"_s, u"agent.role"_s, u"agent.disable"_s, u"agent.enable"_s, u"agent.password"_s });
    const AuditListEntry role
        = *AuditLog(workspace).find(AuditLog(workspace).page(std::nullopt, 4).entries.last().entry.id);
    CHECK(role.entry.action == u"agent.role"_s);
    CHECK(role.entry.before.contains(u"service_rep"_s));
    CHECK(role.entry.after.contains(u"support_specialist"_s));
    CHECK_FALSE(AuditLog(workspace).verify().firstBrokenId.has_value());
}

TEST_CASE("the last active team lead can be neither disabled nor demoted", "[accounts]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(3, 10, 1);
    AccountService accounts(workspace);
    const Actor lead = accounts.signInWithoutPassword(u"lead"_s);

    CHECK_THROWS_WITH(accounts.setActive(lead, lead.agentId, false), ContainsSubstring("last active team lead"));
    CHECK_THROWS_WITH(
        accounts.changeRole(lead, lead.agentId, Role::ServiceRep), ContainsSubstring("last active team lead"));
    CHECK(accounts.signInWithoutPassword(u"lead"_s).role == Role::TeamLead);

    // With a second lead, the first may step down; the second is then the last.
    const Id second = accounts.signInWithoutPassword(u"rep2"_s).agentId;
    accounts.changeRole(lead, second, Role::TeamLead);
    accounts.changeRole(lead, lead.agentId, Role::ServiceRep);
    const Actor newLead = accounts.signInWithoutPassword(u"rep2"_s);
    CHECK_THROWS_AS(accounts.setActive(newLead, second, false), ServiceError);
    // A disabled lead does not count as the lead who keeps the team running.
    accounts.changeRole(newLead, lead.agentId, Role::TeamLead);
    accounts.setActive(newLead, lead.agentId, false);
    CHECK_THROWS_AS(accounts.changeRole(newLead, second, Role::SupportSpecialist), ServiceError);
}

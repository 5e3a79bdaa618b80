// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/Records.h"
#include "services/Actor.h"

#include <QCoreApplication>

#include <memory>

namespace tandem {

class Workspace;

// An account a team lead adds (or the first start of a new workspace asks for).
struct NewAgent
{
    QString login;
    QString displayName;
    QString email;
    Role role = Role::ServiceRep;
    QString password; // in clear only on its way to the hash
};

// A demo workspace's account with its public password, for the sign-in dialog of demo workspaces.
struct DemoAccount
{
    QString login;
    QString password;
    QString name;
    Role role = Role::ServiceRep;
};

// Who may sign in, and the accounts a team lead manages. Passwords are kept as Argon2id hashes only;
// a refused sign-in never says whether the login exists.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(tandem::AccountService)

public:
    explicit AccountService(Workspace &workspace, const Clock &clock = SystemClock::instance());
    ~AccountService();

    static constexpr int minimumPasswordLength = 8;
    static constexpr int maximumLoginLength = 40;

    // Every agent with name and role (inactive ones too, so old records keep their names): for lists,
    // assignment and filters.
    [[nodiscard]] QList<Agent> agents() const;
    // The same for managing accounts; team leads only.
    [[nodiscard]] QList<Agent> accounts(const Actor &actor) const;

    // The agent whose login and password these are. Refused with one message for an unknown login and a
    // wrong password alike (and in about the same time); a disabled account is told so only when the
    // password is right.
    [[nodiscard]] Actor signIn(const QString &login, const QString &password) const;
    // The agent for `--as LOGIN`: only in demo workspaces, where every password is public anyway.
    [[nodiscard]] Actor signInWithoutPassword(const QString &login) const;
    // The agent a demo workspace opens as when nobody is named: its first team lead.
    [[nodiscard]] Actor defaultDemoActor() const;
    [[nodiscard]] bool isDemoWorkspace() const;
    // The demo accounts with their passwords (each the same as its login); empty outside demo workspaces.
    [[nodiscard]] QList<DemoAccount> demoAccounts() const;
    // Who tandemctl reads as: whoever can run it on a workspace can open its database directly, so it sees
    // what a team lead sees. It writes nothing in this name.
    [[nodiscard]] static Actor commandLineActor();

    // A workspace without any agent yet: its first start asks for the first team lead.
    [[nodiscard]] bool needsFirstLead() const;
    // Creates the first team lead of a workspace that has no agents and signs them in; refused once any
    // agent exists.
    Actor createFirstLead(const NewAgent &account);

    // Team leads only, each audited: add an agent, disable or enable one, change a role, set a password
    // (agents may set their own). The last active team lead can be neither disabled nor demoted.
    Id addAgent(const Actor &actor, const NewAgent &account);
    void setActive(const Actor &actor, Id agentId, bool active);
    void changeRole(const Actor &actor, Id agentId, Role role);
    void setPassword(const Actor &actor, Id agentId, const QString &password);

private:
    void requireLead(const Actor &actor) const;
    [[nodiscard]] Agent requireAgent(Id agentId) const;
    void checkNewAgent(const NewAgent &account) const;
    void checkPassword(const QString &password) const;
    Id insertAudited(std::optional<Id> actorId, const NewAgent &account, Millis now);

    Workspace &m_workspace;
    const Clock &m_clock;
    // The repositories, private to storage.
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem

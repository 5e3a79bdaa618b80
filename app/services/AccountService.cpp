// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/AccountService.h"

#include "services/ServiceError.h"
#include "storage/AccountRepository.h"
#include "storage/AgentRepository.h"
#include "storage/AuditRecord.h"
#include "storage/ChangeFeed.h"
#include "storage/PasswordHasher.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

QJsonObject accountJson(const Agent &agent)
{
    return { { u"login"_s, agent.login }, { u"name"_s, agent.displayName }, { u"email"_s, agent.email },
        { u"role"_s, keyOf(agent.role) }, { u"active"_s, agent.active } };
}

} // namespace

struct AccountService::Private
{
    explicit Private(Workspace &workspace) : agents(workspace), accounts(workspace) { }

    AgentRepository agents;
    AccountRepository accounts;
};

AccountService::AccountService(Workspace &workspace, const Clock &clock)
    : m_workspace(workspace), m_clock(clock), d(std::make_unique<Private>(workspace))
{ }

AccountService::~AccountService() = default;

QList<Agent> AccountService::agents() const
{
    return d->agents.all();
}

QList<Agent> AccountService::accounts(const Actor &actor) const
{
    requireLead(actor);
    return d->agents.all();
}

bool AccountService::isDemoWorkspace() const
{
    return m_workspace.metaValue(u"demo"_s) == u"1"_s;
}

QList<DemoAccount> AccountService::demoAccounts() const
{
    QList<DemoAccount> accounts;
    if (!isDemoWorkspace())
        return accounts;
    for (const Agent &agent : d->agents.all()) {
        if (agent.active)
            accounts.append({ agent.login, agent.login, agent.displayName, agent.role });
    }
    std::sort(
        accounts.begin(), accounts.end(), [](const DemoAccount &a, const DemoAccount &b) { return a.login < b.login; });
    return accounts;
}

Actor AccountService::commandLineActor()
{
    return { 0, tr("Command line"), Role::TeamLead };
}

Actor AccountService::signIn(const QString &login, const QString &password) const
{
    const QString refusal = tr("That login and password do not match an account here.");
    const std::optional<StoredCredentials> stored = d->accounts.credentials(login.trimmed());
    if (!stored || stored->passwordHash.isEmpty()) {
        // Spend the time a real check takes, so the refusal does not tell whether the login exists.
        (void)PasswordHasher::hash(password);
        throw ServiceError(refusal);
    }
    if (!PasswordHasher::verify(stored->passwordHash, password))
        throw ServiceError(refusal);
    if (!stored->agent.active)
        throw ServiceError(tr("This account is disabled. A team lead can enable it again."));
    return Actor::from(stored->agent);
}

Actor AccountService::signInWithoutPassword(const QString &login) const
{
    if (!isDemoWorkspace())
        throw PermissionDenied(tr("Signing in without a password works only in demo workspaces."));
    const std::optional<Agent> agent = d->agents.findByLogin(login);
    if (!agent || !agent->active)
        throw ServiceError(tr("There is no active agent with the login \"%1\" in this workspace.").arg(login));
    return Actor::from(*agent);
}

Actor AccountService::defaultDemoActor() const
{
    if (!isDemoWorkspace())
        throw PermissionDenied(tr("This workspace needs a sign-in."));
    for (const Agent &agent : d->agents.all()) {
        if (agent.active && agent.role == Role::TeamLead)
            return Actor::from(agent);
    }
    throw ServiceError(tr("This workspace has no active team lead."));
}

bool AccountService::needsFirstLead() const
{
    return d->accounts.agentCount() == 0;
}

void AccountService::requireLead(const Actor &actor) const
{
    // The stored account decides, not the actor's copy: a lead demoted or disabled a minute ago manages no
    // accounts any more.
    const std::optional<Agent> agent = d->agents.find(actor.agentId);
    if (!agent || !agent->active || agent->role != Role::TeamLead)
        throw PermissionDenied(tr("Only team leads manage accounts."));
}

Agent AccountService::requireAgent(Id agentId) const
{
    const std::optional<Agent> agent = d->agents.find(agentId);
    if (!agent)
        throw ServiceError(tr("That agent does not exist."));
    return *agent;
}

void AccountService::checkPassword(const QString &password) const
{
    if (password.size() < minimumPasswordLength)
        throw ServiceError(tr("A password needs at least %1 characters.").arg(minimumPasswordLength));
}

void AccountService::checkNewAgent(const NewAgent &account) const
{
    static const QRegularExpression loginPattern(u"^[a-z0-9][a-z0-9._-]*$"_s);
    const QString login = account.login.trimmed();
    if (login.isEmpty() || login.size() > maximumLoginLength || !loginPattern.match(login).hasMatch()) {
        throw ServiceError(tr("A login is up to %1 lower-case letters, digits, dots, dashes or underscores, "
                              "starting with a letter or digit.")
                .arg(maximumLoginLength));
    }
    if (account.displayName.trimmed().isEmpty())
        throw ServiceError(tr("Give the agent's name as colleagues should see it."));
    checkPassword(account.password);
    if (d->agents.findByLogin(login))
        throw ServiceError(tr("The login \"%1\" is taken.").arg(login));
}

Id AccountService::insertAudited(std::optional<Id> actorId, const NewAgent &account, Millis now)
{
    Agent agent;
    agent.login = account.login.trimmed();
    agent.displayName = account.displayName.trimmed();
    agent.email = account.email.trimmed();
    agent.role = account.role;
    agent.active = true;
    const QString hash = PasswordHasher::hash(account.password);
    Transaction transaction(m_workspace.database());
    const Id id = d->accounts.insert(agent, hash, now);
    AuditRecord(u"agent.add"_s, u"agent"_s, id)
        .at(now)
        .by(actorId.value_or(id))
        .after(accountJson(agent))
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    return id;
}

Actor AccountService::createFirstLead(const NewAgent &account)
{
    if (!needsFirstLead())
        throw PermissionDenied(tr("This workspace already has accounts; sign in instead."));
    NewAgent lead = account;
    lead.role = Role::TeamLead;
    checkNewAgent(lead);
    const Id id = insertAudited(std::nullopt, lead, m_clock.now());
    return Actor::from(requireAgent(id));
}

Id AccountService::addAgent(const Actor &actor, const NewAgent &account)
{
    requireLead(actor);
    checkNewAgent(account);
    return insertAudited(actor.agentId, account, m_clock.now());
}

void AccountService::setActive(const Actor &actor, Id agentId, bool active)
{
    requireLead(actor);
    Transaction transaction(m_workspace.database());
    d->accounts.lockLeads();
    const Agent before = requireAgent(agentId);
    if (before.active == active)
        return;
    if (!active && before.role == Role::TeamLead && d->accounts.otherActiveLeads(agentId) == 0)
        throw ServiceError(
            tr("%1 is the last active team lead; make someone else a team lead first.").arg(before.displayName));
    d->accounts.setActive(agentId, active);
    Agent after = before;
    after.active = active;
    AuditRecord(active ? u"agent.enable"_s : u"agent.disable"_s, u"agent"_s, agentId)
        .at(m_clock.now())
        .by(actor.agentId)
        .before(accountJson(before))
        .after(accountJson(after))
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
}

void AccountService::changeRole(const Actor &actor, Id agentId, Role role)
{
    requireLead(actor);
    Transaction transaction(m_workspace.database());
    d->accounts.lockLeads();
    const Agent before = requireAgent(agentId);
    if (before.role == role)
        return;
    if (before.role == Role::TeamLead && before.active && d->accounts.otherActiveLeads(agentId) == 0)
        throw ServiceError(
            tr("%1 is the last active team lead; make someone else a team lead first.").arg(before.displayName));
    d->accounts.setRole(agentId, role);
    Agent after = before;
    after.role = role;
    AuditRecord(u"agent.role"_s, u"agent"_s, agentId)
        .at(m_clock.now())
        .by(actor.agentId)
        .before(accountJson(before))
        .after(accountJson(after))
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
}

void AccountService::setPassword(const Actor &actor, Id agentId, const QString &password)
{
    if (actor.agentId != agentId)
        requireLead(actor);
    const Agent agent = requireAgent(agentId);
    checkPassword(password);
    const QString hash = PasswordHasher::hash(password);
    Transaction transaction(m_workspace.database());
    d->accounts.setPasswordHash(agentId, hash);
    // The audit says that it changed, never what to.
    AuditRecord(u"agent.password"_s, u"agent"_s, agentId)
        .at(m_clock.now())
        .by(actor.agentId)
        .after({ { u"login"_s, agent.login }, { u"password"_s, u"changed"_s } })
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
}

} // namespace tandem

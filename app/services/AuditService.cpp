// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/AuditService.h"

#include "services/ReviewAccess.h"
#include "services/ServiceError.h"
#include "storage/AgentRepository.h"
#include "storage/AuditCheckpoint.h"
#include "storage/AuditLog.h"
#include "storage/ChangeFeed.h"
#include "storage/CustomerRepository.h"
#include "storage/EscalationRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/PostgresRoles.h"
#include "storage/TemplateRepository.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// Finds the names a page of entries speaks of, each record looked up once per page.
class AuditNameLookup
{
public:
    explicit AuditNameLookup(Workspace &workspace)
        : m_customers(workspace),
          m_agents(workspace),
          m_escalations(workspace),
          m_followUps(workspace),
          m_interactions(workspace),
          m_templates(workspace)
    { }

    AuditNames namesOf(const AuditEntry &entry)
    {
        const QJsonObject before = objectOf(entry.before);
        const QJsonObject after = objectOf(entry.after);
        const std::optional<Id> id = entry.entityId;
        AuditNames names;
        std::optional<Id> customerId = idIn(after, u"customer"_s);
        if (entry.entity == u"customer"_s)
            customerId = id;
        else if (!customerId && id && entry.entity == u"escalation"_s)
            customerId = cached(m_escalationCustomers, *id, [this](Id key) -> std::optional<Id> {
                const auto item = m_escalations.find(key);
                return item ? std::optional(item->escalation.customerId) : std::nullopt;
            });
        else if (!customerId && id && entry.entity == u"follow_up"_s)
            customerId = cached(m_followUpCustomers, *id, [this](Id key) -> std::optional<Id> {
                const auto item = m_followUps.find(key);
                return item ? std::optional(item->followUp.customerId) : std::nullopt;
            });
        else if (!customerId && entry.entity == u"qa_review"_s)
            customerId = interactionCustomer(idIn(after, u"interaction"_s));
        else if (!customerId && entry.entity == u"interaction"_s)
            customerId = interactionCustomer(id);
        names.customer = customerName(customerId);
        names.otherCustomer
            = customerName(idIn(after, u"mergedInto"_s) ? idIn(after, u"mergedInto"_s) : idIn(before, u"mergedInto"_s));

        std::optional<Id> agentId;
        if (entry.entity == u"agent"_s)
            agentId = id;
        else if (entry.entity == u"qa_review"_s)
            agentId = idIn(after, u"agent"_s);
        else if (entry.entity == u"escalation"_s)
            agentId = idIn(after, u"assigned_to"_s);
        names.agent = agentName(agentId);

        if (entry.entity == u"template"_s && id)
            names.templateName = cached(m_templateNames, *id, [this](Id key) {
                const auto found = m_templates.find(key);
                return found ? found->name : QString();
            });
        return names;
    }

private:
    static QJsonObject objectOf(const QString &json)
    {
        return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
    }
    static std::optional<Id> idIn(const QJsonObject &state, const QString &key)
    {
        const QJsonValue value = state.value(key);
        return value.isDouble() ? std::optional<Id>(Id(value.toDouble())) : std::nullopt;
    }
    template<typename Value, typename Find> static Value cached(QHash<Id, Value> &cache, Id key, Find find)
    {
        const auto found = cache.constFind(key);
        if (found != cache.cend())
            return *found;
        return *cache.insert(key, find(key));
    }

    std::optional<Id> interactionCustomer(const std::optional<Id> &interactionId)
    {
        if (!interactionId)
            return std::nullopt;
        return cached(m_interactionCustomers, *interactionId, [this](Id key) -> std::optional<Id> {
            const auto found = m_interactions.find(key);
            return found ? std::optional(found->customerId) : std::nullopt;
        });
    }
    QString customerName(const std::optional<Id> &customerId)
    {
        if (!customerId)
            return {};
        return cached(m_customerNames, *customerId, [this](Id key) {
            const auto found = m_customers.find(key);
            return found ? found->displayName() : QString();
        });
    }
    QString agentName(const std::optional<Id> &agentId)
    {
        if (!agentId)
            return {};
        return cached(m_agentNames, *agentId, [this](Id key) {
            const auto found = m_agents.find(key);
            return found ? found->displayName : QString();
        });
    }

    CustomerRepository m_customers;
    AgentRepository m_agents;
    EscalationRepository m_escalations;
    FollowUpRepository m_followUps;
    InteractionRepository m_interactions;
    TemplateRepository m_templates;
    QHash<Id, QString> m_customerNames;
    QHash<Id, QString> m_agentNames;
    QHash<Id, QString> m_templateNames;
    QHash<Id, std::optional<Id>> m_escalationCustomers;
    QHash<Id, std::optional<Id>> m_followUpCustomers;
    QHash<Id, std::optional<Id>> m_interactionCustomers;
};

} // namespace

AuditService::AuditService(Workspace &workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, &AuditService::changed);
}

AuditPage AuditService::page(const Actor &actor, const std::optional<Id> &before, int limit) const
{
    ReviewAccess::requireLead(actor, tr("The audit trail is for team leads."));
    AuditPage page = AuditLog(m_workspace).page(before, qBound(1, limit, 5000));
    AuditNameLookup lookup(m_workspace);
    for (AuditListEntry &item : page.entries)
        item.names = lookup.namesOf(item.entry);
    return page;
}

AuditVerification AuditService::verify(const Actor &actor) const
{
    ReviewAccess::requireLead(actor, tr("The audit trail is for team leads."));
    return AuditLog(m_workspace).verify();
}

AuditVerification AuditService::verifyAgainst(
    const Actor &actor, const QString &checkpointFile, const QString &publicKeyFile) const
{
    ReviewAccess::requireLead(actor, tr("The audit trail is for team leads."));
    return AuditLog(m_workspace).verify(AuditCheckpoint::read(checkpointFile, publicKeyFile));
}

AuditCheckpointInfo AuditService::checkpoint(
    const Actor &actor, const QString &keyFile, const QString &checkpointFile) const
{
    ReviewAccess::requireLead(actor, tr("The audit trail is for team leads."));
    const AuditVerification verified = AuditLog(m_workspace).verify();
    // A checkpoint vouches for what it signs; it must never vouch for a trail already broken.
    if (verified.firstBrokenId) {
        throw ServiceError(
            tr("%1 No checkpoint was written, since it would vouch for a broken trail.").arg(verified.problem));
    }
    if (verified.head.entryId == 0)
        throw ServiceError(tr("The audit trail is empty; there is nothing to checkpoint yet."));
    AuditCheckpointInfo info;
    info.head = verified.head;
    info.createdAt = QDateTime::currentMSecsSinceEpoch();
    const QString spec = m_workspace.spec();
    info.workspace = m_workspace.dialect().backend() == Backend::Sqlite ? QFileInfo(spec).absoluteFilePath() : spec;
    return AuditCheckpoint::write(info, keyFile, checkpointFile);
}

QString AuditService::createCheckpointKey(const QString &keyFile)
{
    return AuditCheckpoint::createKey(keyFile);
}

QString AuditService::publicKeyFileOf(const QString &keyFile)
{
    return AuditCheckpoint::publicKeyFileOf(keyFile);
}

QString AuditService::postgresRoleScript(const QString &ownerRole, const QString &appRole, const QString &schema)
{
    for (const QString &name : { ownerRole, appRole, schema }) {
        if (!PostgresRoles::isPlainName(name)) {
            throw ServiceError(
                tr("\"%1\" is not a plain name; use letters, digits and underscores, not a digit first.").arg(name));
        }
    }
    if (ownerRole == appRole)
        throw ServiceError(tr("The owner and the app role must be two different roles."));
    return PostgresRoles::script(ownerRole, appRole, schema);
}

} // namespace tandem

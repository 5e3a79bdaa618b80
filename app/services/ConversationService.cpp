// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/ConversationService.h"

#include "domain/QuotedTail.h"
#include "domain/SurveyReply.h"
#include "services/ArticleUse.h"
#include "services/ConversationChange.h"
#include "services/ServiceError.h"
#include "services/ServicesLog.h"
#include "services/TemplateService.h"
#include "services/TemplateUse.h"
#include "storage/AgentRepository.h"
#include "storage/AuditRecord.h"
#include "storage/ChangeFeed.h"
#include "storage/ConversationRepository.h"
#include "storage/ConversationResponses.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/MessageContentRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/SearchIndexing.h"
#include "storage/TemplateRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

constexpr int maxPageSize = 1000;
constexpr int wakeBatch = 1000;

QString readOnlyRefusal()
{
    return ConversationService::tr("This workspace is open read-only; conversations cannot be changed in it.");
}

QString conflictMessage(Id conversationId)
{
    return ConversationService::tr("Someone else changed conversation #%1 in the meantime. Look at it again and retry.")
        .arg(conversationId);
}

QString templateGone()
{
    return ConversationService::tr("That template does not exist (any more).");
}

// Channels whose messages have a subject that tells threads apart.
bool hasSubjects(Channel channel)
{
    return channel == Channel::Email || channel == Channel::SelfService;
}

// A customer met for the first time through a message: named as the channel names them.
Customer newCustomerFrom(const ChannelMessage &message, Millis now)
{
    Customer customer;
    const QString address = message.fromAddress.trimmed();
    const QStringList names = message.fromName.simplified().split(u' ', Qt::SkipEmptyParts);
    if (names.isEmpty()) {
        customer.firstName = address.section(u'@', 0, 0);
    } else {
        customer.firstName = names.constFirst();
        customer.lastName = names.mid(1).join(u' ');
    }
    if (address.contains(u'@'))
        customer.email = address;
    else
        customer.phone = address;
    customer.lifecycle = Lifecycle::Prospect;
    customer.createdAt = now;
    customer.updatedAt = now;
    return customer;
}

QList<Id> withoutRepeats(const QList<Id> &ids)
{
    QList<Id> unique;
    QSet<Id> seen;
    for (const Id id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }
    return unique;
}

} // namespace

struct ConversationService::Private
{
    explicit Private(Workspace &workspace)
        : conversations(workspace), customers(workspace), interactions(workspace), agents(workspace), outbox(workspace)
    { }

    ConversationRepository conversations;
    CustomerRepository customers;
    InteractionRepository interactions;
    AgentRepository agents;
    OutboxRepository outbox;
    QString keyDomain; // the outbox's part of delivery keys, read on first use

    // What an open InboundBatch reads once for all its messages instead of once for each: the customers
    // its messages came from (by lower-case address) and the queue a new conversation goes to. Filled
    // only from what a message's own transaction committed, and dropped with the batch: a customer or
    // queue another desk changes meanwhile (PostgreSQL) is seen from the next batch on.
    struct BatchReads
    {
        QHash<QString, Customer> customers;
        std::optional<std::optional<Id>> defaultQueue;
        bool savepoints = true; // each message its own savepoint (InboundBatch::Refusals::PerMessage)
        bool broken = false; // a message without savepoint failed after writing
        SearchIndexing::Deferred search; // the batch's rows are indexed for search at its commit
    };
    std::optional<BatchReads> batch;

    // Each message its own savepoint: outside a batch, or in one that takes its failures back per message.
    [[nodiscard]] bool savepointPerMessage() const { return !batch || batch->savepoints; }
    // A message without savepoint failed after writing: only the whole batch's rollback takes it back.
    void breakBatch()
    {
        if (batch && !batch->savepoints)
            batch->broken = true;
    }

    std::optional<Customer> customerByAddress(const QString &address)
    {
        if (batch) {
            if (const auto known = batch->customers.constFind(address.toLower()); known != batch->customers.cend())
                return *known;
        }
        return customers.findByAddress(address);
    }

    // The first active queue, where a message that names none goes.
    std::optional<Id> defaultQueue()
    {
        if (batch && batch->defaultQueue)
            return *batch->defaultQueue;
        const QList<TeamQueue> all = conversations.queues();
        const std::optional<Id> first = all.isEmpty() ? std::nullopt : std::optional<Id>(all.constFirst().id);
        if (batch)
            batch->defaultQueue = first;
        return first;
    }

    // A message's way out, queued now, and its id on the channel recorded as an inbound one's is, so that
    // the customer's answer naming it (In-Reply-To) lands in this conversation and a bounce finds it.
    Id queueOutbound(Id interactionId, Id conversationId, Channel channel, Millis now, bool automatic = false)
    {
        const QString token = OutgoingMessage::newToken();
        const Id outboxId = conversations.queueOutbound(interactionId, conversationId, channel, now, token, automatic);
        if (keyDomain.isEmpty())
            keyDomain = outbox.keyDomain();
        conversations.recordExternalId(channel,
            OutgoingMessage::externalIdFor(channel, OutgoingMessage::deliveryKeyFor(outboxId, keyDomain, token)),
            interactionId, conversationId);
        return outboxId;
    }

    // In the caller's transaction, when `conversation` has just been closed: its queue's survey mail,
    // queued once (never for a conversation that had one), marked automatic. Nothing when the queue asks
    // for none, the conversation is no e-mail one, the customer's address is missing or failing, or the
    // team has no complete survey template of the kind. The survey mail's id.
    std::optional<Id> queueSurvey(
        Workspace &workspace, const Clock &clock, const Conversation &conversation, const Actor &actor, Millis now)
    {
        if (conversation.channel != Channel::Email || !conversation.queueId)
            return std::nullopt;
        const std::optional<TeamQueue> queue = conversations.queue(*conversation.queueId);
        if (!queue || !queue->survey || conversations.survey(conversation.id))
            return std::nullopt;
        const std::optional<Customer> customer = customers.find(conversation.customerId);
        if (!customer || customer->email.trimmed().isEmpty() || customers.failingEmail(customer->id))
            return std::nullopt;
        const QList<ReplyTemplate> candidates
            = TemplateRepository(workspace).withShortcode(std::nullopt, keyOf(*queue->survey));
        const auto found = std::find_if(candidates.cbegin(), candidates.cend(), [](const ReplyTemplate &candidate) {
            return candidate.channel.value_or(Channel::Email) == Channel::Email;
        });
        if (found == candidates.cend()) {
            qCInfo(lcServices) << "no shared survey template" << keyOf(*queue->survey) << "for e-mail: no survey sent";
            return std::nullopt;
        }
        const TemplateContext context = TemplateService(workspace, clock).contextFor(actor, customer->id);
        const ReplyRendering rendering = TemplateService::render(*found, context);
        if (!rendering.isComplete()) {
            qCInfo(lcServices) << "the survey template" << found->shortcode << "lacks" << rendering.missingNames();
            return std::nullopt;
        }
        Interaction interaction;
        interaction.customerId = customer->id;
        if (actor.agentId > 0)
            interaction.agentId = actor.agentId;
        interaction.channel = Channel::Email;
        interaction.direction = Direction::Outbound;
        interaction.kind = InteractionKind::Feedback;
        interaction.subject = rendering.subject.text.trimmed();
        interaction.body = rendering.body.text;
        interaction.occurredAt = now;
        interaction.conversationId = conversation.id;
        const Id interactionId = interactions.insert(interaction, now);
        queueOutbound(interactionId, conversation.id, Channel::Email, now, true);
        if (!conversations.recordSurveySent(conversation.id, *queue->survey, interactionId, now))
            throw ServiceError(conflictMessage(conversation.id));
        return interactionId;
    }

    // The conversation the subject's reference names, if it is this customer's on this channel: a
    // reference typed into another customer's mail threads nothing.
    std::optional<Id> referencedConversation(const ChannelMessage &message, Id customerId) const
    {
        const std::optional<Id> referenced = ConversationRules::referencedConversation(message.subject);
        if (!referenced)
            return std::nullopt;
        const std::optional<ConversationRow> row = conversations.find(*referenced, 0);
        if (!row || row->conversation.customerId != customerId || row->conversation.channel != message.channel)
            return std::nullopt;
        return referenced;
    }

    // Why a change made on `before` lost to a rival's: who took the conversation, when that was it.
    QString conflictWith(const Conversation &before) const
    {
        const std::optional<ConversationRow> now = conversations.find(before.id, 0);
        if (now && now->conversation.assigneeId && now->conversation.assigneeId != before.assigneeId) {
            return ConversationService::tr("%1 took conversation #%2 a moment ago.")
                .arg(now->assigneeName, QString::number(before.id));
        }
        return conflictMessage(before.id);
    }

    // Stores `after` over `before` with its audit record, in the caller's transaction; false when nothing
    // changed. Throws when someone else changed the conversation since it was read.
    bool store(Workspace &workspace, const Conversation &before, const Conversation &after, const QString &action,
        std::optional<Id> actorId, Millis now, const QJsonObject &details)
    {
        switch (writeConversationChange(workspace, conversations, before, after, action, actorId, now, details)) {
        case ConversationWrite::Unchanged:
            return false;
        case ConversationWrite::Stored:
            return true;
        case ConversationWrite::Conflict:
            break;
        }
        throw ServiceError(conflictWith(before));
    }
};

ConversationService::ConversationService(Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock), d(std::make_unique<Private>(workspace))
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, &ConversationService::announce);
}

ConversationService::~ConversationService() = default;

void ConversationService::announce(const QStringList &tables)
{
    emit changed();
    // What a conversation row of a list reads (ConversationRepository::page): the reader's own unread markers
    // change only by this desk's commits.
    static constexpr QLatin1StringView conversations("conversations");
    static constexpr QLatin1StringView tags("conversation_tags");
    static constexpr QLatin1StringView customers("customers");
    static constexpr QLatin1StringView agents("agents");
    static constexpr QLatin1StringView queues("team_queues");
    if (!ChangeFeed::concerns(tables, { conversations, tags, customers, agents, queues }))
        return;
    ConversationListChange change;
    if (!tables.isEmpty() && !tables.contains(agents) && !tables.contains(queues)) {
        const QHash<QString, QSet<qint64>> &named = m_workspace.changes().namedRows();
        const auto namedOrAbsent
            = [&](QLatin1StringView table) { return !tables.contains(table) || named.contains(table); };
        change.rowsNamed = namedOrAbsent(conversations) && namedOrAbsent(tags) && namedOrAbsent(customers);
        if (change.rowsNamed) {
            change.conversationIds = named.value(conversations) + named.value(tags);
            change.customerIds = named.value(customers);
        }
    }
    emit listChanged(change);
}

ConversationPage ConversationService::page(
    const Actor &actor, const InboxFolder &folder, const std::optional<ConversationCursor> &after, int limit) const
{
    if (folder.kind == InboxFolderKind::Queue && !folder.queueId)
        throw ServiceError(tr("Choose the queue to list."));
    requireMayList(actor, folder);
    return d->conversations.page(folder, actor.agentId, after, qBound(1, limit, maxPageSize));
}

QList<ConversationRow> ConversationService::rowsIn(
    const Actor &actor, const InboxFolder &folder, const QSet<Id> &ids) const
{
    requireMayList(actor, folder);
    return d->conversations.rowsIn(folder, actor.agentId, QList<Id>(ids.cbegin(), ids.cend()));
}

qint64 ConversationService::count(const Actor &actor, const InboxFolder &folder) const
{
    requireMayList(actor, folder);
    return d->conversations.count(folder, actor.agentId);
}

InboxCounts ConversationService::counts(const Actor &actor) const
{
    return counts(actor, d->conversations.queues());
}

InboxCounts ConversationService::counts(const Actor &actor, const QList<TeamQueue> &queues) const
{
    QList<Id> queueIds;
    queueIds.reserve(queues.size());
    for (const TeamQueue &queue : queues)
        queueIds.append(queue.id);
    return d->conversations.counts(actor.agentId, queueIds);
}

QList<TeamQueue> ConversationService::queues() const
{
    return d->conversations.queues();
}

std::optional<ConversationRow> ConversationService::conversation(const Actor &actor, Id conversationId) const
{
    return d->conversations.find(conversationId, actor.agentId);
}

std::optional<ConversationThread> ConversationService::thread(const Actor &actor, Id conversationId) const
{
    std::optional<ConversationRow> row = d->conversations.find(conversationId, actor.agentId);
    if (!row)
        return std::nullopt;
    return ConversationThread { *row, d->conversations.thread(conversationId) };
}

QList<AgentLoad> ConversationService::agentLoads(const Actor &actor) const
{
    if (actor.role != Role::TeamLead)
        throw PermissionDenied(tr("Only a team lead sees every agent's load."));
    return d->conversations.agentLoads(m_clock.now());
}

void ConversationService::requireMayList(const Actor &actor, const InboxFolder &folder)
{
    if (folder.kind != InboxFolderKind::Agent)
        return;
    if (!folder.agentId)
        throw ServiceError(tr("Choose the agent whose conversations to list."));
    if (*folder.agentId != actor.agentId && actor.role != Role::TeamLead)
        throw PermissionDenied(tr("Only a team lead lists a colleague's conversations."));
}

QList<Agent> ConversationService::assignableAgents(const Actor &actor) const
{
    QList<Agent> agents;
    for (const Agent &agent : d->agents.all()) {
        if (agent.active && (actor.role == Role::TeamLead || agent.id == actor.agentId))
            agents.append(agent);
    }
    return agents;
}

void ConversationService::requireWritable() const
{
    if (m_workspace.isReadOnly())
        throw PermissionDenied(readOnlyRefusal());
}

void ConversationService::requireMayHandle(const Actor &actor, const ConversationRow &row)
{
    const Conversation &conversation = row.conversation;
    if (actor.role == Role::TeamLead || !conversation.assigneeId || *conversation.assigneeId == actor.agentId)
        return;
    throw PermissionDenied(tr("Conversation #%1 is assigned to %2; only they or a team lead can do that.")
            .arg(QString::number(conversation.id), row.assigneeName));
}

InboundReceipt ConversationService::recordInbound(const ChannelMessage &message)
{
    requireWritable();
    const QString address = message.fromAddress.trimmed();
    if (address.isEmpty())
        throw ServiceError(tr("A customer's message needs the address it came from."));
    const QString externalId = message.externalId.trimmed();
    // What was recorded for the message's external id before, as a duplicate's receipt.
    const auto earlier = [&]() -> std::optional<InboundReceipt> {
        if (externalId.isEmpty())
            return std::nullopt;
        const auto recorded = d->conversations.recordedMessage(message.channel, externalId);
        if (!recorded)
            return std::nullopt;
        InboundReceipt receipt;
        receipt.conversationId = recorded->conversationId;
        receipt.interactionId = recorded->interactionId;
        if (const std::optional<Interaction> interaction = d->interactions.find(recorded->interactionId))
            receipt.customerId = interaction->customerId;
        receipt.duplicate = true;
        return receipt;
    };
    if (std::optional<InboundReceipt> receipt = earlier())
        return *receipt;

    // Without a savepoint of its own, a message that stops after its first write leaves that write in the
    // batch, which only the whole batch's rollback takes back.
    std::optional<InboundReceipt> written;
    try {
        written = writeInbound(message, address, externalId);
    } catch (...) {
        d->breakBatch();
        throw;
    }
    if (written) {
        if (m_openBatches == 0)
            m_workspace.changes().notifyLocalChange();
        return *written;
    }
    if (!d->savepointPerMessage()) {
        d->breakBatch();
        throw ServiceError(tr("The message could not be recorded; try again."));
    }
    if (std::optional<InboundReceipt> theirs = earlier())
        return *theirs;
    throw ServiceError(tr("The message could not be recorded; try again."));
}

ConversationService::InboundBatch::InboundBatch(ConversationService &conversations, Refusals refusals)
    : m_conversations(conversations),
      m_transaction(
          std::make_unique<Transaction>(conversations.m_workspace.database(), Transaction::Start::WriteLockFirst))
{
    m_conversations.requireWritable();
    // A batch inside another keeps the outer one's way: the outer one's rollback is what takes it back.
    if (++m_conversations.m_openBatches == 1) {
        Private::BatchReads batch;
        batch.savepoints = refusals == Refusals::PerMessage;
        const Workspace &workspace = m_conversations.m_workspace;
        batch.search = SearchIndexing::deferInserts(workspace.database(), workspace.dialect());
        m_conversations.d->batch = std::move(batch);
    }
}

bool ConversationService::InboundBatch::broken() const
{
    const std::optional<Private::BatchReads> &batch = m_conversations.d->batch;
    return m_transaction && batch && batch->broken;
}

ConversationService::InboundBatch::~InboundBatch()
{
    if (m_transaction && --m_conversations.m_openBatches == 0)
        m_conversations.d->batch.reset();
}

void ConversationService::InboundBatch::commit()
{
    if (!m_transaction)
        return;
    std::optional<Private::BatchReads> &batch = m_conversations.d->batch;
    if (m_conversations.m_openBatches == 1 && batch) {
        SearchIndexing::catchUp(m_conversations.m_workspace.database(), batch->search);
    }
    if (--m_conversations.m_openBatches == 0)
        batch.reset();
    const std::unique_ptr<Transaction> transaction = std::move(m_transaction);
    transaction->commit();
    m_conversations.m_workspace.changes().notifyLocalChange();
}

std::optional<InboundReceipt> ConversationService::writeInbound(
    const ChannelMessage &message, const QString &address, const QString &externalId)
{
    const Millis now = m_clock.now();
    const Millis receivedAt = message.receivedAt > 0 ? message.receivedAt : now;
    InboundReceipt receipt;
    // Its own savepoint, unless a batch without them takes its failures back whole (recordInbound).
    std::optional<Transaction> transaction;
    if (d->savepointPerMessage())
        transaction.emplace(m_workspace.database());
    std::optional<Customer> customer = d->customerByAddress(address);
    if (!customer) {
        customer = newCustomerFrom(message, now);
        customer->id = d->customers.insert(*customer);
        receipt.newCustomer = true;
        AuditRecord(u"customer.create"_s, u"customer"_s, customer->id)
            .at(now)
            .after({ { u"customer"_s, customer->id }, { u"name"_s, customer->displayName() }, { u"address"_s, address },
                { u"channel"_s, keyOf(message.channel) } })
            .appendTo(m_workspace);
    }
    receipt.customerId = customer->id;

    // Threading, most certain first: the messages it answers (ours included), the conversation its subject
    // names, then the same subject from the same customer lately.
    std::optional<Id> conversationId = d->conversations.findByExternalIds(message.channel, message.inReplyTo);
    // Only the conversation's own customer continues it by headers: our Message-IDs are no secret once a reply
    // went out, and a stranger naming one must not write into (or answer the survey of) someone else's.
    if (conversationId) {
        const std::optional<ConversationRow> named = d->conversations.find(*conversationId, 0);
        if (!named || named->conversation.customerId != customer->id)
            conversationId.reset();
    }
    if (!conversationId && hasSubjects(message.channel))
        conversationId = d->referencedConversation(message, customer->id);
    if (!conversationId) {
        if (hasSubjects(message.channel)) {
            conversationId = d->conversations.findContinued(customer->id, message.channel,
                ConversationRules::threadSubject(message.subject), receivedAt - ConversationRules::continuationWindow);
        } else {
            conversationId = d->conversations.findContinued(customer->id, message.channel, QString());
        }
    }
    Conversation before;
    Conversation after;
    // The answer to the conversation's survey mail, if it is one: recorded as a survey answer, and a closed
    // conversation stays closed (a score asks nothing of the team).
    std::optional<ConversationRepository::SentSurvey> survey;
    std::optional<int> surveyScore;
    if (conversationId) {
        const std::optional<ConversationRow> row = d->conversations.find(*conversationId, 0);
        if (!row)
            throw ServiceError(conflictMessage(*conversationId));
        before = row->conversation;
        after = before;
        survey = d->conversations.survey(before.id);
        // Read as a score only when the mail answers the survey mail itself: "still broken 3 days later"
        // written into the closed conversation is a problem for the team, not a 3.
        if (survey && !survey->responseId && d->conversations.answers(survey->interactionId, message.inReplyTo))
            surveyScore = SurveyReply::score(message.body, survey->kind);
        if (!surveyScore || before.status != ConversationStatus::Closed) {
            ConversationRules::receiveInbound(after, customer->tier, receivedAt);
            if (!d->conversations.update(after, before.version))
                throw ServiceError(conflictMessage(before.id));
        }
    } else {
        after = ConversationRules::startedByCustomer(
            customer->id, message.channel, message.subject, customer->tier, receivedAt);
        after.queueId = message.queueId;
        if (!after.queueId)
            after.queueId = d->defaultQueue();
        after.id = d->conversations.insert(after);
        receipt.newConversation = true;
    }
    receipt.conversationId = after.id;

    Interaction interaction;
    interaction.customerId = customer->id;
    interaction.channel = message.channel;
    interaction.direction = Direction::Inbound;
    interaction.kind = surveyScore ? InteractionKind::Feedback : InteractionKind::Message;
    interaction.subject = message.subject;
    interaction.body = message.body;
    interaction.bodyFormat = message.bodyFormat;
    interaction.occurredAt = receivedAt;
    interaction.conversationId = after.id;
    receipt.interactionId = d->interactions.insert(interaction, now);
    // Another worker recorded the same message in the meantime: theirs stands, this one is taken back.
    if (!externalId.isEmpty()
        && !d->conversations.recordExternalId(message.channel, externalId, receipt.interactionId, after.id))
        return std::nullopt;
    MessageContentRepository(m_workspace).store(receipt.interactionId, message.html, message.attachments, now);
    QJsonObject state = conversationAuditState(after);
    if (surveyScore && survey) {
        SurveyResponse response;
        response.customerId = customer->id;
        response.interactionId = receipt.interactionId;
        response.kind = survey->kind;
        response.score = *surveyScore;
        response.comment = splitQuotedTail(message.body).text.trimmed();
        response.answeredAt = receivedAt;
        d->conversations.recordSurveyAnswer(after.id, d->interactions.insertSurveyResponse(response));
        state.insert(u"survey"_s, keyOf(survey->kind));
        state.insert(u"score"_s, *surveyScore);
    }
    state.insert(u"interaction"_s, receipt.interactionId);
    state.insert(u"channel"_s, keyOf(message.channel));
    state.insert(u"subject"_s, message.subject);
    AuditRecord(u"conversation.receive"_s, u"conversation"_s, after.id)
        .at(now)
        .before(receipt.newConversation ? QJsonObject() : conversationAuditState(before))
        .after(state)
        .appendTo(m_workspace);
    if (transaction)
        transaction->commit();
    if (std::optional<Private::BatchReads> &batch = d->batch; batch && customer)
        batch->customers.insert(address.toLower(), *customer);
    return receipt;
}

DeliveryFailureReceipt ConversationService::recordDeliveryFailure(const DeliveryFailureReport &report)
{
    requireWritable();
    const Millis now = m_clock.now();
    DeliveryFailureReceipt receipt;
    {
        Transaction transaction(m_workspace.database(), Transaction::Start::WriteLockFirst);
        const QString reason = report.reason.trimmed();
        const auto recorded = report.failedExternalId.isEmpty() || report.failedAddress.isEmpty()
            ? std::nullopt
            : d->conversations.recordedMessage(report.channel, report.failedExternalId);
        const std::optional<Interaction> interaction
            = recorded ? d->interactions.find(recorded->interactionId) : std::nullopt;
        if (!interaction || interaction->direction != Direction::Outbound)
            return receipt;
        // The failed address must be one of the customer the message went to.
        const std::optional<Customer> customer = d->customers.findByAddress(report.failedAddress);
        if (!customer || customer->id != interaction->customerId)
            return receipt;
        receipt.interactionId = interaction->id;
        (void)d->outbox.markBounced(interaction->id, reason);
        receipt.customerId = customer->id;
        const QString &address = report.failedAddress;
        const Millis at = report.receivedAt > 0 ? report.receivedAt : now;
        d->customers.markFailing(customer->id, { address, reason, at });
        const QJsonObject after { { u"address"_s, address.toLower() }, { u"reason"_s, reason },
            { u"interaction"_s, interaction->id } };
        AuditRecord(u"customer.bounce"_s, u"customer"_s, customer->id).at(now).after(after).appendTo(m_workspace);
        transaction.commit();
    }
    m_workspace.changes().notifyLocalChange();
    return receipt;
}

std::optional<FailingAddress> ConversationService::failingAddress(Id conversationId) const
{
    const std::optional<ConversationRow> row = d->conversations.find(conversationId, 0);
    if (!row)
        return std::nullopt;
    return d->customers.failingEmail(row->conversation.customerId);
}

ReplyReceipt ConversationService::reply(const Actor &actor, Id conversationId, const ReplyDraft &draft)
{
    requireWritable();
    if (draft.body.trimmed().isEmpty())
        throw ServiceError(tr("Write the reply before sending it."));
    const Millis now = m_clock.now();
    ReplyReceipt receipt;
    {
        Transaction transaction(m_workspace.database(), Transaction::Start::WriteLockFirst);
        std::optional<ReplyTemplate> fromTemplate;
        if (draft.templateId) {
            fromTemplate = usableTemplate(m_workspace, actor, *draft.templateId);
            if (!fromTemplate)
                throw ServiceError(templateGone());
        }
        const std::optional<ConversationRow> row = d->conversations.find(conversationId, actor.agentId);
        if (!row)
            throw ServiceError(tr("There is no conversation #%1.").arg(conversationId));
        requireNothingNewSince(conversationId, draft);
        const Conversation &before = row->conversation;
        Conversation after = before;
        const std::optional<AnsweredResponse> answer = ConversationRules::answeredBy(before);
        ConversationRules::recordReply(after, now, draft.statusAfter);

        Interaction interaction;
        interaction.customerId = before.customerId;
        interaction.agentId = actor.agentId;
        interaction.channel = before.channel;
        interaction.direction = Direction::Outbound;
        interaction.kind = fromTemplate ? replyKindOf(*fromTemplate) : InteractionKind::Message;
        interaction.subject = !draft.subject.trimmed().isEmpty() ? draft.subject.trimmed()
            : hasSubjects(before.channel)                        ? u"Re: "_s + before.subject
                                                                 : QString();
        interaction.body = draft.body;
        interaction.bodyFormat = draft.bodyFormat;
        interaction.occurredAt = now;
        interaction.conversationId = conversationId;
        receipt.interactionId = d->interactions.insert(interaction, now);
        receipt.outboxId = d->queueOutbound(receipt.interactionId, conversationId, before.channel, now);
        if (answer) {
            ConversationResponses::record(m_workspace.database(), receipt.interactionId, conversationId,
                actor.agentId > 0 ? std::optional(actor.agentId) : std::nullopt, *answer, now);
        }
        if (fromTemplate && !recordTemplateUse(m_workspace, actor, *fromTemplate, receipt.interactionId, now))
            throw ServiceError(templateGone());
        if (!d->conversations.update(after, before.version)) {
            // A colleague's reply committed while this one was being written: asked as any other.
            if (draft.seen) {
                ReplyDraft asked = draft;
                asked.sendAnyway = false;
                requireNothingNewSince(conversationId, asked);
            }
            throw ServiceError(conflictMessage(conversationId));
        }
        d->conversations.markRead(conversationId, actor.agentId, now);
        QJsonObject state = conversationAuditState(after);
        if (after.status == ConversationStatus::Closed) {
            if (const std::optional<Id> survey = d->queueSurvey(m_workspace, m_clock, after, actor, now))
                state.insert(u"survey_interaction"_s, *survey);
        }
        state.insert(u"interaction"_s, receipt.interactionId);
        state.insert(u"outbox"_s, receipt.outboxId);
        state.insert(u"subject"_s, interaction.subject);
        if (fromTemplate)
            state.insert(u"template"_s, fromTemplate->id);
        const QJsonArray articles = recordArticleUses(
            m_workspace, actor, draft.articles, receipt.interactionId, conversationId, draft.body, now);
        if (!articles.isEmpty())
            state.insert(u"articles"_s, articles);
        AuditRecord(u"conversation.reply"_s, u"conversation"_s, conversationId)
            .at(now)
            .by(actor.agentId)
            .before(conversationAuditState(before))
            .after(state)
            .appendTo(m_workspace);
        transaction.commit();
    }
    m_workspace.changes().notifyLocalChange();
    return receipt;
}

void ConversationService::requireNothingNewSince(Id conversationId, const ReplyDraft &draft) const
{
    if (!draft.seen || draft.sendAnyway)
        return;
    QStringList repliedBy;
    bool customerWrote = false;
    for (const auto &message : d->conversations.messagesAfter(conversationId, draft.seen->newestMessageId)) {
        if (message.direction == Direction::Inbound)
            customerWrote = true;
        else if (!repliedBy.contains(message.agentName))
            repliedBy.append(message.agentName);
    }
    if (repliedBy.isEmpty() && !customerWrote)
        return;
    QStringList what;
    if (!repliedBy.isEmpty())
        what.append(tr("%1 replied", nullptr, int(repliedBy.size())).arg(QLocale().createSeparatedList(repliedBy)));
    if (customerWrote)
        what.append(tr("the customer wrote again"));
    throw ReplyCollision(tr("Since you opened conversation #%1, %2. Review the new messages before you send, or "
                            "send anyway.")
                             .arg(QString::number(conversationId), QLocale().createSeparatedList(what)),
        repliedBy, customerWrote);
}

void ConversationService::applyToEach(
    const Actor &actor, const QList<Id> &conversationIds, const QString &action, const Change &change)
{
    requireWritable();
    if (conversationIds.isEmpty())
        throw ServiceError(tr("Choose at least one conversation."));
    const Millis now = m_clock.now();
    bool changedAny = false;
    {
        // Read inside the transaction: on a team server a rival's change shows as a version conflict, in a
        // file the rival's change is read (the write lock makes the later desk wait for it).
        Transaction transaction(m_workspace.database(), Transaction::Start::WriteLockFirst);
        for (const Id id : withoutRepeats(conversationIds)) {
            std::optional<ConversationRow> row = d->conversations.find(id, actor.agentId);
            if (!row)
                throw ServiceError(tr("There is no conversation #%1.").arg(id));
            const Conversation before = row->conversation;
            QJsonObject details;
            change(*row, details);
            changedAny |= d->store(m_workspace, before, row->conversation, action, actor.agentId, now, details);
        }
        transaction.commit();
    }
    if (changedAny)
        m_workspace.changes().notifyLocalChange();
}

void ConversationService::setQueueSurvey(const Actor &actor, Id queueId, std::optional<SurveyKind> survey)
{
    requireWritable();
    if (actor.role != Role::TeamLead)
        throw PermissionDenied(tr("Only a team lead chooses the survey a queue sends."));
    const Millis now = m_clock.now();
    {
        Transaction transaction(m_workspace.database(), Transaction::Start::WriteLockFirst);
        const std::optional<TeamQueue> queue = d->conversations.queue(queueId);
        if (!queue)
            throw ServiceError(tr("There is no queue #%1.").arg(queueId));
        if (queue->survey == survey)
            return;
        d->conversations.setQueueSurvey(queueId, survey);
        const auto surveyKey = [](std::optional<SurveyKind> kind) { return kind ? keyOf(*kind) : u"none"_s; };
        AuditRecord(u"queue.survey"_s, u"queue"_s, queueId)
            .at(now)
            .by(actor.agentId)
            .before({ { u"name"_s, queue->name }, { u"survey"_s, surveyKey(queue->survey) } })
            .after({ { u"name"_s, queue->name }, { u"survey"_s, surveyKey(survey) } })
            .appendTo(m_workspace);
        transaction.commit();
    }
    m_workspace.changes().notifyLocalChange();
}

void ConversationService::assign(const Actor &actor, const QList<Id> &conversationIds, std::optional<Id> assigneeId)
{
    requireWritable();
    std::optional<Agent> assignee;
    if (assigneeId) {
        assignee = d->agents.find(*assigneeId);
        if (!assignee || !assignee->active)
            throw ServiceError(tr("Conversations can be assigned only to an active agent."));
        if (actor.role != Role::TeamLead && *assigneeId != actor.agentId)
            throw PermissionDenied(tr("Only a team lead assigns conversations to someone else; you can take them "
                                      "yourself."));
    }
    applyToEach(actor, conversationIds, u"conversation.assign"_s, [&](ConversationRow &row, QJsonObject &details) {
        Conversation &conversation = row.conversation;
        if (actor.role != Role::TeamLead && conversation.assigneeId && *conversation.assigneeId != actor.agentId) {
            throw PermissionDenied(tr("Conversation #%1 is assigned to %2; only a team lead can take it from them.")
                    .arg(QString::number(conversation.id), row.assigneeName));
        }
        conversation.assigneeId = assigneeId;
        details.insert(u"assignee_name"_s, assignee ? assignee->displayName : QString());
    });
}

void ConversationService::snooze(const Actor &actor, const QList<Id> &conversationIds, Millis until)
{
    const Millis now = m_clock.now();
    applyToEach(actor, conversationIds, u"conversation.snooze"_s, [&](ConversationRow &row, QJsonObject &) {
        requireMayHandle(actor, row);
        if (const std::optional<QString> refusal = ConversationRules::snoozeRefusal(row.conversation, until, now))
            throw ServiceError(*refusal);
        ConversationRules::snooze(row.conversation, until);
    });
}

void ConversationService::close(const Actor &actor, const QList<Id> &conversationIds)
{
    const Millis now = m_clock.now();
    applyToEach(actor, conversationIds, u"conversation.close"_s, [&](ConversationRow &row, QJsonObject &details) {
        requireMayHandle(actor, row);
        if (const std::optional<QString> refusal = ConversationRules::closeRefusal(row.conversation))
            throw ServiceError(tr("Conversation #%1: %2").arg(QString::number(row.conversation.id), *refusal));
        ConversationRules::close(row.conversation, now);
        if (const std::optional<Id> survey = d->queueSurvey(m_workspace, m_clock, row.conversation, actor, now))
            details.insert(u"survey_interaction"_s, *survey);
    });
}

void ConversationService::reopen(const Actor &actor, const QList<Id> &conversationIds)
{
    applyToEach(actor, conversationIds, u"conversation.reopen"_s, [&](ConversationRow &row, QJsonObject &) {
        if (const std::optional<QString> refusal = ConversationRules::reopenRefusal(row.conversation))
            throw ServiceError(tr("Conversation #%1: %2").arg(QString::number(row.conversation.id), *refusal));
        ConversationRules::reopen(row.conversation);
    });
}

void ConversationService::setPriority(
    const Actor &actor, const QList<Id> &conversationIds, ConversationPriority priority)
{
    applyToEach(actor, conversationIds, u"conversation.priority"_s,
        [&](ConversationRow &row, QJsonObject &) { row.conversation.priority = priority; });
}

void ConversationService::moveToQueue(const Actor &actor, const QList<Id> &conversationIds, Id queueId)
{
    const QList<TeamQueue> queues = d->conversations.queues();
    const auto queue
        = std::find_if(queues.cbegin(), queues.cend(), [queueId](const TeamQueue &q) { return q.id == queueId; });
    if (queue == queues.cend())
        throw ServiceError(tr("There is no queue #%1.").arg(queueId));
    applyToEach(actor, conversationIds, u"conversation.queue"_s, [&](ConversationRow &row, QJsonObject &details) {
        row.conversation.queueId = queueId;
        details.insert(u"queue_name"_s, queue->name);
    });
}

void ConversationService::addTag(const Actor &actor, const QList<Id> &conversationIds, const QString &tag)
{
    const QString cleaned = tag.simplified();
    if (cleaned.isEmpty())
        throw ServiceError(tr("Write the tag first."));
    if (cleaned.size() > maxTagLength)
        throw ServiceError(tr("Keep tags under %1 characters.").arg(maxTagLength));
    applyToEach(actor, conversationIds, u"conversation.tag"_s, [&](ConversationRow &row, QJsonObject &details) {
        QStringList &tags = row.conversation.tags;
        if (!tags.contains(cleaned)) {
            tags.append(cleaned);
            tags.sort();
        }
        details.insert(u"tag"_s, cleaned);
    });
}

void ConversationService::removeTag(const Actor &actor, const QList<Id> &conversationIds, const QString &tag)
{
    const QString cleaned = tag.simplified();
    applyToEach(actor, conversationIds, u"conversation.untag"_s, [&](ConversationRow &row, QJsonObject &details) {
        row.conversation.tags.removeAll(cleaned);
        details.insert(u"tag"_s, cleaned);
    });
}

void ConversationService::markRead(const Actor &actor, Id conversationId)
{
    if (m_workspace.isReadOnly())
        return;
    d->conversations.markRead(conversationId, actor.agentId, m_clock.now());
    m_workspace.changes().notifyLocalChange();
}

int ConversationService::wakeSnoozed()
{
    if (m_workspace.isReadOnly())
        return 0;
    const Millis now = m_clock.now();
    int woken = 0;
    {
        Transaction transaction(m_workspace.database());
        for (const Id id : d->conversations.dueToWake(now, wakeBatch)) {
            const std::optional<ConversationRow> row = d->conversations.find(id, 0);
            if (!row || !ConversationRules::isDueToWake(row->conversation, now))
                continue;
            Conversation after = row->conversation;
            ConversationRules::reopen(after);
            if (d->store(m_workspace, row->conversation, after, u"conversation.wake"_s, std::nullopt, now, {}))
                ++woken;
        }
        transaction.commit();
    }
    if (woken > 0)
        m_workspace.changes().notifyLocalChange();
    return woken;
}

} // namespace tandem

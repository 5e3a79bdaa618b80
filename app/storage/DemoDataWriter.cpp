// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/DemoDataWriter.h"

#include "domain/Conversation.h"
#include "domain/DemoCorpus.h"
#include "domain/DemoEscalationPath.h"
#include "domain/Records.h"
#include "domain/SlaPolicy.h"
#include "domain/StorageError.h"
#include "domain/TextFolding.h"
#include "storage/AuditRecord.h"
#include "storage/BulkStatement.h"
#include "storage/ConversationResponses.h"
#include "storage/CustomerRepository.h"
#include "storage/EscalationRepository.h"
#include "storage/PasswordHasher.h"
#include "storage/Query.h"
#include "storage/SearchIndexing.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMutex>

#include <array>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

constexpr Millis day = 24LL * 60 * 60 * 1000;
constexpr Millis historySpan = 3 * 365 * day;
constexpr int progressStep = 20000;
constexpr Millis hour = 60LL * 60 * 1000;
// A customer's messages on one channel within two weeks make one conversation; one with a message in the
// last three weeks is still being worked, older ones were closed.
constexpr Millis conversationSpan = 14 * day;
constexpr Millis recentSpan = 21 * day;
// A desk that keeps up has a day or two of messages waiting, not weeks: only messages this recent are still
// unanswered, and a few of the customers' messages are drawn into this span so the inbox has them.
constexpr Millis openWaitSpan = 2 * day;

// What the demo knows of a conversation while its messages are generated (in no order of time).
struct DemoConversation
{
    Id id = 0;
    Id customerId = 0;
    Channel channel = Channel::Email;
    InteractionKind firstKind = InteractionKind::Message;
    bool technical = false;
    QString subject; // of its earliest message
    Millis first = 0;
    Millis last = 0;
    std::optional<Millis> firstInbound;
    std::optional<Millis> lastInbound;
    std::optional<Millis> firstOutbound;
    std::optional<Millis> lastOutbound;
    QList<Millis> recentInbound; // kept only near the end of history, where conversations still wait
};

bool joinsConversation(InteractionKind kind, Channel channel)
{
    return channel != Channel::Internal
        && (kind == InteractionKind::Message || kind == InteractionKind::Call || kind == InteractionKind::Complaint);
}

void noteMessage(DemoConversation &conversation, Direction direction, Millis at, const QString &subject, Millis anchor)
{
    if (conversation.first == 0 || at < conversation.first) {
        conversation.first = at;
        conversation.subject = subject;
    }
    conversation.last = qMax(conversation.last, at);
    const auto earliest = [at](std::optional<Millis> &time) { time = time ? qMin(*time, at) : at; };
    const auto latest = [at](std::optional<Millis> &time) { time = time ? qMax(*time, at) : at; };
    if (direction == Direction::Inbound) {
        earliest(conversation.firstInbound);
        latest(conversation.lastInbound);
        if (anchor - at < recentSpan + conversationSpan)
            conversation.recentInbound.append(at);
    } else {
        earliest(conversation.firstOutbound);
        latest(conversation.lastOutbound);
    }
}

struct DemoAgent
{
    const char16_t *login;
    const char16_t *name;
    Role role;
};

constexpr std::array<DemoAgent, DemoDataWriter::demoAgentCount> demoAgents { {
    { u"lead", u"Lena Hoffmann", Role::TeamLead },
    { u"rep", u"Sam Carter", Role::ServiceRep },
    { u"specialist", u"Priya Nair", Role::SupportSpecialist },
    { u"rep2", u"Diego Alvarez", Role::ServiceRep },
    { u"rep3", u"Aiko Tanaka", Role::ServiceRep },
    { u"specialist2", u"Tom Becker", Role::SupportSpecialist },
    { u"specialist3", u"Amara Okafor", Role::SupportSpecialist },
} };

// A demo account's password is its login, and the sign-in dialog of a demo workspace shows it. Its hash
// is made once per program run (with the cheap interactive cost) and shared by every demo workspace.
QString demoPasswordHash(const QString &login)
{
    static QMutex lock;
    static QHash<QString, QString> hashes;
    const QMutexLocker locker(&lock);
    auto found = hashes.constFind(login);
    if (found == hashes.constEnd())
        found = hashes.insert(login, PasswordHasher::hash(login, PasswordHasher::Cost::Interactive));
    return *found;
}

// When a churned demo customer left: spread over the last eighteen months, without a random draw, so the
// rest of the generated data stays as it was.
Millis demoChurnedAt(int customer, Millis anchor)
{
    return anchor - Millis((quint64(customer) * 2654435761ULL) % quint64(540 * day));
}

template<typename T, std::size_t Count>
T weighted(DemoRandom &random, const std::array<std::pair<T, int>, Count> &table)
{
    int total = 0;
    for (const auto &entry : table)
        total += entry.second;
    int roll = random.below(total);
    for (const auto &entry : table) {
        if (roll < entry.second)
            return entry.first;
        roll -= entry.second;
    }
    return table.front().first;
}

constexpr std::array<std::pair<InteractionKind, int>, 9> kindWeights { {
    { InteractionKind::Message, 40 },
    { InteractionKind::Call, 15 },
    { InteractionKind::Note, 9 },
    { InteractionKind::Feedback, 6 },
    { InteractionKind::Complaint, 5 },
    { InteractionKind::Order, 16 },
    { InteractionKind::Refund, 3 },
    { InteractionKind::FollowUp, 4 },
    { InteractionKind::Referral, 2 },
} };

constexpr std::array<std::pair<Channel, int>, 7> channelWeights { {
    { Channel::Email, 34 },
    { Channel::Phone, 20 },
    { Channel::LiveChat, 22 },
    { Channel::Social, 9 },
    { Channel::Video, 4 },
    { Channel::SelfService, 7 },
    { Channel::InPerson, 4 },
} };

constexpr std::array<std::pair<Tier, int>, 3> tierWeights { { { Tier::Standard, 70 }, { Tier::Premium, 22 },
    { Tier::Enterprise, 8 } } };
constexpr std::array<std::pair<Lifecycle, int>, 3> lifecycleWeights { { { Lifecycle::Customer, 78 },
    { Lifecycle::Prospect, 12 }, { Lifecycle::Churned, 10 } } };
constexpr std::array<std::pair<EscalationState, int>, 7> openStateWeights { {
    { EscalationState::New, 20 },
    { EscalationState::Claimed, 10 },
    { EscalationState::InProgress, 20 },
    { EscalationState::WaitingOnCustomer, 8 },
    { EscalationState::NeedsInfoFromRep, 7 },
    { EscalationState::Resolved, 10 },
    { EscalationState::Closed, 25 },
} };

QString emailDomainOf(const QString &company)
{
    QString domain;
    for (const QChar ch : company) {
        if (ch.isLetterOrNumber() && ch.unicode() < 128)
            domain.append(ch.toLower());
    }
    return (domain.isEmpty() ? u"example"_s : domain) + u".example"_s;
}

// A name as the local part of an e-mail address: folded as search folds it, plain ASCII letters and digits.
QString asciiFolded(const QString &text)
{
    QString ascii;
    for (const QChar ch : foldText(text)) {
        if (ch.unicode() < 128 && ch.isLetterOrNumber())
            ascii.append(ch);
    }
    return ascii;
}

// Prepared statements reused for every row of the bulk insert, made in the order of their foreign keys (on a
// team server their rows are sent in batches, each after those of the statements made before).
constexpr auto gathered = BulkStatement::Rows::Gathered;

struct Statements
{
    explicit Statements(const QSqlDatabase &db)
        : customer(db,
              u"INSERT INTO customers (id, first_name, last_name, sort_name, email, phone, company,"
              " search_text, tier, lifecycle, created_at, updated_at, churned_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              gathered),
          tag(db, u"INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING"_s, gathered),
          interaction(db,
              u"INSERT INTO interactions (id, customer_id, agent_id, channel, direction, kind, subject,"
              " body, body_format, occurred_at, created_at, complaint_cause_id, amount_cents, currency,"
              " escalation_id, conversation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              gathered),
          survey(db,
              u"INSERT INTO survey_responses (customer_id, interaction_id, kind, score, comment,"
              " answered_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
              gathered),
          escalation(db,
              u"INSERT INTO escalations (id, customer_id, interaction_id, created_by, assigned_to, state,"
              " severity, category, summary, steps_to_reproduce, expected, actual, environment,"
              " already_tried, resolution, customer_explanation, created_at, claimed_at, resolved_at, closed_at,"
              " claim_due_at, resolve_due_at, sla_due_at, search_text)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              gathered),
          escalationEvent(db,
              u"INSERT INTO escalation_events (escalation_id, actor_id, action, from_state,"
              " to_state, note, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
              gathered),
          followUp(db,
              u"INSERT INTO follow_ups (customer_id, agent_id, due_at, note, done_at, created_at)"
              " VALUES (?, ?, ?, ?, ?, ?)"_s,
              gathered),
          conversation(db,
              u"INSERT INTO conversations (id, customer_id, channel, subject, status, snoozed_until, assignee_id,"
              " queue_id, priority, waiting_since, due_at, first_response_due_at, first_response_at,"
              " last_message_at, last_inbound_at, created_at, closed_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              gathered),
          conversationTag(db, u"INSERT INTO conversation_tags (conversation_id, tag) VALUES (?, ?)"_s, gathered)
    { }

    BulkStatement customer;
    BulkStatement tag;
    BulkStatement interaction;
    BulkStatement survey;
    BulkStatement escalation;
    BulkStatement escalationEvent;
    BulkStatement followUp;
    BulkStatement conversation;
    BulkStatement conversationTag;
};

struct DemoPeople
{
    QList<Id> agentIds;
    QList<Id> queueIds; // as DemoCorpus::teamQueues() names them
    QList<Tier> tiers; // by customer index
};

// The conversation row as ConversationService would have left it after these messages: recent ones open
// (waiting), snoozed or pending, older ones closed. Decisions draw from a random sequence of the
// conversation's own, so the rest of the data stays as it was.
void writeConversation(
    Statements &statements, const DemoConversation &c, const DemoPeople &people, quint64 seed, Millis anchor)
{
    DemoRandom random(seed ^ (quint64(c.id) * 0xda942042e4dd58b5ULL));
    const Tier tier = people.tiers.at(c.customerId - 1);
    const bool recent = anchor - c.last < recentSpan;
    std::optional<Millis> waiting;
    for (const Millis at : c.recentInbound) {
        if (anchor - at < openWaitSpan && (!c.lastOutbound || at > *c.lastOutbound) && (!waiting || at < *waiting))
            waiting = at;
    }
    std::optional<Millis> firstResponseAt;
    if (c.firstInbound && c.firstOutbound && *c.firstOutbound >= *c.firstInbound)
        firstResponseAt = c.firstOutbound;
    else if (c.firstInbound && c.lastOutbound && *c.lastOutbound >= *c.firstInbound)
        firstResponseAt = c.lastOutbound;
    std::optional<Millis> firstResponseDue;
    if (c.firstInbound)
        firstResponseDue = SlaPolicy::responseDueAt(c.channel, tier, true, *c.firstInbound);

    ConversationStatus status = ConversationStatus::Closed;
    std::optional<Millis> snoozedUntil;
    std::optional<Millis> dueAt;
    if (recent && waiting) {
        status = random.percent(20) ? ConversationStatus::Snoozed : ConversationStatus::Open;
        if (status == ConversationStatus::Snoozed)
            snoozedUntil = anchor + (1 + random.below(72)) * hour;
        // Older unanswered messages were dealt with elsewhere (a call, a colleague): the clock runs from the
        // message that still waits.
        dueAt = SlaPolicy::responseDueAt(c.channel, tier, !firstResponseAt, *waiting);
    } else if (recent && random.percent(70)) {
        status = ConversationStatus::PendingCustomer;
    }
    if (status != ConversationStatus::Open && status != ConversationStatus::Snoozed)
        waiting.reset();
    const std::optional<Millis> closedAt = status == ConversationStatus::Closed
        ? std::optional<Millis>(qMin(anchor, c.last + (1 + random.below(48)) * hour))
        : std::nullopt;
    const bool assigned = random.percent(recent ? 60 : 90);
    const QVariant assignee = assigned ? QVariant(random.pick(people.agentIds)) : QVariant();
    const int queue = c.firstKind == InteractionKind::Complaint ? 3 : c.technical ? 2 : random.percent(30) ? 1 : 0;
    ConversationPriority priority = ConversationPriority::Normal;
    if (c.firstKind == InteractionKind::Complaint || tier == Tier::Enterprise)
        priority = ConversationPriority::High;
    else if (random.percent(5))
        priority = ConversationPriority::Urgent;
    else if (random.percent(10))
        priority = ConversationPriority::Low;
    const auto orNull = [](const std::optional<Millis> &time) { return time ? QVariant(*time) : QVariant(); };
    statements.conversation.run({ c.id, c.customerId, keyOf(c.channel), ConversationRules::threadSubject(c.subject),
        keyOf(status), orNull(snoozedUntil), assignee, people.queueIds.at(queue), keyOf(priority), orNull(waiting),
        orNull(dueAt), orNull(firstResponseDue), orNull(firstResponseAt), c.last, orNull(c.lastInbound), c.first,
        orNull(closedAt) });
    if (random.percent(20))
        statements.conversationTag.run({ c.id, random.pick(DemoCorpus::conversationTags()) });
}

void execRow(BulkStatement &statement, std::initializer_list<QVariant> values)
{
    statement.run(values);
}

} // namespace

DemoSummary DemoDataWriter::write(const DemoOptions &options, const Progress &progress)
{
    if (options.customers < 1 || options.interactions < 0) {
        throw StorageError(QCoreApplication::translate(
            "tandem::DemoDataWriter", "Demo data needs at least one customer and no negative counts."));
    }
    QSqlDatabase db = m_workspace.database();
    if (Query::scalar(db, u"SELECT count(*) FROM customers"_s).toLongLong() > 0) {
        throw StorageError(QCoreApplication::translate("tandem::DemoDataWriter",
            "The workspace already has customers; demo data goes only into "
            "an empty workspace."));
    }
    DemoRandom random(options.seed);
    const Millis anchor = options.anchor;
    DemoSummary summary;
    const qint64 total = qint64(options.customers) + options.interactions;
    qint64 done = 0;

    const SqlDialect &dialect = m_workspace.dialect();
    for (const QString &statement : dialect.bulkLoadSessionStatements())
        Query::execute(db, statement);
    const auto restoreSession = [&db, &dialect] {
        for (const QString &statement : dialect.bulkLoadEndStatements())
            Query::execute(db, statement);
    };

    // One transaction from the first dropped trigger to the last row: a load that is killed or fails leaves
    // the workspace as it found it, and nobody sees a half-indexed one.
    try {
        Transaction transaction(db);
        SearchIndexing::takeDown(db, dialect);
        Statements statements(db);
        QList<Id> agentIds;
        QList<Id> repIds;
        QList<Id> specialistIds;
        for (const DemoAgent &demo : demoAgents) {
            const QString login = QString::fromUtf16(demo.login);
            const Id id = Query::insert(db,
                u"INSERT INTO agents (login, display_name, email, role, password_hash,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                { login, QString::fromUtf16(demo.name), QString(login + u"@tandem-demo.example"_s), keyOf(demo.role),
                    demoPasswordHash(login), anchor - historySpan });
            agentIds.append(id);
            (demo.role == Role::SupportSpecialist ? specialistIds : repIds).append(id);
            ++summary.agents;
        }

        DemoPeople people;
        people.agentIds = agentIds;
        for (const QString &queue : DemoCorpus::teamQueues())
            people.queueIds.append(Query::insert(db, u"INSERT INTO team_queues (name) VALUES (?)"_s, { queue }));
        people.tiers.reserve(options.customers);

        QList<Id> causeIds;
        for (const QString &cause : DemoCorpus::complaintCauses())
            causeIds.append(Query::insert(db, u"INSERT INTO complaint_causes (name) VALUES (?)"_s, { cause }));

        QList<QString> firstNames;
        firstNames.reserve(options.customers);
        for (int i = 1; i <= options.customers; ++i) {
            Customer customer;
            customer.firstName = random.pick(DemoCorpus::firstNames());
            customer.lastName = random.pick(DemoCorpus::lastNames());
            customer.company = random.percent(60) ? random.pick(DemoCorpus::companies()) : QString();
            customer.email = asciiFolded(customer.firstName) + u'.' + asciiFolded(customer.lastName)
                + (i % 7 == 0 || options.customers > 5000 ? QString::number(i) : QString()) + u'@'
                + (customer.company.isEmpty() ? u"mail.example"_s : emailDomainOf(customer.company));
            customer.phone = u"+1 555 %1 %2"_s.arg(random.below(900) + 100).arg(random.below(9000) + 1000);
            customer.tier = weighted(random, tierWeights);
            customer.lifecycle = weighted(random, lifecycleWeights);
            customer.createdAt = anchor - historySpan - random.below(365) * day;
            execRow(statements.customer,
                { i, customer.firstName, customer.lastName, CustomerRepository::sortNameOf(customer), customer.email,
                    customer.phone, customer.company, CustomerRepository::searchTextOf(customer), keyOf(customer.tier),
                    keyOf(customer.lifecycle), customer.createdAt, customer.createdAt,
                    customer.lifecycle == Lifecycle::Churned ? QVariant(demoChurnedAt(i, anchor)) : QVariant() });
            if (random.percent(30))
                execRow(statements.tag, { i, random.pick(DemoCorpus::tags()) });
            if (random.percent(5)) {
                const Millis due = anchor + (random.below(15) - 7) * day;
                execRow(statements.followUp,
                    { i, random.pick(repIds), due, u"Check in on how things are going"_s, QVariant(),
                        anchor - 10 * day });
                ++summary.followUps;
            }
            firstNames.append(customer.firstName);
            people.tiers.append(customer.tier);
            ++summary.customers;
            if (++done % progressStep == 0 && progress)
                progress(done, total);
        }

        // The first customer carries a long history, as a real key account does.
        const qint64 heavyShare = qMin<qint64>(10000, options.interactions / 10);
        const qint64 escalationCap = qMax<qint64>(6, options.interactions / 400);
        QList<DemoConversation> conversations;
        QHash<quint64, qsizetype> conversationByKey;
        for (qint64 n = 1; n <= options.interactions; ++n) {
            const int customerIndex = n <= heavyShare ? 0 : random.below(options.customers);
            const Id customerId = customerIndex + 1;
            const QString &firstName = firstNames.at(customerIndex);
            const InteractionKind kind = weighted(random, kindWeights);
            Channel channel = weighted(random, channelWeights);
            Direction direction = random.percent(55) ? Direction::Inbound : Direction::Outbound;
            if (kind == InteractionKind::Call) {
                channel = random.percent(85) ? Channel::Phone : Channel::Video;
            } else if (kind == InteractionKind::Note) {
                channel = Channel::Internal;
                direction = Direction::Internal;
            } else if (kind == InteractionKind::Feedback || kind == InteractionKind::Complaint) {
                direction = Direction::Inbound;
            } else if (kind == InteractionKind::Refund || kind == InteractionKind::FollowUp) {
                direction = Direction::Outbound;
            }
            const bool technical
                = (kind == InteractionKind::Message || kind == InteractionKind::Call || kind == InteractionKind::Note)
                && random.percent(18);
            Millis occurredAt = anchor - Millis(random.next() % quint64(historySpan));
            const Id agentId = direction == Direction::Inbound && random.percent(40) ? 0 : random.pick(agentIds);

            QVariant causeId;
            QVariant amount;
            QVariant currency;
            DemoText text;
            if (kind == InteractionKind::Complaint) {
                const int cause = random.below(int(causeIds.size()));
                causeId = causeIds.at(cause);
                text = DemoCorpus::complaint(random, channel, DemoCorpus::complaintCauses().at(cause), firstName);
            } else {
                text = DemoCorpus::compose(random, kind, channel, direction, technical, firstName);
            }
            if (kind == InteractionKind::Order || kind == InteractionKind::Refund) {
                const qint64 cents = (random.below(40000) + 900);
                amount = kind == InteractionKind::Refund ? -cents : cents;
                currency = u"EUR"_s;
            }
            QVariant escalationId;
            if (technical && summary.escalations < escalationCap && random.percent(8)) {
                escalationId = ++summary.escalations;
                // Many hand-offs are recent, so the queues have open work in them.
                if (random.percent(45))
                    occurredAt = anchor - Millis(random.next() % quint64(10 * day));
            }

            QVariant conversationId;
            if (joinsConversation(kind, channel) && direction == Direction::Inbound) {
                // Drawn from a sequence of the message's own, so the rest of the data stays as it was.
                DemoRandom waitRandom(options.seed ^ (quint64(n) * 0xc2b2ae3d27d4eb4fULL));
                if (waitRandom.percent(3)) {
                    // Most of a working inbox came in over the last hours; a few have waited a day or two.
                    const double u = double(waitRandom.next() % 1'000'000U) / 1'000'000.0;
                    occurredAt = anchor - Millis(double(openWaitSpan) * u * u * u);
                }
            }
            if (joinsConversation(kind, channel)) {
                const quint64 key = (quint64(customerId) << 24U) | (quint64(channel) << 16U)
                    | quint64((anchor - occurredAt) / conversationSpan);
                auto found = conversationByKey.constFind(key);
                if (found == conversationByKey.constEnd()) {
                    DemoConversation started;
                    started.id = conversations.size() + 1;
                    started.customerId = customerId;
                    started.channel = channel;
                    started.firstKind = kind;
                    started.technical = technical;
                    found = conversationByKey.insert(key, conversations.size());
                    conversations.append(started);
                }
                DemoConversation &conversation = conversations[*found];
                noteMessage(conversation, direction, occurredAt, text.subject, anchor);
                conversationId = conversation.id;
            }

            execRow(statements.interaction,
                { n, customerId, agentId == 0 ? QVariant() : QVariant(agentId), keyOf(channel), keyOf(direction),
                    keyOf(kind), text.subject, text.body, keyOf(text.format), occurredAt, occurredAt, causeId, amount,
                    currency, escalationId, conversationId });

            if (kind == InteractionKind::Feedback) {
                const auto surveyKind = SurveyKind(random.below(3));
                const int score = surveyKind == SurveyKind::Csat ? 1 + qMin(4, random.below(6))
                    : surveyKind == SurveyKind::Nps              ? qMin(10, random.below(13))
                                                                 : 1 + random.below(7);
                execRow(statements.survey, { customerId, n, keyOf(surveyKind), score, text.subject, occurredAt });
                ++summary.surveys;
            }
            if (escalationId.isValid()) {
                const Id escalation = escalationId.toLongLong();
                // Recent hand-offs are still open; older ones were closed long ago.
                const bool recent = anchor - occurredAt < 20 * day;
                EscalationState state = recent ? weighted(random, openStateWeights) : EscalationState::Closed;
                const auto severity = Severity(random.below(4));
                const Id creator = random.pick(repIds);
                const Id assignee = state != EscalationState::New ? random.pick(specialistIds) : 0;
                const auto category = EscalationCategory(random.below(7));
                // Its history draws from a random sequence of its own, so the rest of the data stays as it was.
                DemoRandom historyRandom(options.seed ^ (quint64(escalation) * 0x9e3779b97f4a7c15ULL));
                const QList<DemoEscalationStep> history
                    = DemoEscalationPath::walk(state, severity, occurredAt, anchor, historyRandom);
                std::optional<Millis> claimedAt;
                std::optional<Millis> resolvedAt;
                std::optional<Millis> closedAt;
                QString resolution;
                QString explanation;
                // The row ends as EscalationService would have left it after these steps.
                for (const DemoEscalationStep &step : history) {
                    if (step.action == EscalationAction::Claim) {
                        claimedAt = step.at;
                    } else if (step.action == EscalationAction::Resolve) {
                        resolvedAt = step.at;
                        resolution = step.note;
                    } else if (step.action == EscalationAction::HandBack) {
                        explanation = step.note;
                    } else if (step.action == EscalationAction::Reopen) {
                        resolvedAt.reset();
                    } else if (step.action == EscalationAction::Close) {
                        closedAt = step.at;
                    }
                }
                state = history.constLast().to;
                const Millis claimDue = SlaPolicy::claimDueAt(severity, occurredAt);
                const Millis resolveDue = SlaPolicy::resolveDueAt(severity, occurredAt);
                const auto orNull
                    = [](const std::optional<Millis> &time) { return time ? QVariant(*time) : QVariant(); };
                execRow(statements.escalation,
                    { escalation, customerId, n, creator, claimedAt ? QVariant(assignee) : QVariant(), keyOf(state),
                        keyOf(severity), keyOf(category), text.subject,
                        u"1. Open the app\n2. Repeat the action the customer described"_s, u"The action completes"_s,
                        u"It fails with the error in the attachment"_s, u"Production, customer account"_s,
                        u"Asked the customer to retry and to clear the cache"_s, resolution, explanation, occurredAt,
                        orNull(claimedAt), orNull(resolvedAt), orNull(closedAt), claimDue, resolveDue,
                        state == EscalationState::New ? claimDue : resolveDue,
                        EscalationRepository::searchTextOf(text.subject) });
                for (const DemoEscalationStep &step : history) {
                    execRow(statements.escalationEvent,
                        { escalation, step.bySpecialist ? assignee : creator, keyOf(step.action),
                            step.from ? QVariant(keyOf(*step.from)) : QVariant(), keyOf(step.to),
                            step.action == EscalationAction::Escalate ? text.subject : step.note, step.at });
                }
            }
            ++summary.interactions;
            if (++done % progressStep == 0 && progress)
                progress(done, total);
        }

        for (const DemoConversation &conversation : std::as_const(conversations))
            writeConversation(statements, conversation, people, options.seed, anchor);
        summary.conversations = conversations.size();
        // On a team server the rows were gathered into multi-row INSERTs; what is left goes before the reading.
        BulkStatement::flushAll(db);
        ConversationResponses::deriveFromMessages(db);

        SearchIndexing::rebuild(db, dialect);
        AuditRecord(u"workspace.demo"_s, u"workspace"_s)
            .at(anchor)
            .after({ { u"seed"_s, QString::number(options.seed) }, { u"customers"_s, summary.customers },
                { u"interactions"_s, summary.interactions } })
            .appendTo(m_workspace);
        for (const QString &table : { u"customers"_s, u"interactions"_s, u"escalations"_s, u"conversations"_s }) {
            const QString resync = m_workspace.dialect().resyncIdentityStatement(table);
            if (!resync.isEmpty())
                Query::run(db, resync);
        }
        Query::run(db,
            u"INSERT INTO tandem_meta (key, value) VALUES ('demo', '1')"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        transaction.commit();
    } catch (...) {
        restoreSession();
        throw;
    }
    restoreSession();
    const QString vacuum
        = dialect.bulkLoadVacuumStatement({ u"agents"_s, u"team_queues"_s, u"customers"_s, u"customer_prefixes"_s,
            u"customer_tags"_s, u"interactions"_s, u"survey_responses"_s, u"escalations"_s, u"escalation_events"_s,
            u"follow_ups"_s, u"conversations"_s, u"conversation_tags"_s, u"conversation_responses"_s });
    if (!vacuum.isEmpty())
        Query::execute(db, vacuum);
    if (progress)
        progress(total, total);
    return summary;
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TeamLoad.h"

#include "RefreshThrottle.h"
#include "TempWorkspace.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "domain/EscalationStateMachine.h"
#include "escalation/EscalationQueueModel.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxWidget.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/CustomerService.h"
#include "services/EscalationService.h"
#include "services/HandoffForm.h"
#include "services/KpiService.h"
#include "services/SearchService.h"
#include "services/ServiceError.h"
#include "services/TemplateService.h"
#include "services/TimelineService.h"
#include "services/WorkspaceSession.h"
#include "storage/Query.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tandem::bench {
namespace {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double msSince(qint64 startNs)
{
    return double(steadyNs() - startNs) / 1e6;
}

struct Percentiles
{
    qsizetype count = 0;
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;
};

Percentiles percentilesOf(QList<double> samples)
{
    Percentiles result;
    result.count = samples.size();
    if (samples.isEmpty())
        return result;
    std::sort(samples.begin(), samples.end());
    // Nearest rank: the smallest sample with at least that share of the samples at or below it.
    const auto rank = [&samples](double share) {
        const auto index = qsizetype(std::ceil(share * double(samples.size()))) - 1;
        return samples.at(std::clamp<qsizetype>(index, 0, samples.size() - 1));
    };
    result.p50 = rank(0.50);
    result.p95 = rank(0.95);
    result.p99 = rank(0.99);
    result.max = samples.last();
    return result;
}

QJsonObject toJson(const Percentiles &p)
{
    return { { u"count"_s, double(p.count) }, { u"p50_ms"_s, p.p50 }, { u"p95_ms"_s, p.p95 }, { u"p99_ms"_s, p.p99 },
        { u"max_ms"_s, p.max } };
}

// What every desk of the run writes to: the samples, the outcomes, and when each hand-off and each
// customer's message was committed.
struct Board
{
    QMutex mutex;
    std::map<QString, QList<double>> operationMs;
    QHash<Id, qint64> escalatedAtNs;
    QHash<Id, qint64> arrivedAtNs;
    QList<double> handoffMs;
    QList<double> inboundMs;
    // Where the visibility goes, stage by stage: commit to the desk's first service signal after it, that
    // signal to the start of the model's re-read (the inbox's throttle), and the re-read itself.
    std::map<QString, QList<double>> stageMs;
    int errors = 0;
    int lostRaces = 0;
    QStringList firstErrors;

    void sample(const QString &operation, double ms)
    {
        const QMutexLocker lock(&mutex);
        operationMs[operation].append(ms);
    }
    void error(const QString &operation, const QString &message)
    {
        const QMutexLocker lock(&mutex);
        ++errors;
        if (firstErrors.size() < 10)
            firstErrors.append(operation + u": "_s + message);
    }
    void lostRace()
    {
        const QMutexLocker lock(&mutex);
        ++lostRaces;
    }
};

// The words customers and agents type: searches hit real rows of the demo data.
const QStringList searchWords { u"order"_s, u"refund"_s, u"delivery"_s, u"invoice"_s, u"password"_s, u"hub"_s,
    u"battery"_s, u"warranty"_s, u"account"_s, u"update"_s };
const QStringList namePrefixes { u"ann"_s, u"ber"_s, u"car"_s, u"dan"_s, u"eli"_s, u"fra"_s, u"gab"_s, u"han"_s,
    u"isa"_s, u"jon"_s, u"kat"_s, u"lau"_s, u"mar"_s, u"nor"_s, u"oli"_s, u"pet"_s };

// One simulated desk on a thread of its own: its own session (connection and change feed), its own models,
// and a think time between operations. Reps read, log, triage, reply and escalate; specialists claim and
// resolve from their queue; leads watch the KPIs and the inbox.
class Desk : public QObject
{
public:
    Desk(Board &board, QString spec, QString login, Role role, int customers, quint32 seed)
        : m_board(board),
          m_spec(std::move(spec)),
          m_login(std::move(login)),
          m_role(role),
          m_customers(customers),
          m_random(seed)
    { }

    // On the desk's thread: opens the workspace and starts working.
    void begin()
    {
        std::unique_ptr<Workspace> workspace = Workspace::open(m_spec);
        m_workspace = workspace.get();
        m_session = std::make_unique<WorkspaceSession>(std::move(workspace), SystemClock::instance());
        m_session->watchForChanges();
        m_actor = m_session->accounts().signInWithoutPassword(m_login);
        if (m_role != Role::ServiceRep) {
            // Connected before the model: the moment the service tells the desk, before the model re-reads.
            connect(&m_session->escalations(), &EscalationService::queueChanged, this, [this] {
                m_signalNs = steadyNs();
                noteVisibleEscalations();
                m_probeNs = steadyNs() - m_signalNs;
            });
            // The real model, wired as the window wires it: it re-reads on the service's queueChanged() before
            // the check below runs.
            m_queue = std::make_unique<EscalationQueueModel>(m_session->escalations(), m_actor);
            connect(&m_session->escalations(), &EscalationService::queueChanged, this, &Desk::lookForHandoffs);
        }
        if (m_role == Role::ServiceRep) {
            // The rep's inbox as the window has it: the model of all open conversations, re-reading what the
            // service's listChanged() names through the inbox's throttle.
            m_inbox = std::make_unique<InboxModel>(m_session->conversations(), m_actor);
            m_inbox->setFolder(InboxFolder::of(InboxFolderKind::AllOpen));
            m_inboxThrottle = std::make_unique<RefreshThrottle>(SystemClock::instance(), InboxWidget::changeDelayMs);
            connect(&m_session->conversations(), &ConversationService::listChanged, this,
                [this](const ConversationListChange &change) {
                    noteConversationSignal();
                    accumulate(m_inboxChange, change);
                    m_inboxThrottle->notice();
                });
            connect(m_inboxThrottle.get(), &RefreshThrottle::refresh, this, &Desk::refreshInbox);
        }
        m_templates = m_session->templates().templates(m_actor);
        // Made here, on the desk's thread, where it must run.
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &Desk::act);
        thinkThenAct();
    }

    // On the desk's thread: stops, and closes the connection where it was opened.
    void finish()
    {
        delete m_timer;
        m_timer = nullptr;
        m_queue.reset();
        m_inboxThrottle.reset();
        m_inbox.reset();
        m_session.reset();
    }

private:
    // Compressed from a real desk's 10 to 60 seconds, so that a minute's run shows what an hour would.
    void thinkThenAct() { m_timer->start(1000 + int(m_random.bounded(2000))); }

    template<typename Operation> void timed(const QString &name, Operation operation)
    {
        const qint64 start = steadyNs();
        try {
            operation();
            m_board.sample(name, msSince(start));
        } catch (const LostRace &) {
            m_board.sample(name, msSince(start));
            m_board.lostRace();
        } catch (const Error &error) {
            m_board.error(name, error.message());
        }
    }

    struct LostRace
    {
    };

    Id randomCustomer() { return 1 + Id(m_random.bounded(m_customers)); }

    void act()
    {
        const int pick = int(m_random.bounded(100));
        switch (m_role) {
        case Role::ServiceRep:
            actAsRep(pick);
            break;
        case Role::SupportSpecialist:
            actAsSpecialist(pick);
            break;
        case Role::TeamLead:
            actAsLead(pick);
            break;
        }
        thinkThenAct();
    }

    void readInbox()
    {
        timed(u"inbox first page"_s, [this] {
            (void)m_session->conversations().page(
                m_actor, InboxFolder::of(InboxFolderKind::AllOpen), std::nullopt, InboxModel::pageSize);
        });
    }

    void readTimeline()
    {
        timed(u"timeline first page"_s,
            [this] { (void)m_session->timeline().page(randomCustomer(), std::nullopt, 100); });
    }

    void searchEverything()
    {
        timed(u"global search"_s, [this] {
            (void)m_session->search().search(
                searchWords.at(m_random.bounded(searchWords.size())), SearchOrder::Newest, std::nullopt, 50);
        });
    }

    void actAsRep(int pick)
    {
        if (pick < 25) {
            readInbox();
        } else if (pick < 45) {
            readTimeline();
        } else if (pick < 60) {
            timed(u"customer search"_s, [this] {
                (void)m_session->customers().search(
                    namePrefixes.at(m_random.bounded(namePrefixes.size())), std::nullopt, 200);
            });
        } else if (pick < 68) {
            searchEverything();
        } else if (pick < 78) {
            timed(u"log interaction"_s, [this] {
                Interaction call;
                call.customerId = randomCustomer();
                call.channel = Channel::Phone;
                call.kind = InteractionKind::Call;
                call.direction = Direction::Inbound;
                call.subject = u"Called about the delivery date"_s;
                call.body = u"Told them the parcel leaves the warehouse tomorrow."_s;
                call.occurredAt = SystemClock::instance().now();
                (void)m_session->timeline().logInteraction(m_actor, call);
            });
        } else if (pick < 95) {
            takeAndReply();
        } else {
            escalate();
        }
    }

    // The rep takes the conversation that has waited longest and answers it from a template.
    void takeAndReply()
    {
        ConversationService &conversations = m_session->conversations();
        const ConversationPage waiting
            = conversations.page(m_actor, InboxFolder::of(InboxFolderKind::Unassigned), std::nullopt, 5);
        if (waiting.rows.isEmpty())
            return;
        const ConversationRow &row = waiting.rows.at(m_random.bounded(waiting.rows.size()));
        const Id conversationId = row.conversation.id;
        bool mine = false;
        timed(u"triage: take a conversation"_s, [&] {
            try {
                conversations.assign(m_actor, { conversationId }, m_actor.agentId);
                mine = true;
            } catch (const ServiceError &) {
                // A colleague took it a moment earlier: the race a shared inbox has, not a fault.
                const std::optional<ConversationRow> now = conversations.conversation(m_actor, conversationId);
                if (now && now->conversation.assigneeId && *now->conversation.assigneeId != m_actor.agentId)
                    throw LostRace();
                throw;
            }
        });
        if (!mine || m_templates.isEmpty())
            return;
        timed(u"reply from a template"_s, [&] {
            const ReplyTemplate &chosen = m_templates.at(m_random.bounded(m_templates.size()));
            const ReplyRendering rendering
                = m_session->templates().render(m_actor, chosen.id, row.conversation.customerId);
            ReplyDraft draft;
            draft.body = rendering.body.text;
            draft.templateId = chosen.id;
            (void)conversations.reply(m_actor, conversationId, draft);
        });
    }

    void escalate()
    {
        HandoffForm form;
        form.customerId = randomCustomer();
        form.summary = u"Hub drops off the network every night"_s;
        form.category = EscalationCategory::Bug;
        form.severity = m_random.bounded(2) == 0 ? Severity::S1 : Severity::S2;
        form.stepsToReproduce = u"Leave the hub on overnight"_s;
        form.expected = u"It stays online"_s;
        form.actual = u"Offline at 02:00 every night"_s;
        form.environment = u"Firmware 4.2, router XR-500"_s;
        form.alreadyTried = u"Restarted the hub and the router"_s;
        // The commit's moment: the rep's own service tells of its commit as soon as it is made, before
        // escalate() returns. Other desks may hear of it in between.
        qint64 committedNs = 0;
        const QMetaObject::Connection noted = connect(&m_session->escalations(), &EscalationService::queueChanged, this,
            [&committedNs] { committedNs = committedNs == 0 ? steadyNs() : committedNs; });
        timed(u"escalate"_s, [&] {
            const Id id = m_session->escalations().escalate(m_actor, form);
            const QMutexLocker lock(&m_board.mutex);
            m_board.escalatedAtNs.insert(id, committedNs == 0 ? steadyNs() : committedNs);
        });
        disconnect(noted);
    }

    // Moves one of the specialist's escalations on, or claims one; a claim someone else won is a lost race.
    void transition(const QString &name, EscalationQueue queue, const QList<EscalationAction> &wanted)
    {
        EscalationService &escalations = m_session->escalations();
        EscalationQueueFilter filter;
        filter.queue = queue;
        const EscalationPage page = escalations.queue(m_actor, filter, std::nullopt, 5);
        if (page.items.isEmpty())
            return;
        const Escalation escalation = page.items.at(m_random.bounded(page.items.size())).escalation;
        const QList<EscalationAction> allowed = escalations.allowedActions(m_actor, escalation);
        const auto action = std::find_if(
            wanted.begin(), wanted.end(), [&allowed](EscalationAction a) { return allowed.contains(a); });
        if (action == wanted.end())
            return;
        timed(name, [&] {
            try {
                (void)escalations.transition(m_actor, escalation.id, *action,
                    u"Fixed in the firmware; the hub stays online now."_s, escalation.version);
            } catch (const ServiceError &) {
                const std::optional<EscalationListItem> now = escalations.escalation(escalation.id);
                if (now && now->escalation.version != escalation.version)
                    throw LostRace();
                throw;
            }
        });
    }

    void actAsSpecialist(int pick)
    {
        if (pick < 40) {
            transition(u"claim"_s, EscalationQueue::Unclaimed, { EscalationAction::Claim });
        } else if (pick < 70) {
            transition(u"work on and resolve"_s, EscalationQueue::AssignedToMe,
                { EscalationAction::HandBack, EscalationAction::Resolve, EscalationAction::Start });
        } else if (pick < 85) {
            readTimeline();
        } else {
            timed(u"specialist queue page"_s, [this] {
                (void)m_session->escalations().queue(m_actor, EscalationQueueModel::defaultFilterFor(m_actor),
                    std::nullopt, EscalationQueueModel::pageSize);
            });
        }
    }

    void actAsLead(int pick)
    {
        if (pick < 40) {
            timed(u"KPI dashboard, 90 days"_s, [this] {
                const Millis now = SystemClock::instance().now();
                KpiQuery query;
                query.from = now - Millis(90) * 24 * 3600 * 1000;
                query.to = now;
                (void)m_session->kpis().report(m_actor, query);
            });
        } else if (pick < 70) {
            readInbox();
        } else {
            searchEverything();
        }
    }

    // Before the queue model re-reads: which escalations this desk's connection sees now, and so the re-read
    // after it (a statement later, on the same connection) sees too. Asked of the desk's own connection
    // because the escalating desk can only note its commit after the fact: other desks may have heard of it
    // and re-read by then.
    void noteVisibleEscalations()
    {
        try {
            Query visible(
                m_workspace->database(), u"SELECT id FROM escalations WHERE id > ? ORDER BY id"_s, { m_visibleFrom });
            while (visible.next()) {
                const Id id = visible.integer(0);
                if (!m_firstSeenAt.contains(id))
                    m_firstSeenAt.insert(id, m_queueRereads.size());
                // Ids are handed out before their commits, which may come in another order: some room.
                m_visibleFrom = std::max(m_visibleFrom, id - 100);
            }
        } catch (const Error &error) {
            m_board.error(u"hand-off check"_s, error.message());
        }
    }

    // After the queue model read the change.
    void lookForHandoffs()
    {
        m_queueRereads.append({ m_signalNs, steadyNs(), m_probeNs });
        attributeHandoffs();
    }

public:
    // Each hand-off not yet counted is at this desk from the end of the first queue re-read that began when
    // the desk's connection saw the escalation committed, or from the last re-read when the model shows it
    // already. The commit's moment is when the escalating desk's own service told of it (an escalation another
    // desk read before that counts 0). It may sort below the loaded rows, as it does in the window: the most
    // urgent come first, and a large team's queue holds older ones that are overdue; counted apart, as the
    // inbox's are. Also called once the desk's thread has stopped, for hand-offs recorded after its last
    // re-read.
    void attributeHandoffs()
    {
        if (m_queueRereads.isEmpty())
            return;
        const QMutexLocker lock(&m_board.mutex);
        for (auto it = m_board.escalatedAtNs.cbegin(); it != m_board.escalatedAtNs.cend(); ++it) {
            if (m_seenEscalations.contains(it.key()))
                continue;
            const qint64 committed = it.value();
            const qsizetype reread = m_firstSeenAt.value(it.key(), -1);
            const bool shown = m_queue && m_queue->rowOf(it.key()) >= 0; // no model once the desk stopped
            if ((reread < 0 || reread >= m_queueRereads.size()) && !shown)
                continue;
            const QueueReread &at = reread >= 0 && reread < m_queueRereads.size() ? m_queueRereads.at(reread)
                                                                                  : m_queueRereads.constLast();
            m_seenEscalations.insert(it.key());
            // The bench's own question is no part of the desk's time.
            m_board.handoffMs.append(double(std::max<qint64>(at.readNs - at.probeNs - committed, 0)) / 1e6);
            if (!shown)
                ++m_handoffsBelowLoaded;
            m_board.stageMs[u"hand-off: commit to the desk's queueChanged()"_s].append(
                double(std::max<qint64>(at.signalNs - committed, 0)) / 1e6);
            m_board.stageMs[u"hand-off: queueChanged() to the queue model's re-read"_s].append(
                double(at.readNs - at.probeNs - at.signalNs) / 1e6);
        }
    }

private:
    // The first conversation signal after each commit not yet read: when the desk heard of it.
    void noteConversationSignal()
    {
        const qint64 now = steadyNs();
        const QMutexLocker lock(&m_board.mutex);
        for (auto it = m_board.arrivedAtNs.cbegin(); it != m_board.arrivedAtNs.cend(); ++it) {
            if (!m_seenConversations.contains(it.key()) && !m_heardNs.contains(it.key()))
                m_heardNs.insert(it.key(), now);
        }
    }

    void refreshInbox()
    {
        const qint64 start = steadyNs();
        if (const std::optional<ConversationListChange> change = std::exchange(m_inboxChange, std::nullopt))
            m_inbox->apply(*change);
        lookForArrivals(start);
    }

    // A rep's desk has read a customer's new message when its inbox model finished a re-read that began after
    // the message's commit. (The new conversation may sit below the loaded rows, as it does in the window:
    // the oldest wait first; counted apart.)
    void lookForArrivals(qint64 refreshStartNs)
    {
        const qint64 now = steadyNs();
        const QMutexLocker lock(&m_board.mutex);
        for (auto it = m_board.arrivedAtNs.cbegin(); it != m_board.arrivedAtNs.cend(); ++it) {
            if (m_seenConversations.contains(it.key()) || it.value() > refreshStartNs)
                continue;
            m_seenConversations.insert(it.key());
            m_board.inboundMs.append(double(now - it.value()) / 1e6);
            if (m_inbox->rowOf(it.key()) < 0)
                ++m_arrivalsBelowLoaded;
            const qint64 heard = m_heardNs.take(it.key());
            if (heard > 0) {
                m_board.stageMs[u"message: commit to the desk's listChanged()"_s].append(
                    double(heard - it.value()) / 1e6);
                m_board.stageMs[u"message: listChanged() to the inbox re-read (throttle)"_s].append(
                    double(refreshStartNs - heard) / 1e6);
            }
            m_board.stageMs[u"message: the inbox model's re-read"_s].append(double(now - refreshStartNs) / 1e6);
        }
    }

public:
    [[nodiscard]] Role role() const { return m_role; }
    [[nodiscard]] qsizetype handoffsSeen() const { return m_seenEscalations.size(); }
    [[nodiscard]] qsizetype arrivalsSeen() const { return m_seenConversations.size(); }
    [[nodiscard]] qsizetype arrivalsBelowLoaded() const { return m_arrivalsBelowLoaded; }
    [[nodiscard]] qsizetype handoffsBelowLoaded() const { return m_handoffsBelowLoaded; }

private:
    Board &m_board;
    QString m_spec;
    QString m_login;
    Role m_role;
    int m_customers;
    QRandomGenerator m_random;
    std::unique_ptr<WorkspaceSession> m_session;
    Actor m_actor;
    std::unique_ptr<EscalationQueueModel> m_queue;
    std::unique_ptr<InboxModel> m_inbox;
    std::unique_ptr<RefreshThrottle> m_inboxThrottle;
    std::optional<ConversationListChange> m_inboxChange;
    qint64 m_signalNs = 0;
    QHash<Id, qint64> m_heardNs;
    qsizetype m_arrivalsBelowLoaded = 0;
    qsizetype m_handoffsBelowLoaded = 0;
    // When each queue re-read began (the service's signal) and ended, how long the bench's own question
    // before it took, and at which of them this desk's connection first saw each escalation.
    struct QueueReread
    {
        qint64 signalNs = 0;
        qint64 readNs = 0;
        qint64 probeNs = 0; // noteVisibleEscalations()
    };
    QList<QueueReread> m_queueRereads;
    qint64 m_probeNs = 0;
    QHash<Id, qsizetype> m_firstSeenAt;
    Id m_visibleFrom = 0;
    Workspace *m_workspace = nullptr;
    QList<ReplyTemplate> m_templates;
    QTimer *m_timer = nullptr;
    QSet<Id> m_seenEscalations;
    QSet<Id> m_seenConversations;
};

Role roleOf(int index)
{
    const int tenth = index % 10;
    return tenth < 7 ? Role::ServiceRep : tenth < 9 ? Role::SupportSpecialist : Role::TeamLead;
}

// The PostgreSQL server's processes as this machine sees them (the bench's own throwaway server, or a
// server on this machine): CPU seconds so far and proportional memory.
struct ServerSample
{
    double cpuSeconds = 0;
    double memoryMb = 0;
    int processes = 0;
};

ServerSample sampleServer()
{
    ServerSample sample;
    const double tick = double(::sysconf(_SC_CLK_TCK));
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile stat(u"/proc/"_s + pid + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < 0 || line.mid(open + 1, close - open - 1) != "postgres")
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        // After the name: state is field 3, utime 14 and stime 15 (man 5 proc), so 11 and 12 here.
        if (fields.size() > 12)
            sample.cpuSeconds += (fields.at(11).toDouble() + fields.at(12).toDouble()) / tick;
        ++sample.processes;
        // Pss shares the shared buffers out among the processes that map them, so the sum is the server's.
        QFile rollup(u"/proc/"_s + pid + u"/smaps_rollup"_s);
        if (rollup.open(QIODevice::ReadOnly)) {
            for (const QByteArray &entry : rollup.readAll().split('\n')) {
                if (entry.startsWith("Pss:"))
                    sample.memoryMb += entry.mid(4).trimmed().split(' ').value(0).toDouble() / 1024.0;
            }
        }
    }
    return sample;
}

} // namespace

int runTeamLoad(const TeamLoadOptions &options)
{
    if (test::postgresTestUrl().isEmpty()) {
        std::fprintf(stderr, "tandem-bench: the team load needs a PostgreSQL server: TANDEM_TEST_POSTGRES_URL\n");
        return 2;
    }
    std::fprintf(stderr, "tandem-bench: team load: making the workspace (%d customers, %lld interactions)\n",
        options.customers, static_cast<long long>(options.interactions));
    test::TempWorkspace temp(Backend::Postgres);
    Workspace &workspace = temp.openWithDemo(options.customers, options.interactions, 7);
    // The reply templates a new workspace gets, which the reps answer from.
    (void)TemplateService(workspace, SystemClock::instance()).installDefaultLibrary();
    AccountService accounts(workspace);
    const Actor lead = accounts.defaultDemoActor();
    QList<std::pair<QString, Role>> agents;
    for (int i = 0; i < options.agents; ++i) {
        NewAgent agent;
        agent.login = u"load%1"_s.arg(i);
        agent.displayName = u"Load Agent %1"_s.arg(i);
        agent.email = u"load%1@team.example"_s.arg(i);
        agent.role = roleOf(i);
        agent.password = u"load-password-%1-long-enough"_s.arg(i);
        (void)accounts.addAgent(lead, agent);
        agents.append({ agent.login, agent.role });
    }

    Board board;
    std::vector<std::unique_ptr<QThread>> threads;
    std::vector<std::unique_ptr<Desk>> desks;
    for (qsizetype i = 0; i < agents.size(); ++i) {
        auto desk = std::make_unique<Desk>(
            board, temp.path(), agents.at(i).first, agents.at(i).second, options.customers, quint32(1000 + i));
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(u"desk %1"_s.arg(i));
        desk->moveToThread(thread.get());
        Desk *raw = desk.get();
        QObject::connect(thread.get(), &QThread::started, raw, [raw] { raw->begin(); });
        // Direct: on the desk's thread as its loop ends, where its connection was opened and must close.
        QObject::connect(thread.get(), &QThread::finished, raw, [raw] { raw->finish(); }, Qt::DirectConnection);
        desks.push_back(std::move(desk));
        threads.push_back(std::move(thread));
    }
    std::fprintf(stderr, "tandem-bench: team load: %d desks for %d s\n", options.agents, options.seconds);

    const ServerSample before = sampleServer();
    const qint64 startNs = steadyNs();
    for (const auto &thread : threads)
        thread->start();

    // The customers' side, on this thread's own connection: a new conversation every so often.
    ConversationService customers(workspace, SystemClock::instance());
    int arrivals = 0;
    QTimer inbound;
    QObject::connect(&inbound, &QTimer::timeout, [&] {
        ChannelMessage message;
        message.fromAddress = u"load%1@customers.example"_s.arg(arrivals);
        message.fromName = u"Load Customer %1"_s.arg(arrivals);
        message.subject = u"Where is my order %1?"_s.arg(arrivals);
        message.body = u"It was due yesterday. Can you tell me when it will arrive?"_s;
        message.externalId = u"<load-%1@customers.example>"_s.arg(arrivals);
        message.receivedAt = SystemClock::instance().now();
        ++arrivals;
        const qint64 start = steadyNs();
        try {
            const InboundReceipt receipt = customers.recordInbound(message);
            const qint64 committed = steadyNs();
            board.sample(u"customer message recorded"_s, double(committed - start) / 1e6);
            const QMutexLocker lock(&board.mutex);
            board.arrivedAtNs.insert(receipt.conversationId, committed);
        } catch (const Error &error) {
            board.error(u"customer message recorded"_s, error.message());
        }
    });
    inbound.start(options.inboundEveryMs);

    // The server, each second: its memory and how many connections it holds.
    double peakMemoryMb = 0;
    qint64 peakConnections = 0;
    QTimer sampling;
    QObject::connect(&sampling, &QTimer::timeout, [&] {
        peakMemoryMb = std::max(peakMemoryMb, sampleServer().memoryMb);
        try {
            peakConnections = std::max(peakConnections,
                Query::scalar(
                    workspace.database(), u"SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"_s)
                    .toLongLong());
        } catch (const Error &error) {
            board.error(u"server sample"_s, error.message());
        }
    });
    sampling.start(1000);

    QEventLoop run;
    QTimer::singleShot(options.seconds * 1000, &run, &QEventLoop::quit);
    run.exec();
    inbound.stop();
    sampling.stop();
    // What was committed last gets a moment to reach the desks before they stop.
    QEventLoop settle;
    QTimer::singleShot(1000, &settle, &QEventLoop::quit);
    settle.exec();
    const double wallSeconds = msSince(startNs) / 1000.0;
    const ServerSample after = sampleServer();

    for (const auto &thread : threads) {
        thread->quit();
        thread->wait();
    }
    for (const auto &desk : desks) {
        if (desk->role() != Role::ServiceRep)
            desk->attributeHandoffs();
    }

    // Every specialist and lead should have seen every hand-off, every rep every new message.
    qsizetype handoffsMissed = 0;
    qsizetype arrivalsMissed = 0;
    qsizetype arrivalsBelowLoaded = 0;
    qsizetype handoffsBelowLoaded = 0;
    for (const auto &desk : desks) {
        if (desk->role() == Role::ServiceRep) {
            arrivalsMissed += board.arrivedAtNs.size() - desk->arrivalsSeen();
            arrivalsBelowLoaded += desk->arrivalsBelowLoaded();
        } else {
            handoffsMissed += board.escalatedAtNs.size() - desk->handoffsSeen();
            handoffsBelowLoaded += desk->handoffsBelowLoaded();
        }
    }

    const Percentiles handoff = percentilesOf(board.handoffMs);
    const Percentiles arrival = percentilesOf(board.inboundMs);
    const double cores = double(QThread::idealThreadCount());
    const double serverCpuPercent = (after.cpuSeconds - before.cpuSeconds) / wallSeconds * 100.0;

    std::printf("\nteam load: %d desks (%lld reps, %lld specialists, %lld leads), %d s, PostgreSQL, %d customers, "
                "%lld interactions\n",
        options.agents,
        static_cast<long long>(
            std::count_if(agents.begin(), agents.end(), [](const auto &a) { return a.second == Role::ServiceRep; })),
        static_cast<long long>(std::count_if(
            agents.begin(), agents.end(), [](const auto &a) { return a.second == Role::SupportSpecialist; })),
        static_cast<long long>(
            std::count_if(agents.begin(), agents.end(), [](const auto &a) { return a.second == Role::TeamLead; })),
        options.seconds, options.customers, static_cast<long long>(options.interactions));
    std::printf("%-44s %7s %9s %9s %9s\n", "operation", "count", "p50 ms", "p95 ms", "p99 ms");
    QJsonArray operations;
    for (const auto &[name, samples] : board.operationMs) {
        const Percentiles p = percentilesOf(samples);
        std::printf(
            "%-44s %7lld %9.2f %9.2f %9.2f\n", qPrintable(name), static_cast<long long>(p.count), p.p50, p.p95, p.p99);
        QJsonObject json = toJson(p);
        json.insert(u"operation"_s, name);
        operations.append(json);
    }
    std::printf("%-44s %7lld %9.2f %9.2f %9.2f   (target p95 200; not shown by the end: %lld)\n",
        "hand-off in every specialist's queue model", static_cast<long long>(handoff.count), handoff.p50, handoff.p95,
        handoff.p99, static_cast<long long>(handoffsMissed));
    std::printf("%-44s %7lld %9.2f %9.2f %9.2f   (target p95 200; not read by the end: %lld)\n",
        "new customer message at every rep's desk", static_cast<long long>(arrival.count), arrival.p50, arrival.p95,
        arrival.p99, static_cast<long long>(arrivalsMissed));
    QJsonArray stages;
    for (const auto &[name, samples] : board.stageMs) {
        const Percentiles p = percentilesOf(samples);
        std::printf("  %-42s %7lld %9.2f %9.2f %9.2f\n", qPrintable(name), static_cast<long long>(p.count), p.p50,
            p.p95, p.p99);
        QJsonObject json = toJson(p);
        json.insert(u"stage"_s, name);
        stages.append(json);
    }
    std::printf("  (new messages read below the inbox's loaded rows, as the oldest wait first: %lld)\n",
        static_cast<long long>(arrivalsBelowLoaded));
    std::printf("  (hand-offs read below the queue's loaded rows, as the most urgent come first: %lld)\n",
        static_cast<long long>(handoffsBelowLoaded));
    std::printf("errors: %d; lost races (a colleague was first): %d\n", board.errors, board.lostRaces);
    for (const QString &error : std::as_const(board.firstErrors))
        std::printf("  error: %s\n", qPrintable(error));
    std::printf("server: %.0f%% CPU of one core on average (%g cores here), %.0f MB memory at most (Pss), %lld "
                "connections at most\n",
        serverCpuPercent, cores, peakMemoryMb, static_cast<long long>(peakConnections));

    if (!options.jsonPath.isEmpty()) {
        QJsonObject handoffJson = toJson(handoff);
        handoffJson.insert(u"not_shown_by_the_end"_s, double(handoffsMissed));
        handoffJson.insert(u"read_below_the_loaded_rows"_s, double(handoffsBelowLoaded));
        QJsonObject arrivalJson = toJson(arrival);
        arrivalJson.insert(u"not_read_by_the_end"_s, double(arrivalsMissed));
        arrivalJson.insert(u"read_below_the_loaded_rows"_s, double(arrivalsBelowLoaded));
        const QJsonObject report { { u"desks"_s, options.agents }, { u"seconds"_s, options.seconds },
            { u"customers"_s, options.customers }, { u"interactions"_s, double(options.interactions) },
            { u"operations"_s, operations }, { u"handoff_visibility"_s, handoffJson },
            { u"inbound_visibility"_s, arrivalJson }, { u"visibility_stages"_s, stages }, { u"errors"_s, board.errors },
            { u"error_samples"_s, QJsonArray::fromStringList(board.firstErrors) }, { u"lost_races"_s, board.lostRaces },
            { u"server"_s,
                QJsonObject { { u"cpu_percent_of_one_core"_s, serverCpuPercent }, { u"cores"_s, cores },
                    { u"memory_mb_peak"_s, peakMemoryMb }, { u"connections_peak"_s, double(peakConnections) } } } };
        QFile file(options.jsonPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(report).toJson()) < 0) {
            std::fprintf(stderr, "tandem-bench: cannot write %s\n", qPrintable(options.jsonPath));
            return 1;
        }
    }
    return board.errors == 0 ? 0 : 1;
}

} // namespace tandem::bench

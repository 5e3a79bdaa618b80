// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

// tandem-bench: how fast the desk is at small, medium and large sizes, next to SQLite's own time for the
// same queries. Runs outside ctest's default set; CI runs --size small as a smoke test.

#include "../mail/MailTestServers.h"
#include "BenchKb.h"
#include "BenchMbox.h"
#include "BusyCore.h"
#include "EngineReplay.h"
#include "MainWindow.h"
#include "PostgresReplay.h"
#include "TeamLoad.h"
#include "TempWorkspace.h"
#include "domain/EscalationStateMachine.h"
#include "domain/Kpi.h"
#include "domain/TemplateParser.h"
#include "inbox/InboxModel.h"
#include "services/ConversationService.h"
#include "services/CustomerService.h"
#include "services/EscalationService.h"
#include "services/KpiService.h"
#include "services/PresenceService.h"
#include "services/SearchService.h"
#include "services/TemplateService.h"
#include "services/TimelineService.h"
#include "services/WorkspaceSession.h"
#include "services/mail/MailImportService.h"
#include "services/mail/MailWorker.h"
#include "storage/Query.h"
#include "storage/SqlDialect.h"
#include "storage/Workspace.h"
#include "timeline/TimelineModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <limits>
#include <thread>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

struct Size
{
    QString name;
    int customers;
    qint64 interactions;
};

const QList<Size> &sizes()
{
    static const QList<Size> all { { u"small"_s, 1000, 10'000 }, { u"medium"_s, 10'000, 100'000 },
        { u"large"_s, 100'000, 1'000'000 } };
    return all;
}

// Sample times in microseconds.
struct Stats
{
    QString name;
    QString unit = u"ms"_s;
    double min = 0;
    double median = 0;
    double p95 = 0;
    int samples = 0;
    double target = 0; // 0: none
    double engine = 0; // SQLite's own median for the same work, 0: not measured
    QJsonArray detail; // per-case figures, where a measure covers several cases

    QJsonObject toJson() const
    {
        QJsonObject object { { u"name"_s, name }, { u"unit"_s, unit }, { u"min"_s, min }, { u"median"_s, median },
            { u"p95"_s, p95 }, { u"samples"_s, samples } };
        if (target > 0)
            object.insert(u"target"_s, target);
        if (engine > 0) {
            object.insert(u"engine_median"_s, engine);
            object.insert(u"ratio_to_engine"_s, median / engine);
        }
        if (!detail.isEmpty())
            object.insert(u"cases"_s, detail);
        return object;
    }
};

Stats statsOf(const QString &name, QList<double> micros, const QString &unit, double target = 0)
{
    std::sort(micros.begin(), micros.end());
    const double scale = unit == u"ms"_s ? 1000.0 : 1.0;
    Stats stats;
    stats.name = name;
    stats.unit = unit;
    stats.samples = int(micros.size());
    if (micros.isEmpty())
        return stats;
    stats.min = micros.front() / scale;
    stats.median = micros.at(micros.size() / 2) / scale;
    stats.p95 = micros.at(qMin(micros.size() - 1, qsizetype(double(micros.size()) * 0.95))) / scale;
    stats.target = target;
    return stats;
}

// Runs `work` `warmup` times unmeasured, then `repetitions` times measured (microseconds each).
QList<double> measure(int warmup, int repetitions, const std::function<void()> &work)
{
    for (int i = 0; i < warmup; ++i)
        work();
    QList<double> samples;
    samples.reserve(repetitions);
    QElapsedTimer timer;
    for (int i = 0; i < repetitions; ++i) {
        timer.start();
        work();
        samples.append(double(timer.nsecsElapsed()) / 1000.0);
    }
    return samples;
}

QString binary(const QString &name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

const QStringList &searchQueries()
{
    static const QStringList queries { u"order"_s, u"refund"_s, u"router"_s, u"firmware update"_s, u"tracking"_s,
        u"invoice"_s, u"warranty repair"_s, u"NullPointer"_s, u"timeout"_s, u"cancel"_s, u"lum"_s, u"deliv"_s,
        u"password reset"_s, u"Traceback"_s, u"discount code"_s, u"webhook"_s, u"zebra"_s, u"SELECT"_s, u"thank you"_s,
        u"hub offline"_s };
    return queries;
}

const QStringList &typedNames()
{
    static const QStringList names { u"Aarav Novak"_s, u"Zoe Muller"_s, u"Priya"_s, u"Harbour Lights"_s, u"sam"_s };
    return names;
}

// A figure of this process's memory from /proc/self/status, in kB (0 when the kernel does not say).
qint64 statusKb(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// Resident kB of this process's memory maps of `file`: the pages of the workspace SQLite reads through its
// memory map. They belong to the page cache (shared, clean, given back under pressure: a read() would have put
// the same pages there), but the kernel's resident figures count them for every process that maps them.
qint64 mappedFileKb(const QString &file)
{
    const QByteArray path = QFileInfo(file).canonicalFilePath().toUtf8(); // empty for a server's address
    QFile maps(u"/proc/self/smaps"_s);
    if (path.isEmpty() || !maps.open(QIODevice::ReadOnly))
        return 0;
    bool inFile = false;
    qint64 total = 0;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        // A map's first line starts with its address range ("7f...-7f... r--s ... /path"); its figures
        // ("Rss:   120 kB") follow.
        const qsizetype dash = line.indexOf('-');
        if (dash > 0 && line.indexOf(' ') > dash)
            inFile = line.endsWith(QByteArray(' ' + path));
        else if (inFile && line.startsWith("Rss:"))
            total += line.mid(4).trimmed().split(' ').first().toLongLong();
    }
    return total;
}

// The peak of this process's resident memory less the workspace file's mapped pages (see mappedFileKb()),
// sampled every 20 ms on a thread of its own while it lives, and the kernel's peak with them (VmHWM), in kB.
// A subtraction at the end would set the end's mapped pages against an earlier peak.
class ResidentPeak
{
public:
    explicit ResidentPeak(const QString &workspaceFile)
        : m_file(workspaceFile), m_sampler([this] {
              while (!m_stop.load()) {
                  sample();
                  std::this_thread::sleep_for(std::chrono::milliseconds(20));
              }
          })
    { }
    ~ResidentPeak() { (void)stop(); }
    Q_DISABLE_COPY_MOVE(ResidentPeak)

    // Ends the sampling: the peak without the mapped file, and the kernel's peak with it.
    std::pair<qint64, qint64> stop()
    {
        if (m_sampler.joinable()) {
            m_stop = true;
            m_sampler.join();
            sample();
        }
        return { m_peak, statusKb("VmHWM") };
    }

private:
    void sample() { m_peak = std::max(m_peak, statusKb("VmRSS") - mappedFileKb(m_file)); }

    const QString m_file;
    qint64 m_peak = 0; // the sampler's alone until stop() has joined it
    std::atomic<bool> m_stop { false };
    std::thread m_sampler;
};

// The child process for the memory figure: the app's main window opens the largest timeline, pages
// through all of it and runs a search; then it reports its peak resident memory.
int measurePeakMemory(const QString &workspacePath)
{
    ResidentPeak resident(workspacePath);
    auto session = std::make_unique<WorkspaceSession>(Workspace::open(workspacePath), SystemClock::instance());
    session->setActor(session->accounts().defaultDemoActor());
    WorkspaceSession &live = *session;
    MainWindow window(std::move(session));
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    TimelineModel *timeline = window.timelineModel();
    timeline->setCustomer(1);
    while (timeline->canFetchMore({}))
        timeline->fetchMore({});
    (void)live.search().search(u"order"_s, SearchOrder::Newest);
    QApplication::processEvents();
    const auto [peak, withFile] = resident.stop();
    if (withFile == 0)
        return 1;
    std::printf("%lld %lld\n", peak, withFile);
    return 0;
}

// The CPU time of the calling thread: what a measure costs whatever else the machine runs meanwhile.
double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// The mbox import into a fresh workspace, as `tandemctl import mail` does it (one mail in memory at a time,
// full-text indexing on). Prints the mails per second, the peak resident memory (kB), the mails recorded and
// the mails per CPU second of the importing thread on one line.
int measureMailImport(const QString &mboxPath)
{
    test::TempWorkspace temp;
    ResidentPeak resident(temp.path());
    Workspace &workspace = temp.openWithDemo(50, 500, 3);
    ConversationService conversations(workspace, SystemClock::instance());
    MailImportService importer(conversations);
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = threadCpuSeconds();
    const MailImportSummary summary = importer.importPath(mboxPath);
    const double cpuSeconds = threadCpuSeconds() - cpuBefore;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const int recorded = summary.imported + summary.duplicates;
    if (recorded == 0 || !summary.refused.isEmpty()) {
        std::fprintf(stderr, "tandem-bench: the mbox import recorded %d mails and refused %lld\n", recorded,
            static_cast<long long>(summary.refused.size()));
        return 1;
    }
    std::printf("%.1f %lld %d %.1f\n", double(recorded) / seconds, resident.stop().first, recorded,
        double(recorded) / cpuSeconds);
    return 0;
}

struct Run
{
    Size size;
    QString engine; // "SQLite" or "PostgreSQL"
    QList<Stats> stats;
    double demoPerSecond = 0;
};

// Which measures to run: all of them, or the ones --only names (for profiling one case).
class Selection
{
public:
    static const QStringList &names()
    {
        static const QStringList all { u"timeline"_s, u"search"_s, u"customers"_s, u"template"_s, u"escalate"_s,
            u"inbox"_s, u"teamserver"_s, u"kpi"_s, u"coldstart"_s, u"memory"_s, u"mailimport"_s, u"maildelivery"_s,
            u"mailimport-1g"_s, u"kb"_s };
        return all;
    }
    explicit Selection(const QStringList &only) : m_only(only) { }
    [[nodiscard]] bool wants(const QString &name) const { return m_only.isEmpty() || m_only.contains(name); }
    // Measures that take long or much disk run only when --only names them.
    [[nodiscard]] bool named(const QString &name) const { return m_only.contains(name); }

private:
    QStringList m_only;
};

constexpr qint64 benchOpenConversations = 100'000;

// Tops the workspace up to benchOpenConversations open ones, waiting a second apart, a third each unassigned,
// the rep's and the lead's: the shared inbox of a busy team. A bench workspace made with --reuse keeps them.
void ensureOpenConversations(const QSqlDatabase &database, const Actor &rep, const Actor &lead, int customers)
{
    QSqlQuery count(database);
    count.exec(u"SELECT count(*) FROM conversations WHERE status IN ('open', 'pending')"_s);
    const qint64 missing = benchOpenConversations - (count.next() ? count.value(0).toLongLong() : 0);
    if (missing <= 0)
        return;
    const Millis now = SystemClock::instance().now();
    QSqlQuery insert(database);
    insert.prepare(
        u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
        " INSERT INTO conversations (customer_id, channel, subject, status, assignee_id, queue_id, priority,"
        " waiting_since, due_at, first_response_due_at, last_message_at, last_inbound_at, created_at)"
        " SELECT 1 + (i % ?), 'email', 'Bench question ' || i, 'open',"
        " CAST(CASE i % 3 WHEN 0 THEN NULL WHEN 1 THEN ? ELSE ? END AS BIGINT), (SELECT min(id) FROM team_queues),"
        " 'normal', clock.now - i * 1000, clock.now - i * 1000 + 28800000, clock.now - i * 1000 + 28800000, clock.now "
        "- i * 1000,"
        " clock.now - i * 1000, clock.now - i * 1000 FROM n, (SELECT CAST(? AS BIGINT) AS now) clock"_s);
    for (const QVariant &value :
        { QVariant(missing), QVariant(customers), QVariant(rep.agentId), QVariant(lead.agentId), QVariant(now) })
        insert.addBindValue(value);
    // One statement: one transaction.
    if (!insert.exec())
        std::fprintf(
            stderr, "tandem-bench: cannot add open conversations: %s\n", qPrintable(insert.lastError().text()));
    // The planner's statistics, as autovacuum would have them by the time a team's inbox holds this many (the
    // bench measures at once); the demo load makes its own.
    const QString vacuum = SqlDialect(Backend::Postgres).bulkLoadVacuumStatement({ u"conversations"_s });
    if (database.driverName() == u"QPSQL"_s)
        Query::execute(database, vacuum);
}

// The shared inbox with a busy team's open conversations: the rep's first page (all open, longest waiting
// first, and their own by reply due), the sidebar's counts, and a triage action's commit.
void measureInbox(WorkspaceSession &session, const Actor &rep, EngineReplay &engine, Run &run)
{
    ConversationService &inbox = session.conversations();
    const auto engineMedian = [&](const std::function<void()> &work) {
        const QByteArrayList statements = engine.record(work);
        return statsOf(QString(), measure(5, 50, [&] { engine.replay(statements); }), u"ms"_s).median;
    };
    const qint64 open = inbox.count(rep, InboxFolder::of(InboxFolderKind::AllOpen));
    for (const InboxFolder &folder :
        { InboxFolder::of(InboxFolderKind::AllOpen), InboxFolder::of(InboxFolderKind::Mine, InboxSort::ResponseDue) }) {
        const auto firstPage = [&] { (void)inbox.page(rep, folder, std::nullopt, InboxModel::pageSize); };
        Stats stats = statsOf(folder.kind == InboxFolderKind::AllOpen
                ? u"inbox first page, all open by waiting (%1 open)"_s.arg(open)
                : u"inbox first page, mine by reply due (%1 open)"_s.arg(open),
            measure(5, 50, firstPage), u"ms"_s, 5);
        stats.engine = engineMedian(firstPage);
        run.stats.append(stats);
    }
    const auto counts = [&] { (void)inbox.counts(rep); };
    Stats sidebar = statsOf(u"inbox sidebar counts"_s, measure(3, 20, counts), u"ms"_s);
    sidebar.engine = engineMedian(counts);
    run.stats.append(sidebar);

    // Taking a conversation and giving it back: one transaction each, with its audit record.
    const ConversationPage unassigned = inbox.page(rep, InboxFolder::of(InboxFolderKind::Unassigned), std::nullopt, 1);
    if (unassigned.rows.isEmpty())
        return;
    const Id id = unassigned.rows.constFirst().conversation.id;
    bool take = true;
    run.stats.append(statsOf(u"triage action commit (assign / unassign)"_s,
        measure(3, 40,
            [&] {
                inbox.assign(rep, { id }, take ? std::optional<Id>(rep.agentId) : std::nullopt);
                take = !take;
            }),
        u"ms"_s, 5));
}

// Waits (running the event loop) until `signal` of `sender` fires or five seconds pass; true when it fired.
template<typename Sender, typename Signal> bool waitForSignal(const Sender *sender, Signal signal)
{
    QEventLoop loop;
    bool fired = false;
    const QMetaObject::Connection connection = QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return fired;
}

// A team on one PostgreSQL server: how soon after the commit a second desk (its own connection, told by
// LISTEN/NOTIFY) has read a customer's new message, and a colleague opening the conversation. Needs a
// server to make a throwaway schema on: TANDEM_TEST_POSTGRES_URL, as the [postgres] tests.
void measureTeamServer(Run &run)
{
    if (test::postgresTestUrl().isEmpty()) {
        std::fprintf(stderr, "tandem-bench: no TANDEM_TEST_POSTGRES_URL, so no team-server measures\n");
        return;
    }
    test::TempWorkspace temp(Backend::Postgres);
    temp.openWithDemo(40, 600, 7);
    temp.close();
    WorkspaceSession customerSide(Workspace::open(temp.path()), SystemClock::instance());
    WorkspaceSession colleague(Workspace::open(temp.path()), SystemClock::instance());
    WorkspaceSession desk(Workspace::open(temp.path()), SystemClock::instance());
    desk.watchForChanges();
    const Actor other = colleague.accounts().signInWithoutPassword(u"rep2"_s);
    const Actor rep = desk.accounts().signInWithoutPassword(u"rep"_s);

    QList<double> messageSamples;
    QList<double> presenceSamples;
    QElapsedTimer timer;
    for (int i = 0; i < 30; ++i) {
        ChannelMessage message;
        message.fromAddress = u"bench%1@customers.example"_s.arg(i);
        message.fromName = u"Bench Customer %1"_s.arg(i);
        message.subject = u"Question %1"_s.arg(i);
        message.body = u"Is my order on its way?"_s;
        message.externalId = u"<bench-%1@customers.example>"_s.arg(i);
        message.receivedAt = SystemClock::instance().now();
        const InboundReceipt receipt = customerSide.conversations().recordInbound(message);
        timer.start(); // committed
        // A desk that never hears of it counts as the five seconds it waited.
        if (waitForSignal(&desk.conversations(), &ConversationService::changed))
            (void)desk.conversations().conversation(rep, receipt.conversationId);
        messageSamples.append(double(timer.nsecsElapsed()) / 1000.0);

        colleague.presence().open(other, receipt.conversationId);
        timer.start();
        if (waitForSignal(&desk.presence(), &PresenceService::changed))
            (void)desk.presence().present(rep, receipt.conversationId);
        presenceSamples.append(double(timer.nsecsElapsed()) / 1000.0);
        colleague.presence().close(other, receipt.conversationId);
        (void)waitForSignal(&desk.presence(), &PresenceService::changed);
    }
    run.stats.append(
        statsOf(u"team server: a new message read at a second desk after its commit"_s, messageSamples, u"ms"_s, 200));
    run.stats.append(
        statsOf(u"team server: a colleague's presence seen at a second desk"_s, presenceSamples, u"ms"_s, 200));
}

// The KPI dashboard's numbers for the whole team over a 90-day period ending today, as a lead sees them.
void measureKpis(WorkspaceSession &session, const Actor &lead, EngineReplay &engine, Run &run)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(session.kpis().now()).toLocalTime().date();
    KpiQuery query;
    query.from = QDateTime(today.addDays(-89), QTime(0, 0)).toMSecsSinceEpoch();
    query.to = QDateTime(today.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    const auto report = [&] { (void)session.kpis().report(lead, query); };
    Stats kpi = statsOf(u"KPI dashboard, 90 days"_s, measure(2, 20, report), u"ms"_s, 200);
    const QByteArrayList statements = engine.record(report);
    kpi.engine = statsOf(QString(), measure(2, 20, [&] { engine.replay(statements); }), u"ms"_s).median;
    run.stats.append(kpi);
}

// A customer's mail handed to Postfix's sendmail until the shared inbox can read it: Postfix relays it over
// LMTP into Dovecot, Dovecot tells the waiting mail worker (IMAP IDLE), the worker fetches and records it on
// its own connection, and the inbox's connection reads it. Needs the test mail servers (test-inside.sh).
void measureMailDelivery(Run &run)
{
    if (!test::MailTestServers::available()) {
        std::fprintf(stderr, "tandem-bench: no test mail servers, so no mail delivery measure\n");
        return;
    }
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(20, 100, 2);
    const test::SupportMailbox support = test::MailTestServers::addSupportAccount(workspace);
    MailWorker worker(workspace, support.store, MailWorker::Options {});
    bool firstPassDone = false;
    QObject::connect(&worker, &MailWorker::fetched, [&firstPassDone] { firstPassDone = true; });
    worker.start();
    // What earlier tests left in the mailbox is recorded first.
    QElapsedTimer waited;
    waited.start();
    while (!firstPassDone && waited.elapsed() < 120'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const QString sendmailConfig = qEnvironmentVariable("TANDEM_TEST_MAIL_LOG_DIR") + u"/postfix"_s;
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<double> micros;
    for (int i = 0; i < 20 && firstPassDone; ++i) {
        const QString subject = u"Bench delivery %1 %2"_s.arg(token).arg(i);
        QElapsedTimer timer;
        timer.start();
        QProcess sendmail;
        sendmail.start(u"/usr/sbin/sendmail"_s,
            { u"-C"_s, sendmailConfig, u"-f"_s, test::MailTestServers::customerUser(),
                test::MailTestServers::supportUser() });
        sendmail.write("From: Bench Customer <" + test::MailTestServers::customerUser().toUtf8() + ">\nTo: <"
            + test::MailTestServers::supportUser().toUtf8() + ">\nSubject: " + subject.toUtf8()
            + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nThe tracking page is stuck.\n");
        sendmail.closeWriteChannel();
        if (!sendmail.waitForFinished(30'000) || sendmail.exitCode() != 0) {
            std::fprintf(stderr, "tandem-bench: sendmail failed: %s\n", sendmail.readAllStandardError().constData());
            break;
        }
        bool seen = false;
        while (!seen && timer.elapsed() < 30'000) {
            seen = Query::scalar(
                       workspace.database(), u"SELECT COUNT(*) FROM interactions WHERE subject = ?"_s, { subject })
                       .toLongLong()
                > 0;
            if (!seen)
                QThread::msleep(2);
        }
        if (!seen) {
            std::fprintf(stderr, "tandem-bench: a delivered mail did not reach the inbox within 30 s\n");
            break;
        }
        micros.append(double(timer.nsecsElapsed()) / 1000.0);
    }
    worker.stop();
    if (!micros.isEmpty())
        run.stats.append(statsOf(u"mail handed to sendmail until in the inbox"_s, micros, u"ms"_s, 1000));
}

// Imports `mbox` in a child process (--measure-mail-import) and adds its rate and peak memory to the run.
// The child's temporary workspace goes into `tempDir` when one is given.
void measureMboxImport(Run &run, const QString &mbox, qint64 bytes, const QString &tempDir)
{
    QProcess import;
    if (!tempDir.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"TMPDIR"_s, tempDir);
        import.setProcessEnvironment(environment);
    }
    import.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    import.start(QCoreApplication::applicationFilePath(), { u"--measure-mail-import"_s, mbox });
    import.waitForFinished(-1);
    const QList<QByteArray> figures = import.readAllStandardOutput().trimmed().split(' ');
    if (bytes <= 0 || import.exitCode() != 0 || figures.size() != 4) {
        std::fprintf(stderr, "tandem-bench: no mbox import figures (%s)\n", qPrintable(mbox));
        return;
    }
    Stats rate;
    rate.name = u"mbox import (%1 mails, %2 MB)"_s.arg(figures.at(2).toInt()).arg(double(bytes) / 1e6, 0, 'f', 0);
    rate.unit = u"mail/s"_s;
    rate.samples = 1;
    rate.min = rate.median = rate.p95 = figures.at(0).toDouble();
    rate.target = 10'000;
    run.stats.append(rate);
    // The same per CPU second of the importing thread, which other work on the machine does not lower.
    Stats cpuRate = rate;
    cpuRate.name = u"mbox import, per CPU second of its thread"_s;
    cpuRate.min = cpuRate.median = cpuRate.p95 = figures.at(3).toDouble();
    cpuRate.target = 0;
    run.stats.append(cpuRate);
    Stats memory;
    memory.name = u"peak resident memory, mbox import (%1 MB)"_s.arg(double(bytes) / 1e6, 0, 'f', 0);
    memory.unit = u"MB"_s;
    memory.samples = 1;
    memory.min = memory.median = memory.p95 = figures.at(1).toDouble() / 1024.0;
    memory.target = 200;
    run.stats.append(memory);
}

// Where the size's workspace lives: a file in `workdir`, or a schema of its own (tandem_bench_SIZE) on the
// PostgreSQL server the [postgres] tests use. Empties it unless `reuse` finds one made earlier; true when the
// demo data must be made.
bool prepareWorkspace(const QString &spec, const QString &schema, bool reuse)
{
    if (schema.isEmpty()) {
        if (reuse && QFileInfo::exists(spec))
            return false;
        for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s })
            QFile::remove(spec + suffix);
        return true;
    }
    const QString server = test::postgresTestUrl();
    if (reuse && !postgresScalar(server, u"SELECT to_regclass('%1.tandem_meta')"_s.arg(schema).toUtf8()).isEmpty()
        && postgresScalar(server, u"SELECT value FROM %1.tandem_meta WHERE key = 'demo'"_s.arg(schema).toUtf8()) == "1")
        return false;
    postgresScalar(server,
        u"SET client_min_messages = warning; DROP SCHEMA IF EXISTS %1 CASCADE; CREATE SCHEMA %1"_s.arg(schema)
            .toUtf8());
    return true;
}

Run runSize(const Size &size, Backend backend, const QString &workdir, bool reuse, const Selection &selection)
{
    Run run;
    run.size = size;
    QString path = QDir(workdir).filePath(u"bench-%1.tandem"_s.arg(size.name));
    QString schema;
    if (backend == Backend::Postgres) {
        schema = u"tandem_bench_%1"_s.arg(size.name);
        const QString server = test::postgresTestUrl();
        path = server + (server.contains(u'?') ? u"&"_s : u"?"_s) + u"options=-csearch_path%3D"_s + schema;
    }
    if (prepareWorkspace(path, schema, reuse)) {
        std::fprintf(stderr, "tandem-bench: making the %s workspace (%lld interactions, %s)\n", qPrintable(size.name),
            static_cast<long long>(size.interactions), qPrintable(test::backendName(backend)));
        QProcess demo;
        demo.start(binary(u"tandemctl"_s),
            { u"demo"_s, u"--workspace"_s, path, u"--customers"_s, QString::number(size.customers), u"--interactions"_s,
                QString::number(size.interactions), u"--seed"_s, u"1"_s, u"--quiet"_s });
        demo.waitForFinished(-1);
        const QJsonObject summary = QJsonDocument::fromJson(demo.readAllStandardOutput()).object();
        run.demoPerSecond = summary.value(u"interactions_per_second"_s).toDouble();
        if (demo.exitCode() != 0)
            std::fprintf(stderr, "tandem-bench: tandemctl demo failed: %s\n", demo.readAllStandardError().constData());
    }
    std::unique_ptr<Workspace> workspace = Workspace::open(path);
    QSqlDatabase database = workspace->database();
    auto session = std::make_unique<WorkspaceSession>(std::move(workspace), SystemClock::instance());
    const Actor lead = session->accounts().defaultDemoActor();
    const Actor specialist = session->accounts().signInWithoutPassword(u"specialist"_s);
    const Actor rep = session->accounts().signInWithoutPassword(u"rep"_s);
    const std::unique_ptr<EngineReplay> replay = EngineReplay::forWorkspace(database, path);
    run.engine = replay->engineName();
    // The engine's own times (microseconds) for the very statements `work` makes the app run.
    const auto engineSamples = [&](int warmup, int repetitions, const std::function<void()> &work) {
        const QByteArrayList statements = replay->record(work);
        return measure(warmup, repetitions, [&] { replay->replay(statements); });
    };

    // 2. Opening the busiest customer's timeline: the first page, and paging to the oldest event.
    if (selection.wants(u"timeline"_s)) {
        const auto openTimeline = [&] { (void)session->timeline().page(1, std::nullopt, 100); };
        Stats firstPage
            = statsOf(u"timeline first page (customer with %1 events)"_s.arg(session->timeline().eventCount(1)),
                measure(5, 50, openTimeline), u"ms"_s, 5);
        firstPage.engine = statsOf(QString(), engineSamples(5, 50, openTimeline), u"ms"_s).median;
        run.stats.append(firstPage);
        run.stats.append(statsOf(u"timeline paged to the oldest event"_s,
            measure(1, 5,
                [&] {
                    std::optional<TimelineCursor> cursor;
                    do {
                        cursor = session->timeline().page(1, cursor, 100).next;
                    } while (cursor);
                }),
            u"ms"_s));
    }

    // 3. Global full-text search: the first 50 results of 20 fixed queries.
    if (selection.wants(u"search"_s)) {
        QList<double> searchSamples;
        QList<double> engineSearch;
        QJsonArray perQuery;
        for (const QString &query : searchQueries()) {
            const auto search = [&] { (void)session->search().search(query, SearchOrder::Newest, std::nullopt, 50); };
            const QList<double> app = measure(2, 10, search);
            const QList<double> engine = engineSamples(2, 10, search);
            searchSamples.append(app);
            engineSearch.append(engine);
            perQuery.append(
                QJsonObject { { u"query"_s, query }, { u"median"_s, statsOf(QString(), app, u"ms"_s).median },
                    { u"engine_median"_s, statsOf(QString(), engine, u"ms"_s).median } });
        }
        Stats search = statsOf(u"global search, first 50 results (20 queries)"_s, searchSamples, u"ms"_s, 10);
        search.engine = statsOf(QString(), engineSearch, u"ms"_s).median;
        search.detail = perQuery;
        run.stats.append(search);
    }

    // 4. Customer search as you type, one query per keystroke.
    if (selection.wants(u"customers"_s)) {
        QList<double> keystrokes;
        QList<double> engineKeystrokes;
        for (const QString &name : typedNames()) {
            for (qsizetype length = 1; length <= name.size(); ++length) {
                const QString typed = name.left(length);
                const auto keystroke = [&] { (void)session->customers().search(typed, std::nullopt, 200); };
                keystrokes.append(measure(1, 5, keystroke));
                engineKeystrokes.append(engineSamples(1, 5, keystroke));
            }
        }
        Stats customerSearch = statsOf(u"customer search per keystroke"_s, keystrokes, u"ms"_s, 5);
        customerSearch.engine = statsOf(QString(), engineKeystrokes, u"ms"_s).median;
        run.stats.append(customerSearch);
    }

    // 5. Rendering a typical reply template.
    const QList<ReplyTemplate> templates
        = selection.wants(u"template"_s) ? session->templates().templates(lead) : QList<ReplyTemplate>();
    if (!templates.isEmpty()) {
        const ReplyTemplate &reply = templates.front();
        const TemplateContext context = session->templates().contextFor(lead, 1);
        run.stats.append(statsOf(u"template render"_s,
            measure(100, 5000, [&] { (void)TemplateService::render(reply, context); }), u"us"_s, 20));
        // The parser stays linear on what a person could paste: a one-megabyte reply, and runs of 100,000
        // unbalanced braces (its worst cases).
        const QString body = QString(reply.body).remove(u"{{cursor}}"_s);
        const QString megabyte = body.repeated(1'000'000 / std::max<qsizetype>(body.size(), 1) + 1);
        run.stats.append(statsOf(u"template parse and render, 1 MB"_s,
            measure(1, 5, [&] { (void)TemplateParser::parse(megabyte).render(context); }), u"ms"_s, 2000));
        // The inputs of the engine test "100,000 nested or unbalanced braces give a bounded error list".
        const QString opening = u"{{"_s.repeated(100'000);
        const QString closing = u"}}"_s.repeated(100'000);
        const QStringList braces { opening, opening + u"customer.first_name"_s + closing, closing,
            QString(100'000, u'{') + QString(100'000, u'}'), u"{{customer.first_name | \""_s + QString(100'000, u'"'),
            QString(100'000, u'\\') + u"{{customer.first_name}}"_s, u"{{|"_s.repeated(100'000) };
        run.stats.append(statsOf(u"template parse and render, 7 inputs of 100,000 braces"_s,
            measure(1, 5,
                [&] {
                    for (const QString &input : braces)
                        (void)TemplateParser::parse(input).render(context);
                }),
            u"ms"_s, 2000));
    }

    // 6. Escalating (one transaction with its timeline and audit entries), and claiming.
    if (selection.wants(u"escalate"_s)) {
        HandoffForm form;
        form.customerId = 2;
        form.summary = u"Hub drops off the network every night"_s;
        form.category = EscalationCategory::Bug;
        form.severity = Severity::S2;
        form.stepsToReproduce = u"Leave the hub on overnight"_s;
        form.expected = u"It stays online"_s;
        form.actual = u"Offline at 02:00 every night"_s;
        form.environment = u"Firmware 4.2, router XR-500"_s;
        form.alreadyTried = u"Restarted the hub and the router"_s;
        QList<Id> escalated;
        run.stats.append(statsOf(u"escalate"_s,
            measure(3, 40, [&] { escalated.append(session->escalations().escalate(rep, form)); }), u"ms"_s, 5));
        qsizetype next = 0;
        run.stats.append(statsOf(u"claim"_s,
            measure(3, 40,
                [&] {
                    const Id id = escalated.at(next++);
                    const auto item = session->escalations().escalation(id);
                    (void)session->escalations().transition(
                        specialist, id, EscalationAction::Claim, QString(), item->escalation.version);
                }),
            u"ms"_s, 5));
    }

    // 6b. The shared inbox.
    if (selection.wants(u"inbox"_s)) {
        ensureOpenConversations(database, rep, lead, size.customers);
        measureInbox(*session, rep, *replay, run);
    }

    // 6c. Two desks on a team server.
    // 6c, 6d and 10 make workspaces of their own whatever --backend says: the default (SQLite) run has them.
    const bool ownWorkspaces = backend == Backend::Sqlite;
    if (selection.wants(u"teamserver"_s) && size.name == sizes().constFirst().name && ownWorkspaces)
        measureTeamServer(run);

    // 6d. A customer's mail on its way into the inbox.
    if (selection.wants(u"maildelivery"_s) && size.name == sizes().constFirst().name && ownWorkspaces)
        measureMailDelivery(run);

    // 7. The KPI dashboard.
    if (selection.wants(u"kpi"_s))
        measureKpis(*session, lead, *replay, run);

    // 8. Cold start: process start to the PNG of the main window.
    if (selection.wants(u"coldstart"_s)) {
        QTemporaryDir shots;
        run.stats.append(statsOf(u"cold start to screenshot"_s,
            measure(1, 5,
                [&] {
                    QProcess app;
                    app.start(binary(u"tandem"_s),
                        { u"--workspace"_s, path, u"--screenshot"_s, shots.filePath(u"start.png"_s) });
                    app.waitForFinished(-1);
                }),
            u"ms"_s, 500));
    }

    // 9. Peak resident memory of the app after the largest timeline and a search.
    if (selection.wants(u"memory"_s)) {
        QProcess memory;
        memory.start(QCoreApplication::applicationFilePath(), { u"--measure-memory"_s, path });
        memory.waitForFinished(-1);
        const QList<QByteArray> figures = memory.readAllStandardOutput().trimmed().split(' ');
        Stats peak;
        peak.name = u"peak resident memory"_s;
        peak.unit = u"MB"_s;
        peak.samples = 1;
        peak.min = peak.median = peak.p95 = figures.constFirst().toDouble() / 1024.0;
        peak.target = 150;
        run.stats.append(peak);
        // The kernel's figure, with the pages of the mapped workspace file it read (what `top` shows as RES).
        Stats resident = peak;
        resident.name = u"peak resident memory, with the mapped workspace file"_s;
        resident.min = resident.median = resident.p95 = figures.value(1).toDouble() / 1024.0;
        resident.target = 0;
        run.stats.append(resident);
    }

    // 10. Mail history: an mbox imported into a fresh workspace, in a process of its own for the memory.
    if (selection.wants(u"mailimport"_s) && ownWorkspaces) {
        const int mails = size.name == u"small"_s ? 3'000 : size.name == u"medium"_s ? 30'000 : 300'000;
        const QString mbox = QDir(workdir).filePath(u"bench-%1.mbox"_s.arg(size.name));
        const qint64 bytes
            = reuse && QFileInfo::exists(mbox) ? QFileInfo(mbox).size() : bench::writeBenchMbox(mbox, mails, 1);
        measureMboxImport(run, mbox, bytes, QString());
    }
    // 10b. The memory of importing a mail history of about 1 GB (written once into the workdir, kept with
    // --reuse). Only when --only names it: it takes minutes and a few GB of disk, so its workspace lives in
    // the workdir rather than in the temporary folder.
    if (selection.named(u"mailimport-1g"_s)) {
        const QString mbox = QDir(workdir).filePath(u"bench-1g.mbox"_s);
        const qint64 bytes = reuse && QFileInfo::exists(mbox)
            ? QFileInfo(mbox).size()
            : bench::writeBenchMbox(mbox, std::numeric_limits<int>::max(), 1, 1'000'000'000);
        measureMboxImport(run, mbox, bytes, workdir);
    }
    // 11. The knowledge base at 10,000 articles: the self-service site, article search and suggestions, in a
    // workspace of its own. Once, at the medium size (or when --only names it), so the small run CI makes
    // keeps to its time budget.
    if (selection.wants(u"kb"_s) && ownWorkspaces && (size.name == u"medium"_s || selection.named(u"kb"_s))) {
        for (const bench::KbSamples &kb : bench::measureKnowledgeBase(workdir, binary(u"tandemctl"_s), 10'000))
            run.stats.append(statsOf(kb.name, kb.micros, kb.unit, kb.target));
    }
    return run;
}

void printTable(const QList<Run> &runs)
{
    for (const Run &run : runs) {
        std::printf("\n%s, %s: %d customers, %lld interactions", qPrintable(run.size.name), qPrintable(run.engine),
            run.size.customers, static_cast<long long>(run.size.interactions));
        if (run.demoPerSecond > 0)
            std::printf(", demo generated at %.0f interactions/s", run.demoPerSecond);
        std::printf("\n%-52s %10s %10s %10s %5s %8s %12s\n", "measure", "min", "median", "p95", "unit", "target",
            qPrintable(u"x "_s + run.engine));
        for (const Stats &stats : run.stats) {
            std::printf("%-52s %10.3f %10.3f %10.3f %5s %8s %12s\n", qPrintable(stats.name), stats.min, stats.median,
                stats.p95, qPrintable(stats.unit), stats.target > 0 ? qPrintable(QString::number(stats.target)) : "",
                stats.engine > 0 ? qPrintable(QString::number(stats.median / stats.engine, 'f', 2)) : "");
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"tandem-bench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures Tandem at small, medium and large sizes."_s);
    parser.addHelpOption();
    parser.addOptions({
        { u"size"_s, u"small, medium, large or all (default small)."_s, u"SIZE"_s, u"small"_s },
        { u"backend"_s,
            u"sqlite (a desk file, the default) or postgresql (a schema on the server TANDEM_TEST_POSTGRES_URL names)."_s,
            u"BACKEND"_s, u"sqlite"_s },
        { u"json"_s, u"Also write the results as JSON to FILE."_s, u"FILE"_s },
        { u"workdir"_s, u"Where the benchmark workspaces live (default: a cache folder)."_s, u"DIR"_s },
        { u"reuse"_s, u"Reuse a workspace made by an earlier run."_s },
        { u"only"_s, u"Run only these measures, comma-separated: %1."_s.arg(Selection::names().join(u", "_s)),
            u"NAMES"_s },
        { u"measure-memory"_s, u"(internal) Report the app's peak memory on WORKSPACE."_s, u"WORKSPACE"_s },
        { u"measure-mail-import"_s, u"(internal) Report the import rate and peak memory for MBOX."_s, u"MBOX"_s },
        { u"team"_s, u"Instead of the measures: N desks working on one PostgreSQL server (the team load)."_s, u"N"_s },
        { u"seconds"_s, u"How long the team load runs (default 60)."_s, u"S"_s, u"60"_s },
        { u"team-customers"_s, u"The team load's workspace: customers (default 1000)."_s, u"N"_s, u"1000"_s },
        { u"team-interactions"_s, u"The team load's workspace: interactions (default 10000)."_s, u"N"_s, u"10000"_s },
        { u"busy"_s,
            u"Keep one core busy beside the measures (a child spinning at full speed), as a desk's browser or "
            "call does."_s },
        { u"burn-cpu"_s, u"(internal) Spin on one core for at most S seconds, while the parent lives."_s, u"S"_s },
    });
    parser.process(app);
    if (parser.isSet(u"burn-cpu"_s))
        return bench::BusyCore::burn(parser.value(u"burn-cpu"_s).toInt());
    bench::BusyCore busyCore;
    const bool busy = parser.isSet(u"busy"_s);
    if (busy) {
        QString error;
        if (!busyCore.start(QCoreApplication::applicationFilePath(), &error)) {
            std::fprintf(stderr, "tandem-bench: --busy could not start its load: %s\n", qPrintable(error));
            return 1;
        }
        std::puts("Busy mode: one core kept busy by a child process for the whole run.");
    }
    if (parser.isSet(u"team"_s)) {
        bench::TeamLoadOptions team;
        team.agents = parser.value(u"team"_s).toInt();
        team.seconds = parser.value(u"seconds"_s).toInt();
        team.customers = parser.value(u"team-customers"_s).toInt();
        team.interactions = parser.value(u"team-interactions"_s).toLongLong();
        team.jsonPath = parser.value(u"json"_s);
        if (team.agents < 1 || team.seconds < 1 || team.customers < 1 || team.interactions < 1) {
            std::fputs(
                "tandem-bench: --team, --seconds, --team-customers and --team-interactions take numbers above 0.\n",
                stderr);
            return 2;
        }
        return bench::runTeamLoad(team);
    }
    if (parser.isSet(u"measure-memory"_s))
        return measurePeakMemory(parser.value(u"measure-memory"_s));
    if (parser.isSet(u"measure-mail-import"_s))
        return measureMailImport(parser.value(u"measure-mail-import"_s));

    QList<Size> chosen;
    for (const Size &size : sizes()) {
        if (parser.value(u"size"_s) == u"all"_s || parser.value(u"size"_s) == size.name)
            chosen.append(size);
    }
    if (chosen.isEmpty()) {
        std::fputs("tandem-bench: --size takes small, medium, large or all.\n", stderr);
        return 2;
    }
    const QString backendName = parser.value(u"backend"_s);
    if (backendName != u"sqlite"_s && backendName != u"postgresql"_s) {
        std::fputs("tandem-bench: --backend takes sqlite or postgresql.\n", stderr);
        return 2;
    }
    const Backend backend = backendName == u"sqlite"_s ? Backend::Sqlite : Backend::Postgres;
    if (backend == Backend::Postgres && test::postgresTestUrl().isEmpty()) {
        std::fputs("tandem-bench: --backend postgresql needs TANDEM_TEST_POSTGRES_URL (a server to make a schema on,"
                   " as packaging/buildroot/test-inside.sh starts one).\n",
            stderr);
        return 2;
    }
    const QString workdir = parser.isSet(u"workdir"_s)
        ? parser.value(u"workdir"_s)
        : QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(workdir);

    const QStringList only = parser.value(u"only"_s).split(u',', Qt::SkipEmptyParts);
    for (const QString &name : only) {
        if (!Selection::names().contains(name)) {
            std::fprintf(stderr, "tandem-bench: --only takes %s.\n", qPrintable(Selection::names().join(u", "_s)));
            return 2;
        }
    }
    QList<Run> runs;
    for (const Size &size : chosen)
        runs.append(runSize(size, backend, workdir, parser.isSet(u"reuse"_s), Selection(only)));
    printTable(runs);

    if (parser.isSet(u"json"_s)) {
        QJsonArray results;
        for (const Run &run : runs) {
            QJsonArray stats;
            for (const Stats &one : run.stats)
                stats.append(one.toJson());
            results.append(QJsonObject { { u"size"_s, run.size.name }, { u"engine"_s, run.engine },
                { u"customers"_s, run.size.customers }, { u"interactions"_s, run.size.interactions },
                { u"demo_interactions_per_second"_s, run.demoPerSecond }, { u"measures"_s, stats } });
        }
        const QJsonObject report { { u"machine"_s,
                                       QString(QSysInfo::prettyProductName() + u", "_s
                                           + QString::number(QThread::idealThreadCount()) + u" cores"_s) },
            { u"busy"_s, busy }, { u"results"_s, results } };
        QFile out(parser.value(u"json"_s));
        if (!out.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "tandem-bench: cannot write %s\n", qPrintable(parser.value(u"json"_s)));
            return 1;
        }
        out.write(QJsonDocument(report).toJson());
    }
    return 0;
}

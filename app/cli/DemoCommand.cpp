// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/DemoCommand.h"

#include "cli/CommandLine.h"
#include "services/TemplateService.h"
#include "services/WorkspaceSetup.h"
#include "storage/DemoDataWriter.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tandem::cli {
namespace {

// Gives the command's strings their own translation context.
struct DemoCommandText
{
    Q_DECLARE_TR_FUNCTIONS(tandem::cli::DemoCommand)
};

bool parseCount(const QCommandLineParser &parser, const QString &name, qint64 minimum, qint64 maximum, qint64 &out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    out = parser.value(name).toLongLong(&ok);
    if (!ok || out < minimum || out > maximum) {
        printError(DemoCommandText::tr("--%1 takes a whole number from %2 to %3.").arg(name).arg(minimum).arg(maximum));
        return false;
    }
    return true;
}

} // namespace

int runDemoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DemoCommandText::tr("Creates a workspace filled with deterministic demo data."));
    parser.addHelpOption();
    parser.addOptions({
        { u"workspace"_s, DemoCommandText::tr("Workspace file to create (must be new or empty)."), u"W"_s },
        { u"customers"_s, DemoCommandText::tr("Number of customers (default 300)."), u"N"_s },
        { u"interactions"_s, DemoCommandText::tr("Number of interactions (default 6000)."), u"M"_s },
        { u"seed"_s, DemoCommandText::tr("Seed; the same seed gives the same data (default 1)."), u"S"_s },
        { u"anchor"_s, DemoCommandText::tr("Date the history ends, YYYY-MM-DD (default today)."), u"DATE"_s },
        { u"quiet"_s, DemoCommandText::tr("No progress on stderr.") },
    });
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return Success;
    }
    if (!parser.isSet(u"workspace"_s)) {
        printError(DemoCommandText::tr("demo needs --workspace FILE."));
        return UsageError;
    }
    DemoOptions options;
    qint64 customers = options.customers;
    qint64 seed = 1;
    if (!parseCount(parser, u"customers"_s, 1, 10'000'000, customers)
        || !parseCount(parser, u"interactions"_s, 0, 100'000'000, options.interactions)
        || !parseCount(parser, u"seed"_s, 0, std::numeric_limits<qint64>::max(), seed)) {
        return UsageError;
    }
    options.customers = int(customers);
    options.seed = quint64(seed);
    options.anchor = WorkspaceSetup::todayAnchor();
    if (parser.isSet(u"anchor"_s)) {
        const QDate date = QDate::fromString(parser.value(u"anchor"_s), Qt::ISODate);
        if (!date.isValid()) {
            printError(DemoCommandText::tr("--anchor takes a date like 2026-01-31."));
            return UsageError;
        }
        options.anchor = QDateTime(date, QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    }
    const bool quiet = parser.isSet(u"quiet"_s);

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Workspace> workspace = Workspace::open(parser.value(u"workspace"_s));
    const DemoSummary summary = DemoDataWriter(*workspace).write(options, [quiet](qint64 done, qint64 total) {
        if (!quiet)
            std::fprintf(stderr, "\r%lld / %lld", static_cast<long long>(done), static_cast<long long>(total));
    });
    if (!quiet)
        std::fputs("\n", stderr);
    const int templates = TemplateService(*workspace, SystemClock::instance()).installDefaultLibrary();
    const double seconds = double(timer.elapsed()) / 1000.0;
    printJson({ { u"workspace"_s, parser.value(u"workspace"_s) }, { u"agents"_s, summary.agents },
        { u"customers"_s, summary.customers }, { u"interactions"_s, summary.interactions },
        { u"escalations"_s, summary.escalations }, { u"surveys"_s, summary.surveys },
        { u"follow_ups"_s, summary.followUps }, { u"templates"_s, templates }, { u"seconds"_s, seconds },
        { u"interactions_per_second"_s, seconds > 0 ? double(summary.interactions) / seconds : 0.0 } });
    return Success;
}

} // namespace tandem::cli

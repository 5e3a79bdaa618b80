// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/DemoCommand.h"

#include "cli/CommandLine.h"
#include "services/WorkspaceSetup.h"

#include <QElapsedTimer>
#include <QJsonObject>

#include <cstdio>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace tandem::cli {

DemoCommand::DemoCommand() : Command(tr("Creates a workspace filled with deterministic demo data."))
{
    addOptions({
        { u"workspace"_s, tr("Workspace file to create (must be new or empty)."), u"W"_s },
        { u"customers"_s, tr("Number of customers (default 300)."), u"N"_s },
        { u"interactions"_s, tr("Number of interactions (default 6000)."), u"M"_s },
        { u"seed"_s, tr("Seed; the same seed gives the same data (default 1)."), u"S"_s },
        { u"anchor"_s, tr("Date the history ends, YYYY-MM-DD (default today)."), u"DATE"_s },
        { u"quiet"_s, tr("No progress on stderr.") },
    });
    requireOptions({ u"workspace"_s }, tr("demo needs --workspace FILE."));
}

int DemoCommand::execute()
{
    DemoOptions options;
    // A count given on the command line replaces the default in `out`.
    const auto readCount = [this](const QString &option, qint64 minimum, qint64 maximum, auto &out) {
        if (!isSet(option))
            return true;
        const std::optional<qint64> number = numberOption(option, minimum, maximum);
        if (number)
            out = static_cast<std::remove_reference_t<decltype(out)>>(*number);
        return number.has_value();
    };
    if (!readCount(u"customers"_s, 1, 10'000'000, options.customers)
        || !readCount(u"interactions"_s, 0, 100'000'000, options.interactions)
        || !readCount(u"seed"_s, 0, std::numeric_limits<qint64>::max(), options.seed)) {
        return UsageError;
    }
    options.anchor = WorkspaceSetup::todayAnchor();
    if (isSet(u"anchor"_s)) {
        const std::optional<Millis> anchor = dateOption(u"anchor"_s);
        if (!anchor)
            return UsageError;
        options.anchor = *anchor;
    }
    const bool quiet = isSet(u"quiet"_s);

    QElapsedTimer timer;
    timer.start();
    const DemoWorkspaceSummary made
        = WorkspaceSetup::createDemo(value(u"workspace"_s), options, [quiet](qint64 done, qint64 total) {
              if (!quiet)
                  std::fprintf(stderr, "\r%lld / %lld", static_cast<long long>(done), static_cast<long long>(total));
          });
    if (!quiet)
        std::fputs("\n", stderr);
    if (!made.repairNote.isEmpty())
        printError(made.repairNote);
    const DemoSummary &summary = made.data;
    const double seconds = double(timer.elapsed()) / 1000.0;
    printJson({ { u"workspace"_s, value(u"workspace"_s) }, { u"agents"_s, summary.agents },
        { u"customers"_s, summary.customers }, { u"interactions"_s, summary.interactions },
        { u"escalations"_s, summary.escalations }, { u"surveys"_s, summary.surveys },
        { u"follow_ups"_s, summary.followUps }, { u"templates"_s, made.templates }, { u"articles"_s, made.articles },
        { u"seconds"_s, seconds },
        { u"interactions_per_second"_s, seconds > 0 ? double(summary.interactions) / seconds : 0.0 } });
    return Success;
}

} // namespace tandem::cli

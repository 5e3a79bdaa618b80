// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/DoctorCommand.h"

#include "cli/CommandLine.h"
#include "services/TeamServerDoctor.h"

#include <QJsonArray>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tandem::cli {
namespace {

QString verdictKey(ServerFinding::Verdict verdict)
{
    switch (verdict) {
    case ServerFinding::Verdict::Passed:
        return u"passed"_s;
    case ServerFinding::Verdict::Warning:
        return u"warning"_s;
    case ServerFinding::Verdict::Failed:
        break;
    }
    return u"failed"_s;
}

QString verdictLabel(ServerFinding::Verdict verdict)
{
    switch (verdict) {
    case ServerFinding::Verdict::Passed:
        return DoctorCommand::tr("ok");
    case ServerFinding::Verdict::Warning:
        return DoctorCommand::tr("WARNING");
    case ServerFinding::Verdict::Failed:
        break;
    }
    return DoctorCommand::tr("FAILED");
}

} // namespace

DoctorCommand::DoctorCommand()
    : Command(tr("Checks that a team server gives Tandem what it needs: PostgreSQL 15 or newer, UTF8, plpgsql, a "
                 "login without superuser rights, the two-role set-up, LISTEN/NOTIFY where the change feed listens "
                 "(not a transaction pool) and the replica the address names. Writes nothing. Exits with 1 when "
                 "a check fails."))
{
    addOptions({
        { u"workspace"_s,
            tr("The team workspace's postgresql:// address (with ?listen=HOST:PORT and ?replica=HOST:PORT when "
               "the desks use them)."),
            u"W"_s },
        { u"json"_s, tr("Print JSON instead of sentences.") },
    });
    requireOptions({ u"workspace"_s }, tr("doctor needs --workspace postgresql://..."));
}

int DoctorCommand::execute()
{
    const QList<ServerFinding> findings = TeamServerDoctor::examine(value(u"workspace"_s));
    const bool failed = TeamServerDoctor::anyFailed(findings);
    if (isSet(u"json"_s)) {
        QJsonArray checks;
        for (const ServerFinding &finding : findings) {
            checks.append(QJsonObject { { u"check"_s, finding.check }, { u"verdict"_s, verdictKey(finding.verdict) },
                { u"sentence"_s, finding.sentence } });
        }
        printJson({ { u"checks"_s, checks }, { u"ok"_s, !failed } });
        return failed ? Failure : Success;
    }
    QString text;
    for (const ServerFinding &finding : findings)
        text += u"%1  %2\n"_s.arg(verdictLabel(finding.verdict), -8).arg(finding.sentence);
    text += failed ? tr("The server is not ready for Tandem: fix what failed above and run the check again.\n")
                   : tr("The server is ready for Tandem.\n");
    std::fputs(text.toUtf8().constData(), stdout);
    return failed ? Failure : Success;
}

} // namespace tandem::cli

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/TeamServerDoctor.h"

#include "storage/PostgresAddress.h"
#include "storage/TeamServerCheck.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem {

QList<ServerFinding> TeamServerDoctor::examine(const QString &workspaceUrl, const QString &password)
{
    QString problem;
    std::optional<PostgresAddress> address = PostgresAddress::parse(workspaceUrl, &problem);
    if (!address) {
        if (!PostgresAddress::isPostgresUrl(workspaceUrl))
            problem = tr("The doctor looks at team servers: give a postgresql:// address (a workspace file needs "
                         "no server).");
        return { { ServerFinding::Verdict::Failed, u"connection"_s, problem } };
    }
    if (address->password.isEmpty())
        address->password = password;
    return TeamServerCheck::examine(*address);
}

bool TeamServerDoctor::anyFailed(const QList<ServerFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
        [](const ServerFinding &finding) { return finding.verdict == ServerFinding::Verdict::Failed; });
}

} // namespace tandem

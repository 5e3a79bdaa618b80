#pragma once

#include <QStringList>

namespace tandem::cli {

// tandemctl copy --from W --to W [--replace]: moves a workspace, e.g. a single desk's file to a team server.
int runCopyCommand(const QStringList &arguments);

} // namespace tandem::cli

#pragma once

#include <QStringList>

namespace tandem::cli {

// tandemctl audit verify|list --workspace W [--limit N] [--before ID]
int runAuditCommand(const QStringList &arguments);

} // namespace tandem::cli

#pragma once

#include <QStringList>

namespace tandem::cli {

// tandemctl demo --workspace W [--customers N] [--interactions M] [--seed S] [--anchor ISO-DATE]
int runDemoCommand(const QStringList &arguments);

} // namespace tandem::cli

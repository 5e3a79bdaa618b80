// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>

namespace tandem::cli {

// Exit codes of tandemctl.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// A sentence for a person on stderr, prefixed with the program name.
void printError(const QString &message);
void printJson(const QJsonObject &object);

} // namespace tandem::cli

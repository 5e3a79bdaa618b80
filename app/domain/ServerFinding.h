// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace tandem {

// One thing `tandemctl doctor` looked at on a team server, and what it found.
struct ServerFinding
{
    enum class Verdict { Passed, Warning, Failed };

    Verdict verdict = Verdict::Passed;
    // What was looked at, as a stable key (version, encoding, extensions, superuser, roles, schema, writable,
    // change_feed, replica, connection).
    QString check;
    // What was found and, unless it passed, what to do about it: a sentence for a person.
    QString sentence;
};

} // namespace tandem

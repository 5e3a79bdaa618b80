// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace tandem::bench {

// Writes an mbox of `count` customer mails the way a helpdesk's history looks: a few hundred customers
// writing about their orders, one in five mails an answer in an earlier thread, bodies of a few hundred
// to a few thousand bytes with quoted text. The same seed gives the same file. Stops early once the file
// holds `maxBytes` (the large import's memory measure asks for a size, not a count). Returns the bytes
// written, or -1 when the file cannot be written.
qint64 writeBenchMbox(const QString &path, int count, quint32 seed, qint64 maxBytes = -1);

} // namespace tandem::bench

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/RecordsFilter.h"
#include "services/Actor.h"

#include <optional>

class QIODevice;

namespace tandem {

class RecordsService;

// Writes the records of a filter as CSV (RFC 4180, UTF-8, CRLF) a chunk at a time, so a window can show
// progress, stay responsive and stop at any chunk. Where the bytes go (and whether a cancelled file is
// kept) is the caller's: write into a QSaveFile and commit only when done.
class RecordsCsvExport
{
public:
    static constexpr int chunkRows = 500;

    RecordsCsvExport(RecordsService &service, Actor actor, RecordsFilter filter, RecordsSort sort);

    // Counts the records (refused like the records themselves) and writes the header line.
    void start(QIODevice &out);
    // Writes up to `rows` more records; false once every record is written.
    bool writeChunk(QIODevice &out, int rows = chunkRows);
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] qint64 written() const { return m_written; }
    // Notes the finished export in the audit trail.
    void recordFinished();

private:
    void write(QIODevice &out, const QString &text);

    RecordsService &m_service;
    Actor m_actor;
    RecordsFilter m_filter;
    RecordsSort m_sort;
    std::optional<RecordsCursor> m_next;
    qint64 m_total = 0;
    qint64 m_written = 0;
    bool m_done = false;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/RecordsCsvExport.h"

#include "domain/Csv.h"
#include "services/RecordsService.h"
#include "services/ServiceError.h"

#include <QIODevice>

namespace tandem {

RecordsCsvExport::RecordsCsvExport(RecordsService &service, Actor actor, RecordsFilter filter, RecordsSort sort)
    : m_service(service), m_actor(std::move(actor)), m_filter(std::move(filter)), m_sort(sort)
{ }

void RecordsCsvExport::write(QIODevice &out, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (out.write(bytes) != bytes.size())
        throw ServiceError(RecordsService::tr("Could not write the export: %1").arg(out.errorString()));
}

void RecordsCsvExport::start(QIODevice &out)
{
    m_total = m_service.count(m_actor, m_filter);
    m_written = 0;
    m_next.reset();
    m_done = false;
    write(out, Csv::record(RecordsService::csvHeader()));
}

bool RecordsCsvExport::writeChunk(QIODevice &out, int rows)
{
    if (m_done)
        return false;
    const RecordsPage page = m_service.page(m_actor, m_filter, m_sort, m_next, rows, true);
    QString text;
    for (const RecordRow &row : page.rows)
        text += Csv::record(RecordsService::csvFields(row));
    write(out, text);
    m_written += page.rows.size();
    m_next = page.next;
    m_done = !m_next;
    return !m_done;
}

void RecordsCsvExport::recordFinished()
{
    m_service.recordExport(m_actor, m_filter, m_written);
}

} // namespace tandem

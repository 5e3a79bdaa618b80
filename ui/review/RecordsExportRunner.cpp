// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "review/RecordsExportRunner.h"

#include "domain/Error.h"
#include "services/RecordsCsvExport.h"
#include "services/RecordsService.h"

#include <QDir>
#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>
#include <QTimer>

#include <limits>

namespace tandem {

RecordsExportRunner::RecordsExportRunner(
    RecordsService &service, Actor actor, RecordsFilter filter, RecordsSort sort, QWidget *dialogParent)
    : QObject(dialogParent),
      m_service(service),
      m_export(std::make_unique<RecordsCsvExport>(service, std::move(actor), std::move(filter), sort)),
      m_dialogParent(dialogParent)
{ }

RecordsExportRunner::~RecordsExportRunner()
{
    if (m_file)
        m_file->cancelWriting();
    delete m_progress;
}

bool RecordsExportRunner::start(const QString &path)
{
    m_path = path;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        finish(false, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), m_file->errorString()));
        return false;
    }
    try {
        m_export->start(*m_file);
    } catch (const Error &error) {
        finish(false, error.message());
        return false;
    }
    m_progress = new QProgressDialog(tr("Exporting records…"), tr("Cancel"), 0,
        int(qMin<qint64>(m_export->total(), std::numeric_limits<int>::max())), m_dialogParent);
    m_progress->setWindowTitle(tr("Export Records"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &RecordsExportRunner::cancel);
    m_running = true;
    QTimer::singleShot(0, this, &RecordsExportRunner::step);
    return true;
}

void RecordsExportRunner::step()
{
    if (!m_running)
        return;
    if (m_progress && m_progress->wasCanceled()) {
        cancel();
        return;
    }
    bool more = false;
    try {
        more = m_export->writeChunk(*m_file);
    } catch (const Error &error) {
        m_file->cancelWriting();
        finish(false, error.message());
        return;
    }
    if (m_progress) {
        m_progress->setValue(int(qMin<qint64>(m_export->written(), m_progress->maximum())));
        m_progress->setLabelText(tr("Exporting records… %1 of %2")
                .arg(QLocale().toString(m_export->written()),
                    QLocale().toString(qMax(m_export->total(), m_export->written()))));
    }
    emit progressed(m_export->written(), m_export->total());
    if (m_running && m_progress && m_progress->wasCanceled())
        cancel();
    if (!m_running)
        return;
    if (more) {
        // Back to the event loop between chunks, so the window repaints and Cancel is heard.
        QTimer::singleShot(0, this, &RecordsExportRunner::step);
        return;
    }
    if (!m_file->commit()) {
        finish(false, tr("Could not save %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
        return;
    }
    try {
        m_export->recordFinished();
    } catch (const Error &error) {
        finish(true, error.message());
        return;
    }
    finish(true,
        tr("Exported %n record(s) to %1.", nullptr, int(qMin<qint64>(m_export->written(), 1'000'000'000)))
            .arg(QDir::toNativeSeparators(m_path)));
}

void RecordsExportRunner::cancel()
{
    if (!m_running)
        return;
    m_file->cancelWriting();
    finish(false, tr("Export cancelled; no file was written."));
}

void RecordsExportRunner::finish(bool saved, const QString &message)
{
    m_running = false;
    m_file.reset();
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->reset();
        m_progress->hide();
        m_progress->deleteLater();
    }
    emit finished(saved, message);
}

} // namespace tandem

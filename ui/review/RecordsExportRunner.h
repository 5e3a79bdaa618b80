// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/RecordsFilter.h"
#include "services/Actor.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <memory>

class QSaveFile;

namespace tandem {

class RecordsCsvExport;
class RecordsService;

// Runs a CSV export of records in chunks from the event loop, with a progress dialog and Cancel. The file
// is written through QSaveFile and committed only when every record is in, so a cancelled or failed
// export leaves no file (and an existing file untouched).
class RecordsExportRunner : public QObject
{
    Q_OBJECT

public:
    RecordsExportRunner(
        RecordsService &service, Actor actor, RecordsFilter filter, RecordsSort sort, QWidget *dialogParent);
    ~RecordsExportRunner() override;

    // Opens the file and starts; false (and finished() with the reason) when the file cannot be written.
    bool start(const QString &path);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QProgressDialog *progressDialog() const { return m_progress; }

signals:
    // After each chunk: how many records are written, of how many.
    void progressed(qint64 written, qint64 total);
    // `saved`: the whole file is in place. The message says what happened, for the status line.
    void finished(bool saved, const QString &message);

private:
    void step();
    void finish(bool saved, const QString &message);

    RecordsService &m_service;
    std::unique_ptr<RecordsCsvExport> m_export;
    std::unique_ptr<QSaveFile> m_file;
    QPointer<QProgressDialog> m_progress;
    QWidget *m_dialogParent;
    QString m_path;
    bool m_running = false;
};

} // namespace tandem

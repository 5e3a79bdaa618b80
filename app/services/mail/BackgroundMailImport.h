// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "services/mail/MailImportService.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace tandem {

class Workspace;

// An mbox or Maildir import on a thread of its own, with its own database connection: a window stays
// responsive however long the import takes, and the import's batches never wait on the window's events.
// Progress and the outcome arrive as signals on the thread that made it.
class BackgroundMailImport : public QObject
{
    Q_OBJECT

public:
    BackgroundMailImport(Workspace &workspace, const Clock &clock, QString path, QObject *parent = nullptr);
    // Cancels, and waits for the current batch to be committed or taken back.
    ~BackgroundMailImport() override;
    BackgroundMailImport(const BackgroundMailImport &) = delete;
    BackgroundMailImport &operator=(const BackgroundMailImport &) = delete;

    void start();
    // Stops after the batch under way; finished() then says cancelled. Importing again continues there.
    void cancel() { m_cancelled = true; }
    [[nodiscard]] bool isRunning() const;

signals:
    void progress(qint64 done, qint64 total);
    void finished(const tandem::MailImportSummary &summary);
    // The path could not be read as mail, or the workspace refused the import.
    void failed(const QString &message);

private:
    void run();

    Workspace &m_workspace;
    const Clock &m_clock;
    QString m_path;
    std::atomic_bool m_cancelled = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace tandem

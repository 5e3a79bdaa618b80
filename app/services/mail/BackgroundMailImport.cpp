// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/mail/BackgroundMailImport.h"

#include "domain/Error.h"
#include "services/ConversationService.h"
#include "storage/Workspace.h"

using namespace Qt::StringLiterals;

namespace tandem {

BackgroundMailImport::BackgroundMailImport(Workspace &workspace, const Clock &clock, QString path, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock), m_path(std::move(path))
{ }

BackgroundMailImport::~BackgroundMailImport()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void BackgroundMailImport::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(u"mail import"_s);
    m_thread->start();
}

bool BackgroundMailImport::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

void BackgroundMailImport::run()
{
    {
        // Its own service: a batch counts open batches per service, and the window's keeps working.
        ConversationService conversations(m_workspace, m_clock);
        MailImportService importer(conversations);
        try {
            const MailImportSummary summary
                = importer.importPath(m_path, std::nullopt, [this](qint64 done, qint64 total) {
                      emit progress(done, total);
                      return !m_cancelled.load();
                  });
            emit finished(summary);
        } catch (const Error &error) {
            emit failed(error.message());
        }
    }
    m_workspace.closeThreadConnection();
}

} // namespace tandem

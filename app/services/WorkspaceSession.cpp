// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/WorkspaceSession.h"

#include "services/MailAccountRouter.h"
#include "services/OutboxWorker.h"
#include "services/SpoolConnector.h"
#include "storage/ChangeFeed.h"
#include "storage/Workspace.h"

namespace tandem {

WorkspaceSession::WorkspaceSession(std::unique_ptr<Workspace> workspace, const Clock &clock)
    : m_workspace(std::move(workspace)),
      m_clock(clock),
      m_accounts(*m_workspace),
      m_customers(*m_workspace),
      m_timeline(*m_workspace, clock),
      m_templates(*m_workspace, clock),
      m_escalations(*m_workspace, clock),
      m_search(*m_workspace),
      m_profiles(*m_workspace, clock),
      m_followUps(*m_workspace, clock),
      m_records(*m_workspace, clock),
      m_reviews(*m_workspace, clock),
      m_kpis(*m_workspace, clock),
      m_articles(*m_workspace, clock),
      m_audit(*m_workspace),
      m_conversations(*m_workspace, clock),
      m_messageContent(*m_workspace, clock),
      m_outbox(*m_workspace, clock),
      m_mailAccounts(*m_workspace, SecretStore::forThisProcess(), clock),
      m_presence(*m_workspace, clock),
      m_mailFetcher(*m_workspace, m_mailAccounts, m_conversations, clock),
      m_kbSite(*m_workspace, clock)
{
    connectMailAccounts();
    connect(&m_workspace->changes(), &ChangeFeed::connectionChanged, this, &WorkspaceSession::connectionChanged);
}

WorkspaceSession::~WorkspaceSession()
{
    m_mailWorker.reset();
}

void WorkspaceSession::connectMailAccounts()
{
    m_outbox.removeConnectors();
    const QList<MailAccount> accounts = m_mailAccounts.accounts();
    if (!accounts.isEmpty())
        m_outbox.addConnector(std::make_shared<MailAccountRouter>(accounts, m_mailAccounts.secrets()));
    // Added last, so that it serves every channel, e-mail too, when the environment asks for it.
    m_outbox.addConnector(SpoolConnector::fromEnvironment());
}

QString WorkspaceSession::workspaceSpec() const
{
    return m_workspace->spec();
}

bool WorkspaceSession::isReadOnly() const
{
    return m_workspace->isReadOnly();
}

QString WorkspaceSession::repairNote() const
{
    return m_workspace->repairNote();
}

void WorkspaceSession::watchForChanges()
{
    m_workspace->changes().startWatching();
}

void WorkspaceSession::sendOutboxInBackground()
{
    if (m_workspace->isReadOnly() || m_outboxWorker)
        return;
    m_outboxWorker = std::make_unique<OutboxWorker>(m_outbox);
    m_outboxWorker->start();
}

void WorkspaceSession::fetchMailInBackground()
{
    if (MailWorker *worker = mailWorker())
        worker->start();
}

MailWorker *WorkspaceSession::mailWorker(const MailWorker::Options &options)
{
    if (m_workspace->isReadOnly())
        return nullptr;
    if (!m_mailWorker)
        m_mailWorker = std::make_unique<MailWorker>(*m_workspace, m_mailAccounts.secrets(), options);
    return m_mailWorker.get();
}

std::unique_ptr<BackgroundMailImport> WorkspaceSession::mailImport(const QString &path)
{
    return std::make_unique<BackgroundMailImport>(*m_workspace, m_clock, path);
}

} // namespace tandem

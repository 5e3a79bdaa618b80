// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "services/AccountService.h"
#include "services/Actor.h"
#include "services/ArticleService.h"
#include "services/AuditService.h"
#include "services/ConversationService.h"
#include "services/CustomerProfileService.h"
#include "services/CustomerService.h"
#include "services/EscalationService.h"
#include "services/FollowUpService.h"
#include "services/KbSiteService.h"
#include "services/KpiService.h"
#include "services/MailAccountService.h"
#include "services/MessageContentService.h"
#include "services/OutboxService.h"
#include "services/PresenceService.h"
#include "services/RecordsService.h"
#include "services/ReviewService.h"
#include "services/SearchService.h"
#include "services/TemplateService.h"
#include "services/TimelineService.h"
#include "services/mail/BackgroundMailImport.h"
#include "services/mail/MailFetcher.h"
#include "services/mail/MailWorker.h"

#include <QObject>

#include <memory>

namespace tandem {

class OutboxWorker;
class Workspace;

// One open workspace with its services and the agent working in it: what a window or a command needs.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    WorkspaceSession(std::unique_ptr<Workspace> workspace, const Clock &clock);
    ~WorkspaceSession() override;
    WorkspaceSession(const WorkspaceSession &) = delete;
    WorkspaceSession &operator=(const WorkspaceSession &) = delete;

    // The file path or server URL the session works on.
    [[nodiscard]] QString workspaceSpec() const;
    // Opened only to read (asked for, or the file could not be written): every change is refused with a
    // sentence, and windows offer none.
    [[nodiscard]] bool isReadOnly() const;
    // What opening repaired in the workspace, as a sentence to show; empty when nothing.
    [[nodiscard]] QString repairNote() const;
    // Starts noticing commits made by other windows, desks and tandemctl.
    void watchForChanges();
    // Starts sending the outbox in the background (nothing in a read-only workspace).
    void sendOutboxInBackground();
    // Starts fetching the mail accounts' mail in the background, for each account whose lock no other desk or
    // service holds (nothing in a read-only workspace).
    void fetchMailInBackground();
    // The session's mail worker, made with `options` on first use and not started; nullptr in a read-only
    // workspace. It takes the mail accounts' secret store as it is then.
    MailWorker *mailWorker(const MailWorker::Options &options = {});
    // An import of an mbox file or Maildir folder into the inbox on a thread of its own, not started.
    [[nodiscard]] std::unique_ptr<BackgroundMailImport> mailImport(const QString &path);
    [[nodiscard]] const Actor &actor() const { return m_actor; }
    void setActor(const Actor &actor) { m_actor = actor; }

    AccountService &accounts() { return m_accounts; }
    CustomerService &customers() { return m_customers; }
    TimelineService &timeline() { return m_timeline; }
    TemplateService &templates() { return m_templates; }
    EscalationService &escalations() { return m_escalations; }
    SearchService &search() { return m_search; }
    CustomerProfileService &profiles() { return m_profiles; }
    FollowUpService &followUps() { return m_followUps; }
    RecordsService &records() { return m_records; }
    ReviewService &reviews() { return m_reviews; }
    KpiService &kpis() { return m_kpis; }
    ArticleService &articles() { return m_articles; }
    AuditService &audit() { return m_audit; }
    ConversationService &conversations() { return m_conversations; }
    MessageContentService &messageContent() { return m_messageContent; }
    // Served by the spool connector when TANDEM_SPOOL_CONNECTOR_DIR names a folder; otherwise replies wait
    // for their channel's connector.
    OutboxService &outbox() { return m_outbox; }
    MailAccountService &mailAccounts() { return m_mailAccounts; }
    // Sends e-mail replies through the first mail account, when there is one (again after accounts changed).
    void connectMailAccounts();
    PresenceService &presence() { return m_presence; }
    MailFetcher &mailFetcher() { return m_mailFetcher; }
    KbSiteService &kbSite() { return m_kbSite; }

signals:
    // The team server went away (false) or is back (true); drafts and open forms stay as they are.
    void connectionChanged(bool connected);

private:
    std::unique_ptr<Workspace> m_workspace;
    const Clock &m_clock;
    Actor m_actor;
    AccountService m_accounts;
    CustomerService m_customers;
    TimelineService m_timeline;
    TemplateService m_templates;
    EscalationService m_escalations;
    SearchService m_search;
    CustomerProfileService m_profiles;
    FollowUpService m_followUps;
    RecordsService m_records;
    ReviewService m_reviews;
    KpiService m_kpis;
    ArticleService m_articles;
    AuditService m_audit;
    ConversationService m_conversations;
    MessageContentService m_messageContent;
    OutboxService m_outbox;
    MailAccountService m_mailAccounts;
    std::unique_ptr<OutboxWorker> m_outboxWorker;
    PresenceService m_presence;
    MailFetcher m_mailFetcher;
    KbSiteService m_kbSite;
    // Last: its threads end before the services and the workspace they use go.
    std::unique_ptr<MailWorker> m_mailWorker;
};

} // namespace tandem

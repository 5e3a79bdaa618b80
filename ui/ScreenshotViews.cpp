// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScreenshotViews.h"

#include "LengthLimitedTextEdit.h"
#include "MainWindow.h"
#include "ModelRoles.h"
#include "TeamWorkspaceDialog.h"
#include "UiLog.h"
#include "accounts/MailAccountForm.h"
#include "accounts/MailAccountsDialog.h"
#include "accounts/SignInDialog.h"
#include "customers/CustomerEditDialog.h"
#include "customers/CustomerProfileWidget.h"
#include "customers/MergeCustomersDialog.h"
#include "domain/Error.h"
#include "domain/TextFolding.h"
#include "escalation/AnswerDialog.h"
#include "escalation/EscalationActionDialog.h"
#include "escalation/EscalationDialog.h"
#include "escalation/HandoffCard.h"
#include "escalation/SpecialistQueueWidget.h"
#include "followups/FollowUpDialog.h"
#include "followups/MyFollowUpsWidget.h"
#include "inbox/ConversationPane.h"
#include "inbox/InboxWidget.h"
#include "inbox/OutboxDialog.h"
#include "inbox/TeamQueuesDialog.h"
#include "kb/KnowledgeBaseWidget.h"
#include "review/AuditViewer.h"
#include "review/KpiDashboard.h"
#include "review/QaScorecard.h"
#include "review/RecordsBrowser.h"
#include "search/GlobalSearchWidget.h"
#include "services/AccountService.h"
#include "services/ArticleMarkdown.h"
#include "services/ArticleService.h"
#include "services/AuditService.h"
#include "services/ConversationService.h"
#include "services/EscalationService.h"
#include "services/FileSecretStore.h"
#include "services/HandoffForm.h"
#include "services/KpiService.h"
#include "services/MessageContentService.h"
#include "services/OutboxService.h"
#include "services/RecordsService.h"
#include "services/ReviewService.h"
#include "services/TimelineService.h"
#include "services/WorkspaceSession.h"
#include "templates/TemplateEditorDialog.h"
#include "templates/TemplateLibraryWidget.h"
#include "templates/TemplateListModel.h"
#include "templates/TemplatePickerDialog.h"
#include "timeline/ComposePanel.h"
#include "timeline/CorrectEntryDialog.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace tandem::ScreenshotViews {

QStringList names()
{
    return { u"main"_s, u"team-workspace"_s, u"search"_s, u"profile"_s, u"customer-edit"_s, u"merge"_s, u"follow-ups"_s,
        u"follow-up-schedule"_s, u"kpis"_s, u"records"_s, u"qa"_s, u"audit"_s, u"sign-in"_s, u"escalate"_s, u"queue"_s,
        u"technical"_s, u"shortcuts"_s, u"templates"_s, u"template-editor"_s, u"error"_s, u"picker-call"_s,
        u"corrected"_s, u"correct-entry"_s, u"escalated-by-me"_s, u"answer"_s, u"timeline-filtered"_s,
        u"escalate-related"_s, u"queue-search"_s, u"ask-rep"_s, u"handoff-trace"_s, u"inbox"_s, u"outbox"_s,
        u"inbox-queued"_s, u"inbox-presence"_s, u"inbox-escalated"_s, u"inbox-html-mail"_s, u"queue-mail-files"_s,
        u"mail-accounts"_s, u"mail-account"_s, u"team-queues"_s, u"kb"_s, u"kb-edit"_s, u"kb-archived"_s };
}

namespace {

// A support mailbox at a typical provider's servers.
MailAccount pictureMailAccount()
{
    MailAccount support;
    support.name = QCoreApplication::translate("tandem::ScreenshotViews", "Support");
    support.addresses = { u"support@example.com"_s, u"help@example.com"_s };
    support.imap = { u"imap.example.com"_s, 993, MailSecurity::ImplicitTls };
    support.smtp = { u"smtp.example.com"_s, 587, MailSecurity::StartTls };
    support.login = u"support@example.com"_s;
    return support;
}

bool mayChangeForPicture(WorkspaceSession &session)
{
    return session.accounts().isDemoWorkspace() && !session.isReadOnly();
}

// The first question support asked the agent. A demo desk without one gets one: the specialist working
// on one of the agent's escalations asks it, so the picture shows what a rep sees.
std::optional<HandoffDetails> questionWaitingOn(WorkspaceSession &session)
{
    EscalationService &escalations = session.escalations();
    const auto firstWaiting = [&]() -> std::optional<HandoffDetails> {
        const EscalationPage returned = escalations.queue(
            session.actor(), { EscalationQueue::ReturnedToMe, std::nullopt, std::nullopt }, std::nullopt, 50);
        for (const EscalationListItem &item : returned.items) {
            if (item.escalation.state == EscalationState::NeedsInfoFromRep)
                return escalations.handoff(session.actor(), item.escalation.id);
        }
        return std::nullopt;
    };
    if (std::optional<HandoffDetails> waiting = firstWaiting(); waiting || !mayChangeForPicture(session))
        return waiting;
    const EscalationPage mine = escalations.queue(
        session.actor(), { EscalationQueue::EscalatedByMe, std::nullopt, std::nullopt }, std::nullopt, 50);
    for (const EscalationListItem &item : mine.items) {
        const Escalation &escalation = item.escalation;
        if (escalation.state != EscalationState::InProgress || !escalation.assignedTo)
            continue;
        const Actor specialist { *escalation.assignedTo, item.assigneeName, Role::SupportSpecialist };
        escalations.transition(specialist, escalation.id, EscalationAction::AskRep,
            QCoreApplication::translate("tandem::ScreenshotViews",
                "Which app version does the customer run, and could you attach the log from their hub?"),
            escalation.version);
        return firstWaiting();
    }
    return std::nullopt;
}

// The inbox on the conversation that waited longest, escalated from it and handed back by the specialist: the
// escalation's line above the thread, the hand-back as an internal note in it. A conversation with no
// escalation gets one on demo data; any other workspace is shown as it is.
void showEscalatedConversation(MainWindow &window)
{
    WorkspaceSession &session = window.session();
    window.showInbox();
    InboxWidget *inbox = window.inbox();
    inbox->showFolder(InboxFolder::of(InboxFolderKind::AllOpen));
    const Id conversationId = inbox->conversation()->conversationId();
    EscalationService &escalations = session.escalations();
    try {
        if (conversationId == 0 || !mayChangeForPicture(session)
            || !escalations.escalationsOfConversation(conversationId).isEmpty())
            return;
        const std::optional<ConversationRow> row
            = session.conversations().conversation(session.actor(), conversationId);
        const QList<Agent> agents = session.accounts().agents();
        const auto specialist = std::ranges::find(agents, Role::SupportSpecialist, &Agent::role);
        if (!row || specialist == agents.end())
            return;
        const auto text
            = [](const char *source) { return QCoreApplication::translate("tandem::ScreenshotViews", source); };
        HandoffForm form;
        form.customerId = row->conversation.customerId;
        form.conversationId = conversationId;
        form.summary = row->conversation.subject;
        form.category = EscalationCategory::Bug;
        form.severity = Severity::S2;
        form.stepsToReproduce = text("Pair the hub with the app, then restart the hub.");
        form.expected = text("The hub comes back online.");
        form.actual = text("The hub stays offline until it is paired again.");
        form.alreadyTried = text("Restarted the router and the hub.");
        const Id id = escalations.escalate(session.actor(), form);
        const std::optional<EscalationListItem> made = escalations.escalation(id);
        if (!made)
            return;
        int version = made->escalation.version;
        const Actor support = Actor::from(*specialist);
        for (const auto &[action, note] :
            { std::pair { EscalationAction::Claim, QString() }, std::pair { EscalationAction::Start, QString() },
                std::pair { EscalationAction::Resolve, text("Firmware 2.4 keeps the pairing across restarts.") },
                std::pair { EscalationAction::HandBack,
                    text("Ask the customer to update the hub to firmware 2.4 in the app; it stays paired then.") } })
            version = escalations.transition(support, id, action, note, version).version;
        inbox->conversation()->reload();
    } catch (const Error &error) {
        qCInfo(lcUi) << "screenshot shows the inbox as it is:" << error.message();
    }
}

// The main window with the open customer's newest entry corrected from what it was into a complaint (the
// old card greyed beneath its correction, which is selected), and a complaint being written in the compose
// panel. A workspace whose newest entry is a correction already is shown as it is, and so is any
// workspace that is not demo data: a screenshot never changes a team's records.
void showCorrectedEntry(MainWindow &window)
{
    WorkspaceSession &session = window.session();
    TimelineModel &timeline = *window.timelineModel();
    try {
        const std::optional<Interaction> newest
            = timeline.rowCount() > 0 ? session.timeline().interaction(timeline.interactionIdAt(0)) : std::nullopt;
        const QList<std::pair<Id, QString>> causes = session.timeline().complaintCauses();
        if (newest && !newest->correctsId && !causes.isEmpty() && mayChangeForPicture(session)) {
            Interaction corrected = *newest;
            corrected.kind = InteractionKind::Complaint;
            corrected.complaintCauseId = causes.front().first;
            corrected.subject = u"Charged twice for the March invoice"_s;
            session.timeline().correctInteraction(session.actor(), newest->id, corrected);
            timeline.refresh();
        }
    } catch (const Error &error) {
        qCInfo(lcUi) << "screenshot shows the timeline as it is:" << error.message();
    }
    if (timeline.rowCount() > 0)
        window.timelineView()->selectInteraction(timeline.interactionIdAt(0));
    ComposePanel *compose = window.composePanel();
    compose->setEntryType(ComposePanel::EntryType::Complaint);
    compose->subjectEdit()->setText(u"Delivery two weeks late"_s);
    compose->bodyEdit()->setPlainText(u"Customer called: the order promised for the 3rd arrived on the 17th."_s);
    // The complaint's fields make the panel taller; let the splitter give it the room before the picture.
    QCoreApplication::processEvents();
}

// The first escalation in the support queue, or in what support finished, that `wanted` accepts.
std::optional<HandoffDetails> firstEscalation(
    WorkspaceSession &session, const std::function<bool(const HandoffDetails &)> &wanted)
{
    try {
        for (const EscalationQueue queue : { EscalationQueue::Support, EscalationQueue::Resolved }) {
            const EscalationPage page = session.escalations().queue(
                session.actor(), { queue, std::nullopt, std::nullopt }, std::nullopt, 200);
            for (const EscalationListItem &item : page.items) {
                std::optional<HandoffDetails> details
                    = session.escalations().handoff(session.actor(), item.escalation.id);
                if (details && wanted(*details))
                    return details;
            }
        }
    } catch (const Error &error) {
        // Not a support desk (or the workspace did not answer): there is nothing to show.
        qCInfo(lcUi) << "screenshot finds no hand-off to show:" << error.message();
    }
    return std::nullopt;
}

// A mail server that refuses every address, for the picture of a failed send.
class RefusingConnector : public ChannelConnector
{
public:
    [[nodiscard]] QList<Channel> channels() const override { return { Channel::Email }; }
    [[nodiscard]] DeliveryResult deliver(const OutgoingMessage &) override
    {
        return DeliveryResult::permanentFailure(QCoreApplication::translate(
            "tandem::ScreenshotViews", "The mail server refused the address: mailbox unavailable (550 5.1.1)."));
    }
};

// A sender that died while the SMTP server may have taken the message, for the picture of a reply that may
// have been sent.
class CutOffConnector : public ChannelConnector
{
public:
    [[nodiscard]] QList<Channel> channels() const override { return { Channel::Email }; }
    [[nodiscard]] DeliveryResult deliver(const OutgoingMessage &) override { return DeliveryResult::mayHaveBeenSent(); }
};

// A customer's HTML mail as mail programs send them (a logo from the web, a tracking pixel, a link whose text
// names another address than it goes to), with a log, an installer, an archive and a file too large to keep.
ChannelMessage htmlMailWithFiles(Millis receivedAt)
{
    ChannelMessage message;
    message.fromAddress = u"marta.lindqvist@customers.example"_s;
    message.fromName = u"Marta Lindqvist"_s;
    message.subject = u"Label printer stops every morning"_s;
    message.body = u"Hello support,\n\nour label printer stops every morning at 10:00 with a paper jam in tray 2."
                   "\n\nMarta"_s;
    message.html = u"<html><head><style>p { background: url(https://cdn.example/bg.png) }</style></head><body>"
                   "<img src=\"https://cdn.printers-shop.example/logo.png\" alt=\"Printers Shop\">"
                   "<p>Hello support,</p><p>our label printer <b>stops every morning at 10:00</b> with a "
                   "<span style=\"color:#c0392b\">paper jam in tray 2</span>. What we tried:</p>"
                   "<ul><li>new labels</li><li>cleaning the rollers</li><li>the latest firmware</li></ul>"
                   "<table border=\"1\" cellpadding=\"4\"><tr><th>Day</th><th>Time</th><th>Error</th></tr>"
                   "<tr><td>Monday</td><td>10:00</td><td>E-204</td></tr>"
                   "<tr><td>Tuesday</td><td>10:02</td><td>E-204</td></tr></table>"
                   "<p>The printer status page: <a href=\"https://status.evil.example/login\">"
                   "https://status.printers-shop.example/</a></p>"
                   "<p>Marta</p><img src=\"https://mail-tracker.example/open.gif?id=7\" width=\"1\" height=\"1\">"
                   "<script>alert('hi')</script></body></html>"_s;
    message.externalId = u"<html-mail-screenshot@customers.example>"_s;
    message.receivedAt = receivedAt;
    const auto file = [](const QString &name, const QString &type, const QByteArray &bytes) {
        ChannelAttachment attachment;
        attachment.fileName = name;
        attachment.mimeType = type;
        attachment.bytes = bytes;
        attachment.size = bytes.size();
        return attachment;
    };
    message.attachments = {
        file(u"spooler.log"_s, u"text/plain"_s,
            "2026-12-02 10:00:01 INFO spooler: started\n2026-12-02 10:00:05 ERROR spooler: paper jam in tray 2 "
            "(E-204)\n"),
        file(u"PrinterFix.exe"_s, u"application/octet-stream"_s, QByteArray(48 * 1024, 'M')),
        file(u"more-logs.zip"_s, u"application/zip"_s, QByteArray(210 * 1024, 'P')),
    };
    ChannelAttachment video = file(u"jam-video.mp4"_s, u"video/mp4"_s, {});
    video.size = qint64(80) * 1024 * 1024;
    AttachmentRules::admit(video, AttachmentRules::defaultMaxBytes);
    message.attachments.append(video);
    return message;
}

// Replies to the longest-waiting open e-mail conversations: the first may have been sent (its sender was cut
// off), the second is refused by the mail server, the third waits for the e-mail connection.
ReplyDraft patientReply()
{
    ReplyDraft draft;
    draft.body = QCoreApplication::translate(
        "tandem::ScreenshotViews", "Thank you for your patience; the replacement part ships today.");
    return draft;
}

void showFailedSend(WorkspaceSession &session)
{
    const Actor &actor = session.actor();
    ConversationService &conversations = session.conversations();
    const ConversationPage page
        = conversations.page(actor, InboxFolder::of(InboxFolderKind::AllOpen), std::nullopt, 20);
    int replies = 0;
    for (const ConversationRow &row : page.rows) {
        if (row.conversation.channel != Channel::Email || replies == 3)
            continue;
        conversations.reply(actor, row.conversation.id, patientReply());
        ++replies;
        if (replies < 3) {
            if (replies == 1)
                session.outbox().addConnector(std::make_shared<CutOffConnector>());
            else
                session.outbox().addConnector(std::make_shared<RefusingConnector>());
            session.outbox().sendDue(1);
            session.outbox().removeConnectors();
        }
    }
}

// The knowledge base on the starter article about an offline hub, with a change a rep suggested for it
// waiting (made on demo data when there is none yet), so a writer sees the link to it and a rep their draft.
// The knowledge base's archived articles, one chosen: a lead's Archive button reads Restore.
void showArchivedArticles(MainWindow &window)
{
    WorkspaceSession &session = window.session();
    ArticleService &articles = session.articles();
    try {
        const QList<ArticleHit> found = articles.search(session.actor(), u"refund"_s);
        if (!found.isEmpty() && mayChangeForPicture(session))
            articles.archive(session.actor(), found.front().article.id);
        window.showKnowledgeBase();
        window.knowledgeBase()->showArchived();
    } catch (const Error &error) {
        qCInfo(lcUi) << "screenshot shows the knowledge base as it is:" << error.message();
    }
}

void showKnowledgeBase(MainWindow &window)
{
    WorkspaceSession &session = window.session();
    ArticleService &articles = session.articles();
    try {
        const QList<ArticleHit> found = articles.search(session.actor(), u"hub offline"_s);
        if (found.isEmpty()) {
            window.showKnowledgeBase();
            return;
        }
        const Article &article = found.front().article;
        const Actor rep = session.accounts().signInWithoutPassword(u"rep"_s);
        if (mayChangeForPicture(session) && rep.agentId != 0 && articles.suggestedEdits(rep, article.id).isEmpty()) {
            Article change = article;
            change.body += QCoreApplication::translate("tandem::ScreenshotViews",
                "\n\n## If the hub stays offline\n\nUpdate the hub to firmware 2.4 in the app: it keeps its "
                "pairing across restarts then.\n");
            articles.suggestEdit(rep, article.id, change);
        }
        window.showKnowledgeBase();
        window.knowledgeBase()->openArticle(article.id);
    } catch (const Error &error) {
        qCInfo(lcUi) << "screenshot shows the knowledge base as it is:" << error.message();
    }
}

// A writer's draft made from the newest resolved escalation ("Turn into article"), open in the editor with
// its check warning; a rep gets the editor of a change they suggest to the starter article instead.
void showArticleEditor(MainWindow &window)
{
    WorkspaceSession &session = window.session();
    const Actor &actor = session.actor();
    try {
        if (!ArticleService::canWrite(actor)) {
            showKnowledgeBase(window);
            window.knowledgeBase()->editSelected();
            return;
        }
        const EscalationPage resolved = session.escalations().queue(
            actor, { EscalationQueue::Resolved, std::nullopt, std::nullopt }, std::nullopt, 20);
        for (const EscalationListItem &item : resolved.items) {
            if (ArticleService::turnIntoArticleRefusal(actor, item.escalation) || !mayChangeForPicture(session))
                continue;
            window.showKnowledgeBase(session.articles().turnIntoArticle(actor, item.escalation.id));
            return;
        }
        window.showKnowledgeBase();
    } catch (const Error &error) {
        qCInfo(lcUi) << "screenshot shows the knowledge base as it is:" << error.message();
    }
}

// Replies that carried articles, so a lead's article list and the KPI have something to show: a few open
// conversations answered with the text of the article suggested for them, most of them closed. Once.
void showArticleUse(WorkspaceSession &session)
{
    const Actor &actor = session.actor();
    ArticleService &articles = session.articles();
    ConversationService &conversations = session.conversations();
    if (!articles.topArticles(actor, 0, session.kpis().now() + 1).isEmpty())
        return;
    const ConversationPage page
        = conversations.page(actor, InboxFolder::of(InboxFolderKind::AllOpen), std::nullopt, 30);
    int answered = 0;
    for (const ConversationRow &row : page.rows) {
        if (answered == 6)
            break;
        const std::optional<ConversationThread> thread = conversations.thread(actor, row.conversation.id);
        QString message;
        for (const ThreadMessage &entry : thread ? thread->messages : QList<ThreadMessage>()) {
            if (entry.interaction.direction == Direction::Inbound)
                message = entry.interaction.subject + u'\n' + entry.interaction.body;
        }
        const QList<ArticleHit> hits = articles.suggestFor(actor, message, {}, 1);
        if (hits.isEmpty())
            continue;
        const Article &article = hits.constFirst().article;
        ReplyDraft reply;
        reply.body = article.title + u"\n\n"_s + ArticleMarkdown::toPlainText(article.body);
        reply.articles = { { article.id, ArticleInsertion::Text } };
        reply.statusAfter = answered % 3 == 2 ? ConversationStatus::PendingCustomer : ConversationStatus::Closed;
        conversations.reply(actor, row.conversation.id, reply);
        ++answered;
    }
}

} // namespace

std::unique_ptr<QWidget> create(const QString &name, MainWindow &window)
{
    if (name == u"team-workspace"_s) {
        auto dialog = std::make_unique<TeamWorkspaceDialog>(&window);
        dialog->setAddress(u"postgresql://sam@support-db.example.com/tandem?sslmode=require"_s);
        return dialog;
    }
    if (name == u"shortcuts"_s)
        return window.createShortcutsDialog();
    if (name == u"error"_s) {
        // The main window with an error at its top, as when the team server stops answering.
        window.showError(QCoreApplication::translate("tandem::ScreenshotViews",
            "The customer list could not be read: the team server did not answer. What was loaded stays on screen."));
        return nullptr;
    }
    WorkspaceSession &session = window.session();
    if (name == u"kb"_s) {
        showKnowledgeBase(window);
        return nullptr;
    }
    if (name == u"kb-archived"_s) {
        showArchivedArticles(window);
        return nullptr;
    }
    if (name == u"kb-edit"_s) {
        showArticleEditor(window);
        return nullptr;
    }
    if (name == u"corrected"_s) {
        showCorrectedEntry(window);
        return nullptr;
    }
    if (name == u"correct-entry"_s && window.timelineModel()->rowCount() > 0) {
        if (const std::optional<Interaction> newest
            = session.timeline().interaction(window.timelineModel()->interactionIdAt(0)))
            return std::make_unique<CorrectEntryDialog>(session.timeline(), session.actor(), *newest, &window);
    }
    if (name == u"technical"_s) {
        // The main window on a customer's pasted stack trace, highlighted.
        const SearchPage hits = session.search().search(u"Exception"_s, SearchOrder::Newest);
        if (!hits.hits.isEmpty())
            window.openInteraction(hits.hits.front().customerId, hits.hits.front().interactionId);
        return nullptr;
    }
    if (name == u"escalate"_s) {
        const Id customer = window.timelineModel()->customerId();
        QList<Id> selected;
        if (window.timelineModel()->rowCount() > 0)
            selected.append(window.timelineModel()->interactionIdAt(0));
        auto dialog = std::make_unique<EscalationDialog>(session.escalations(), session.customers(), session.timeline(),
            session.actor(), customer, selected, &window);
        dialog->resize(900, 760);
        return dialog;
    }
    if (name == u"escalate-related"_s) {
        // The hand-off form for the customer of the most urgent escalation support is still working on, with
        // that customer's newest entry selected: the form warns and offers to add to it instead. Only read.
        const EscalationPage open = session.escalations().queue(
            session.actor(), { EscalationQueue::Support, std::nullopt, std::nullopt }, std::nullopt, 50);
        for (const EscalationListItem &item : open.items) {
            if (!EscalationStateMachine::isUnresolved(item.escalation.state))
                continue;
            const Id customer = item.escalation.customerId;
            QList<Id> selected;
            for (const Interaction &interaction : session.timeline().page(customer, std::nullopt, 1).interactions)
                selected.append(interaction.id);
            auto dialog = std::make_unique<EscalationDialog>(session.escalations(), session.customers(),
                session.timeline(), session.actor(), customer, selected, &window);
            dialog->resize(900, 760);
            return dialog;
        }
        return nullptr;
    }
    if (name == u"queue"_s) {
        auto queue = std::make_unique<SpecialistQueueWidget>(session.escalations(), session.actor());
        queue->resize(1200, 720);
        return queue;
    }
    if (name == u"queue-mail-files"_s) {
        // An escalation made from a customer's mail, with the mail's log and installer attached: both listed
        // on the hand-off, the installer marked, the log readable in the viewer.
        auto queue = std::make_unique<SpecialistQueueWidget>(session.escalations(), session.actor());
        queue->card()->setMessageContentService(&session.messageContent());
        queue->resize(1200, 760);
        if (!mayChangeForPicture(session))
            return queue;
        try {
            const InboundReceipt receipt
                = session.conversations().recordInbound(htmlMailWithFiles(session.conversations().now() - 86'400'000));
            HandoffForm form;
            form.customerId = receipt.customerId;
            form.interactionIds = { receipt.interactionId };
            form.conversationId = receipt.conversationId;
            form.summary = QCoreApplication::translate("tandem::ScreenshotViews", "Label printer jams every morning");
            form.category = EscalationCategory::Bug;
            form.severity = Severity::S2;
            form.actual = QCoreApplication::translate(
                "tandem::ScreenshotViews", "Paper jam in tray 2 at 10:00 every day, error E-204.");
            form.stepsToReproduce = QCoreApplication::translate(
                "tandem::ScreenshotViews", "Print labels from tray 2 in the morning; the jam comes at about 10:00.");
            form.expected
                = QCoreApplication::translate("tandem::ScreenshotViews", "Labels print all day without a jam.");
            form.alreadyTried = QCoreApplication::translate(
                "tandem::ScreenshotViews", "New labels, cleaned rollers, the latest firmware.");
            const Id escalationId = session.escalations().escalate(session.actor(), form);
            for (const MessageAttachment &file :
                session.messageContent().attachments({ receipt.interactionId }).value(receipt.interactionId)) {
                if (file.isStored())
                    session.messageContent().attachToEscalation(session.actor(), file.id, escalationId);
            }
            queue->openOwnEscalation(escalationId);
        } catch (const Error &error) {
            qCInfo(lcUi) << "screenshot shows the queue as it is:" << error.message();
        }
        return queue;
    }
    if (name == u"queue-search"_s) {
        // The support queue searched for a customer's name typed as it comes, without its accents.
        auto queue = std::make_unique<SpecialistQueueWidget>(session.escalations(), session.actor());
        QString typed = u"muller"_s;
        const QAbstractItemModel *rows = queue->view()->model();
        for (int row = 0; row < rows->rowCount(); ++row) {
            const QString customer = rows->index(row, 0).data(EscalationRoles::CustomerName).toString();
            if (foldText(customer) != customer.toLower()) {
                typed = foldText(customer.section(u' ', -1));
                break;
            }
        }
        queue->searchEdit()->setText(typed);
        queue->resize(1200, 720);
        return queue;
    }
    if (name == u"ask-rep"_s) {
        // Asking the rep again, on an escalation where support asked before and the rep answered.
        const auto beingWorkedOn = [](const HandoffDetails &candidate) {
            return candidate.item.escalation.state == EscalationState::InProgress;
        };
        std::optional<HandoffDetails> details = firstEscalation(session, [&](const HandoffDetails &candidate) {
            return beingWorkedOn(candidate)
                && std::any_of(candidate.events.cbegin(), candidate.events.cend(),
                    [](const EscalationEvent &event) { return event.action == EscalationAction::Answer; });
        });
        if (!details)
            details = firstEscalation(session, beingWorkedOn);
        if (details) {
            auto dialog = std::make_unique<EscalationActionDialog>(session.escalations(), session.actor(),
                EscalationAction::AskRep, *details, TransitionOptions {}, &window);
            dialog->noteEdit()->setPlainText(u"Which firmware does the hub report under Settings → About?"_s);
            return dialog;
        }
        return nullptr;
    }
    if (name == u"handoff-trace"_s) {
        // A hand-off whose picked timeline entry is a stack trace.
        const std::optional<HandoffDetails> details = firstEscalation(session, [](const HandoffDetails &candidate) {
            return std::any_of(candidate.linkedInteractions.cbegin(), candidate.linkedInteractions.cend(),
                [](const Interaction &interaction) { return interaction.bodyFormat == BodyFormat::StackTrace; });
        });
        if (!details)
            return nullptr;
        auto card = std::make_unique<HandoffCard>(session.escalations(), session.actor());
        card->resize(760, 900);
        card->showEscalation(details->item.escalation.id);
        return card;
    }
    if (name == u"escalated-by-me"_s) {
        // The agent's own escalations at the size the queue window opens with: what waits on them first.
        auto queue = std::make_unique<SpecialistQueueWidget>(session.escalations(), session.actor());
        queue->setQueue(EscalationQueue::EscalatedByMe);
        queue->resize(1100, 700);
        return queue;
    }
    if (name == u"answer"_s) {
        // The answer to the first question support asked the agent (none: the main window).
        try {
            if (const std::optional<HandoffDetails> details = questionWaitingOn(session))
                return std::make_unique<AnswerDialog>(session.escalations(), session.actor(), *details, &window);
        } catch (const Error &error) {
            qCInfo(lcUi) << "screenshot shows the main window:" << error.message();
        }
        return nullptr;
    }
    if (name == u"inbox"_s) {
        // The shared inbox on every open conversation, the longest waiting first and selected.
        window.showInbox();
        window.inbox()->showFolder(InboxFolder::of(InboxFolderKind::AllOpen));
        return nullptr;
    }
    if (name == u"outbox"_s) {
        // The outbox with a reply that may have been sent (selected, with its choices), one the mail server
        // refused, and one waiting for the e-mail connection.
        try {
            if (mayChangeForPicture(session))
                showFailedSend(session);
        } catch (const Error &error) {
            qCInfo(lcUi) << "screenshot shows the outbox as it is:" << error.message();
        }
        return window.createOutboxDialog();
    }
    if (name == u"mail-accounts"_s) {
        // A lead's mail accounts with the support mailbox just added; its password goes to a throwaway file
        // (a picture has no keyring).
        if (mayChangeForPicture(session) && session.mailAccounts().accounts().isEmpty()) {
            static QTemporaryDir secrets;
            session.mailAccounts().useSecretStore(std::make_shared<FileSecretStore>(secrets.filePath(u"secrets"_s)));
        }
        auto dialog = std::make_unique<MailAccountsDialog>(
            session.mailAccounts(), session.conversations(), session.actor(), &window);
        if (mayChangeForPicture(session) && session.mailAccounts().accounts().isEmpty()) {
            dialog->addAccount(pictureMailAccount(), u"picture"_s);
        }
        dialog->resize(760, 360);
        return dialog;
    }
    if (name == u"team-queues"_s) {
        // A lead's team queues, the first one sending a CSAT survey when its mail conversations close.
        auto dialog = std::make_unique<TeamQueuesDialog>(session.conversations(), session.actor(), &window);
        const QList<TeamQueue> queues = session.conversations().queues();
        if (mayChangeForPicture(session) && !queues.isEmpty() && dialog->surveyChoice(queues.constFirst().id))
            dialog->surveyChoice(queues.constFirst().id)->setCurrentIndex(1);
        return dialog;
    }
    if (name == u"mail-account"_s) {
        // The form a lead fills in for a support mailbox, with the servers of a typical provider.
        auto form = std::make_unique<MailAccountForm>(session.conversations().queues(), &window);
        form->setAccount(pictureMailAccount());
        return form;
    }
    if (name == u"inbox-queued"_s) {
        // The longest waiting conversation just answered while no connector serves its channel: the thread
        // says of the reply what the outbox says.
        window.showInbox();
        window.inbox()->showFolder(InboxFolder::of(InboxFolderKind::AllOpen));
        ConversationPane *pane = window.inbox()->conversation();
        if (!mayChangeForPicture(session) || pane->conversationId() == 0)
            return nullptr;
        try {
            session.conversations().reply(session.actor(), pane->conversationId(), patientReply());
        } catch (const Error &error) {
            qCInfo(lcUi) << "screenshot shows the conversation as it is:" << error.message();
        }
        pane->reload();
        return nullptr;
    }
    if (name == u"inbox-html-mail"_s) {
        // A customer's HTML mail in the thread: formatted, nothing loaded, the lying link's real target shown,
        // and its files listed with the risky ones marked.
        window.showInbox();
        std::optional<Id> conversationId;
        if (mayChangeForPicture(session)) {
            try {
                // Older than anything waiting, so it is the conversation the inbox opens on.
                conversationId = session.conversations()
                                     .recordInbound(htmlMailWithFiles(session.conversations().now() - 3LL * 86'400'000))
                                     .conversationId;
            } catch (const Error &error) {
                qCInfo(lcUi) << "screenshot shows the inbox as it is:" << error.message();
            }
        }
        window.inbox()->showFolder(InboxFolder::of(InboxFolderKind::AllOpen));
        if (conversationId && window.inbox()->conversation()->conversationId() != *conversationId)
            window.inbox()->conversation()->setConversation(*conversationId);
        return nullptr;
    }
    if (name == u"inbox-presence"_s) {
        // The longest waiting conversation while two colleagues have it open, one of them typing a reply.
        window.showInbox();
        window.inbox()->showFolder(InboxFolder::of(InboxFolderKind::AllOpen));
        ConversationPane *pane = window.inbox()->conversation();
        if (!mayChangeForPicture(session) || pane->conversationId() == 0)
            return nullptr;
        QList<Agent> colleagues = session.accounts().agents();
        colleagues.removeIf([&](const Agent &agent) { return !agent.active || agent.id == session.actor().agentId; });
        for (qsizetype i = 0; i < std::min<qsizetype>(colleagues.size(), 2); ++i) {
            const Actor colleague = Actor::from(colleagues.at(i));
            session.presence().open(colleague, pane->conversationId());
            if (i == 0)
                session.presence().typing(colleague, pane->conversationId(), true);
        }
        pane->refreshPresence();
        return nullptr;
    }
    if (name == u"inbox-escalated"_s) {
        showEscalatedConversation(window);
        return nullptr;
    }
    if (name == u"timeline-filtered"_s) {
        // The timeline narrowed to e-mail, with how many events that leaves.
        window.timelineView()->channelFilter()->menu()->actions().constFirst()->setChecked(true);
        return nullptr;
    }
    if (name == u"templates"_s) {
        auto library
            = std::make_unique<TemplateLibraryWidget>(session.templates(), session.customers(), session.actor());
        library->resize(1100, 640);
        library->list()->setCurrentIndex(library->model()->index(0, 0));
        return library;
    }
    if (name == u"picker-call"_s) {
        // The picker during a call, searching for a template that is only written for other channels.
        auto picker = std::make_unique<TemplatePickerDialog>(
            session.templates(), session.actor(), window.timelineModel()->customerId(), &window);
        picker->setChannel(Channel::Phone);
        picker->setFilterText(u"refund"_s);
        return picker;
    }
    if (name == u"template-editor"_s) {
        // A referral request, previewed for the open customer.
        std::optional<ReplyTemplate> shown;
        for (const ReplyTemplate &replyTemplate : session.templates().templates(session.actor())) {
            if (replyTemplate.referralRequest && !shown)
                shown = replyTemplate;
        }
        auto editor = std::make_unique<TemplateEditorDialog>(
            session.templates(), session.customers(), session.actor(), shown, &window);
        if (window.timelineModel()->customerId())
            editor->setPreviewCustomer(window.timelineModel()->customerId());
        editor->resize(1100, 700);
        return editor;
    }
    if (name == u"kpis"_s) {
        try {
            if (mayChangeForPicture(session) && ArticleService::canWrite(session.actor()))
                showArticleUse(session);
        } catch (const Error &error) {
            qCInfo(lcUi) << "screenshot shows the articles' use as it is:" << error.message();
        }
        auto dashboard = std::make_unique<KpiDashboard>(session.kpis(), session.actor());
        dashboard->setArticleService(&session.articles());
        dashboard->setMinimumSize(1180, 760);
        return dashboard;
    }
    if (name == u"records"_s) {
        auto browser = std::make_unique<RecordsBrowser>(session.records(), session.reviews(), session.actor());
        browser->setMinimumSize(1180, 720);
        browser->selectRow(0);
        return browser;
    }
    if (name == u"qa"_s) {
        // A lead scoring a complaint beside its text, halfway through the scorecard.
        auto browser = std::make_unique<RecordsBrowser>(session.records(), session.reviews(), session.actor());
        browser->setMinimumSize(1180, 720);
        RecordsFilter complaints;
        complaints.kinds = { InteractionKind::Complaint };
        browser->setFilter(complaints);
        browser->selectRow(0);
        if (browser->scoreSelected()) {
            browser->scorecard()->setScore(QaCriterion::Listen, 4);
            browser->scorecard()->setScore(QaCriterion::Empathize, 5);
            browser->scorecard()->setScore(QaCriterion::Apologize, 3);
        }
        return browser;
    }
    if (name == u"audit"_s) {
        auto viewer = std::make_unique<AuditViewer>(session.audit(), session.actor());
        viewer->setMinimumSize(980, 640);
        viewer->verify();
        viewer->selectRow(0);
        return viewer;
    }
    if (name == u"sign-in"_s) {
        auto dialog = std::make_unique<SignInDialog>(session.accounts(), session.workspaceSpec(), &window);
        if (dialog->demoAccounts() && dialog->demoAccounts()->topLevelItemCount() > 0)
            dialog->demoAccounts()->setCurrentItem(dialog->demoAccounts()->topLevelItem(0));
        return dialog;
    }
    if (name == u"search"_s) {
        auto search = std::make_unique<GlobalSearchWidget>(session.search());
        search->setMinimumSize(760, 560);
        search->setQuery(u"refund"_s);
        return search;
    }
    const std::optional<Customer> first = session.customers().customer(1);
    if (name == u"profile"_s) {
        auto profile
            = std::make_unique<CustomerProfileWidget>(session.customers(), session.profiles(), session.actor());
        profile->setMinimumSize(760, 420);
        profile->setCustomer(1);
        return profile;
    }
    if (name == u"customer-edit"_s && first) {
        return std::make_unique<CustomerEditDialog>(session.profiles(), session.actor(), *first, &window);
    }
    if (name == u"merge"_s && first) {
        auto dialog = std::make_unique<MergeCustomersDialog>(
            session.customers(), session.profiles(), session.actor(), 1, &window);
        dialog->setSearchText(first->lastName);
        const CustomerPage candidates = session.customers().search(first->lastName, std::nullopt, 5);
        for (const Customer &candidate : candidates.customers) {
            if (candidate.id != first->id && dialog->selectDuplicate(candidate.id))
                break;
        }
        return dialog;
    }
    if (name == u"follow-ups"_s) {
        auto list = std::make_unique<MyFollowUpsWidget>(session.followUps(), session.actor());
        list->setMinimumSize(560, 420);
        return list;
    }
    if (name == u"follow-up-schedule"_s && first) {
        auto dialog = std::make_unique<FollowUpDialog>(
            session.followUps(), session.actor(), first->id, first->displayName(), &window);
        dialog->setNote(u"Check that the replacement charger arrived and works."_s);
        return dialog;
    }
    return nullptr;
}

} // namespace tandem::ScreenshotViews

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/ConversationSeen.h"
#include "domain/EscalationRecords.h"
#include "domain/Records.h"
#include "services/Actor.h"

#include <QSet>
#include <QUrl>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace tandem {

class ArticleService;
class ArticleSuggestions;
class ConversationService;
class DraftStore;
class EscalationService;
class MessageBanner;
class MessageContentService;
struct MessageAttachment;
class OutboxService;
class PresenceService;
class ReplyCollision;
class TemplateService;

// One conversation: who and what it is about, its messages oldest first (replies with the state of their
// way out), and the reply box. What the agent types is kept as a draft on this computer as they type, so a
// crash or switching to another conversation loses nothing. Replies can start from a reply template, and the
// conversation can be escalated to support; its escalations show how they stand as they change.
//
// So a customer never gets two answers: colleagues who have the conversation open, or type a reply in it,
// show in a live line above the reply box; a conversation assigned to someone else says so and asks before
// a reply; and a reply made while a colleague answered or the customer wrote again asks first (review the
// new messages, or send anyway).
class ConversationPane : public QWidget
{
    Q_OBJECT

public:
    ConversationPane(ConversationService &service, const DraftStore &drafts, QString workspace, Actor actor,
        QWidget *parent = nullptr);

    // Where this desk says which conversation it has open and learns of colleagues; none: no presence.
    void setPresence(PresenceService *presence);
    // 0: none.
    void setConversation(Id conversationId);
    [[nodiscard]] Id conversationId() const { return m_conversationId; }
    // Reads the conversation again (another desk changed it), keeping what is typed.
    void reload();
    void focusReply();
    // Sends what is typed; the conversation then waits on the customer, or is closed.
    bool send(bool andClose);
    // Reads who else is on the conversation again.
    void refreshPresence();
    // Offers reply templates (Ctrl+.), filled in for the conversation's customer and the agent; a reply
    // written from one counts as the template's use, and as a referral request when it is one.
    void setTemplateService(TemplateService *templates);
    // Nothing can be sent, escalated or written from a template (the services refuse it too).
    void setReadOnly(bool readOnly);
    // Opens the template picker; false when nothing was inserted.
    bool pickTemplate();
    // Says of replies waiting for a channel no connector serves what the outbox list says; none: "Queued".
    void setOutboxService(const OutboxService *outbox);
    // Shows how the conversation's escalations stand, live, and offers to escalate it.
    void setEscalationService(EscalationService *escalations);
    // Asks for the conversation to be escalated (escalateRequested); false without a conversation.
    bool requestEscalation();
    // Shows customers' HTML mail formatted (sanitised, nothing loaded) and lists the files messages carried;
    // none: messages show as plain text without their files.
    void setMessageContentService(MessageContentService *content);
    // Suggests knowledge-base articles for the customer's latest message; their link or text goes into the
    // reply with a key, and the articles a reply carried are counted when it is sent. None: no suggestions.
    void setArticleService(ArticleService *articles);

    [[nodiscard]] QPlainTextEdit *replyEdit() const { return m_reply; }
    [[nodiscard]] QTextBrowser *thread() const { return m_thread; }
    [[nodiscard]] QLabel *header() const { return m_header; }
    // The link a failed reply's "Retry" in the thread carries.
    [[nodiscard]] static QUrl retryLink(Id outboxId);
    // The links of a reply that may have been sent: send it again (`sendAgain`) or mark it sent.
    [[nodiscard]] static QUrl decisionLink(Id outboxId, bool sendAgain);
    // The link that shows or hides a message's folded quoted text and signature.
    [[nodiscard]] static QUrl quotedTextLink(Id interactionId);
    // The link that switches a message between its formatted (HTML) and its plain text view.
    [[nodiscard]] static QUrl plainTextLink(Id interactionId);
    // What a file's links in the thread do.
    enum class FileAction { View, Save, AttachToEscalation };
    [[nodiscard]] static QUrl fileLink(Id attachmentId, FileAction action);
    // "Dana is typing a reply…"; hidden while nobody else is here.
    [[nodiscard]] QLabel *presenceText() const { return m_presenceText; }
    [[nodiscard]] MessageBanner *assignmentBanner() const { return m_assignmentBanner; }
    // Mail to the customer's address bounced: a reply will likely bounce too.
    [[nodiscard]] MessageBanner *addressBanner() const { return m_addressBanner; }
    // "Escalated to support (#12): In progress, claimed by Sam"; hidden while there is none.
    [[nodiscard]] QLabel *escalationLine() const { return m_escalationLine; }
    [[nodiscard]] QPushButton *escalateButton() const { return m_escalate; }
    [[nodiscard]] QPushButton *templateButton() const { return m_pickTemplate; }
    [[nodiscard]] ArticleSuggestions *articleSuggestions() const { return m_articles; }

signals:
    void openTimelineRequested(Id customerId, Id interactionId);
    // The agent wants to hand the conversation's problem to support; `interactionId` is the customer's latest
    // message (0: none), the entry the problem shows in.
    void escalateRequested(Id conversationId, Id customerId, Id interactionId);
    void openEscalationRequested(Id escalationId);
    void failed(const QString &message);
    void sent();
    // The agent asked to send a failed reply again.
    void retryRequested(Id outboxId);
    // The agent decided about a reply that may have been sent: send it again, or mark it sent.
    void decisionRequested(Id outboxId, bool sendAgain);

private:
    // Reads the conversation; `takeAsSeen`: a reply begun now is made on what it shows.
    void load(bool takeAsSeen);
    void saveDraft();
    void updateButtons();

    // Asks before replying to a conversation a colleague owns; true: go on.
    bool confirmColleaguesConversation();
    // Asks what to do about messages that came since; true: send anyway.
    bool confirmDespite(const ReplyCollision &collision);
    void enterPresence();
    void leavePresence();
    void setTyping(bool typing);
    void updatePresenceLine(const QStringList &viewing, const QStringList &typing);
    void showEscalations();
    void onFileLink(const QUrl &link);
    void attachFileToEscalation(const MessageAttachment &file);
    // A link in a customer's mail: opened in the browser only after the agent saw where it goes.
    void openMailLink(const QUrl &link);

    ConversationService &m_service;
    const DraftStore &m_drafts;
    QString m_workspace;
    Actor m_actor;
    Id m_conversationId = 0;
    bool m_readOnly = false;
    Id m_customerId = 0;
    Id m_lastMessageId = 0;
    ConversationSeen m_seen;
    std::optional<Id> m_assigneeId;
    QString m_assigneeName;
    PresenceService *m_presence = nullptr;
    bool m_typing = false;
    Id m_lastInboundId = 0;
    // Messages whose quoted tail the agent unfolded.
    QSet<Id> m_quotedTextShown;
    // HTML messages the agent switched to their plain text.
    QSet<Id> m_plainTextShown;
    MessageContentService *m_content = nullptr;
    QList<EscalationListItem> m_escalationItems;
    Channel m_channel = Channel::Email;
    TemplateService *m_templates = nullptr;
    EscalationService *m_escalations = nullptr;
    const OutboxService *m_outbox = nullptr;
    std::optional<Id> m_templateUsed;
    std::optional<Escalation> m_latestEscalation; // fills {{escalation.*}} in templates
    QLabel *m_title;
    QLabel *m_header;
    QLabel *m_escalationLine;
    QTextBrowser *m_thread;
    QPlainTextEdit *m_reply;
    QPushButton *m_send;
    QPushButton *m_sendAndClose;
    QPushButton *m_timeline;
    QPushButton *m_escalate;
    QPushButton *m_pickTemplate;
    QTimer *m_draftDelay;
    ArticleSuggestions *m_articles;
    MessageBanner *m_assignmentBanner;
    MessageBanner *m_addressBanner;
    QWidget *m_presenceLine;
    QLabel *m_presenceIcon;
    QLabel *m_presenceText;
    QTimer *m_heartbeat;
    QTimer *m_typingPause;
};

} // namespace tandem

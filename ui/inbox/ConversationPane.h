// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/ConversationSeen.h"
#include "domain/Records.h"
#include "services/Actor.h"

#include <QUrl>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace tandem {

class ConversationService;
class DraftStore;
class MessageBanner;
class PresenceService;
class ReplyCollision;

// One conversation: who and what it is about, its messages oldest first (replies with the state of their
// way out), and the reply box. What the agent types is kept as a draft on this computer as they type, so a
// crash or switching to another conversation loses nothing.
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

    [[nodiscard]] QPlainTextEdit *replyEdit() const { return m_reply; }
    [[nodiscard]] QTextBrowser *thread() const { return m_thread; }
    [[nodiscard]] QLabel *header() const { return m_header; }
    // The link a failed reply's "Retry" in the thread carries.
    [[nodiscard]] static QUrl retryLink(Id outboxId);
    // "Dana is typing a reply…"; hidden while nobody else is here.
    [[nodiscard]] QLabel *presenceText() const { return m_presenceText; }
    [[nodiscard]] MessageBanner *assignmentBanner() const { return m_assignmentBanner; }

signals:
    void openTimelineRequested(Id customerId, Id interactionId);
    void failed(const QString &message);
    void sent();
    // The agent asked to send a failed reply again.
    void retryRequested(Id outboxId);

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

    ConversationService &m_service;
    const DraftStore &m_drafts;
    QString m_workspace;
    Actor m_actor;
    Id m_conversationId = 0;
    Id m_customerId = 0;
    Id m_lastMessageId = 0;
    ConversationSeen m_seen;
    std::optional<Id> m_assigneeId;
    QString m_assigneeName;
    PresenceService *m_presence = nullptr;
    bool m_typing = false;
    QLabel *m_title;
    QLabel *m_header;
    QTextBrowser *m_thread;
    QPlainTextEdit *m_reply;
    QPushButton *m_send;
    QPushButton *m_sendAndClose;
    QPushButton *m_timeline;
    QTimer *m_draftDelay;
    MessageBanner *m_assignmentBanner;
    QWidget *m_presenceLine;
    QLabel *m_presenceIcon;
    QLabel *m_presenceText;
    QTimer *m_heartbeat;
    QTimer *m_typingPause;
};

} // namespace tandem

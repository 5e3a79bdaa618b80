// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"
#include "services/Actor.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace tandem {

class ConversationService;
class DraftStore;

// One conversation: who and what it is about, its messages oldest first (replies with the state of their
// way out), and the reply box. What the agent types is kept as a draft on this computer as they type, so a
// crash or switching to another conversation loses nothing.
class ConversationPane : public QWidget
{
    Q_OBJECT

public:
    ConversationPane(ConversationService &service, const DraftStore &drafts, QString workspace, Actor actor,
        QWidget *parent = nullptr);

    // 0: none.
    void setConversation(Id conversationId);
    [[nodiscard]] Id conversationId() const { return m_conversationId; }
    // Reads the conversation again (another desk changed it), keeping what is typed.
    void reload();
    void focusReply();
    // Sends what is typed; the conversation then waits on the customer, or is closed.
    bool send(bool andClose);

    [[nodiscard]] QPlainTextEdit *replyEdit() const { return m_reply; }
    [[nodiscard]] QTextBrowser *thread() const { return m_thread; }
    [[nodiscard]] QLabel *header() const { return m_header; }
    // The link a failed reply's "Retry" in the thread carries.
    [[nodiscard]] static QUrl retryLink(Id outboxId);

signals:
    void openTimelineRequested(Id customerId, Id interactionId);
    void failed(const QString &message);
    void sent();
    // The agent asked to send a failed reply again.
    void retryRequested(Id outboxId);

private:
    void saveDraft();
    void updateButtons();

    ConversationService &m_service;
    const DraftStore &m_drafts;
    QString m_workspace;
    Actor m_actor;
    Id m_conversationId = 0;
    Id m_customerId = 0;
    Id m_lastMessageId = 0;
    QLabel *m_title;
    QLabel *m_header;
    QTextBrowser *m_thread;
    QPlainTextEdit *m_reply;
    QPushButton *m_send;
    QPushButton *m_sendAndClose;
    QPushButton *m_timeline;
    QTimer *m_draftDelay;
};

} // namespace tandem

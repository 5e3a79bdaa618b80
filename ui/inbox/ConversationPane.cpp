// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "inbox/ConversationPane.h"

#include "DateTimeText.h"
#include "InteractionIcons.h"
#include "MessageBanner.h"
#include "UiLog.h"
#include "domain/Error.h"
#include "domain/QuotedTail.h"
#include "inbox/MailFiles.h"
#include "inbox/OutboxModel.h"
#include "inbox/SafeTextBrowser.h"
#include "kb/ArticleSuggestions.h"
#include "services/ConversationService.h"
#include "services/DraftStore.h"
#include "services/EscalationService.h"
#include "services/MessageContentService.h"
#include "services/OutboxService.h"
#include "services/PresenceService.h"
#include "services/TemplateService.h"
#include "templates/ParagraphInsertion.h"
#include "templates/TemplatePickerDialog.h"
#include "timeline/BodyViewer.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// A thread shows this much of each message; the timeline has the whole of it.
constexpr qsizetype shownBodyLength = 20000;
// Typing stops counting as typing after this long without a key.
constexpr int typingPauseMs = 5000;

QString timeText(Millis at)
{
    return shortDateTimeText(QDateTime::fromMSecsSinceEpoch(at).toLocalTime());
}

// What the thread says of a reply on its way out: what the outbox list says of it.
QString outboxStateText(const ThreadMessage &message, Channel channel, const OutboxService *outbox)
{
    OutboxEntry entry;
    entry.channel = channel;
    entry.state = message.outboxState.value_or(OutboxState::Queued);
    entry.lastError = message.outboxError;
    entry.bounced = message.outboxBounced;
    entry.permanent = message.outboxPermanent;
    entry.maybeSent = message.outboxMaybeSent;
    entry.waitingForConnection = outbox && outbox->waitsForConnection(channel);
    return OutboxModel::stateText(entry);
}

// What a message carried besides its text, as the thread shows it.
struct MessageExtras
{
    std::optional<SanitizedHtml> html; // shown instead of the plain body
    bool hasHtml = false; // the plain body is shown, but a formatted view exists
    QList<MessageAttachment> files;
    bool mayAttachToEscalation = false;
};

QString filesHtml(const MessageExtras &extras, const QPalette &palette)
{
    if (extras.files.isEmpty())
        return {};
    const QLocale locale;
    const QString muted = palette.color(QPalette::PlaceholderText).name();
    QString html = u"<p style='margin-top:6px'><b>%1</b>"_s.arg(
        ConversationPane::tr("%n file(s)", nullptr, int(extras.files.size())).toHtmlEscaped());
    for (const MessageAttachment &file : extras.files) {
        html += u"<br/>📎 <b>%1</b> <span style='color:%2'>%3 · %4</span>"_s.arg(file.fileName.toHtmlEscaped(), muted,
            locale.formattedDataSize(file.size).toHtmlEscaped(),
            (file.mimeType.isEmpty() ? ConversationPane::tr("unknown type") : file.mimeType).toHtmlEscaped());
        if (const QString kind = MailFiles::kindWarning(file); !kind.isEmpty())
            html += u" <b style='color:#c0392b'>[%1]</b>"_s.arg(kind.toHtmlEscaped());
        if (!file.isStored()) {
            html += u"<br/>&nbsp;&nbsp;&nbsp;<i>%1</i>"_s.arg(file.refusal().toHtmlEscaped());
            continue;
        }
        QStringList actions;
        if (MailFiles::isViewable(file)) {
            actions.append(u"<a href='%1'>%2</a>"_s.arg(
                ConversationPane::fileLink(file.id, ConversationPane::FileAction::View).toString(),
                ConversationPane::tr("View").toHtmlEscaped()));
        }
        actions.append(u"<a href='%1'>%2</a>"_s.arg(
            ConversationPane::fileLink(file.id, ConversationPane::FileAction::Save).toString(),
            ConversationPane::tr("Save As…").toHtmlEscaped()));
        if (extras.mayAttachToEscalation) {
            actions.append(u"<a href='%1'>%2</a>"_s.arg(
                ConversationPane::fileLink(file.id, ConversationPane::FileAction::AttachToEscalation).toString(),
                ConversationPane::tr("Attach to escalation…").toHtmlEscaped()));
        }
        html += u" &nbsp;"_s + actions.join(u" · "_s);
    }
    html += u"</p>"_s;
    return html;
}

QString messageHtml(const ThreadMessage &message, const QString &customerName, const QString &outboxState,
    const QPalette &palette, bool quotedTextShown, const MessageExtras &extras)
{
    const Interaction &interaction = message.interaction;
    QString who;
    QString state;
    QColor background = palette.color(QPalette::Base);
    switch (interaction.direction) {
    case Direction::Inbound:
        who = customerName;
        break;
    case Direction::Outbound:
        who = interaction.agentName.isEmpty() ? ConversationPane::tr("Reply") : interaction.agentName;
        background = palette.color(QPalette::AlternateBase);
        state = outboxState;
        break;
    case Direction::Internal:
        who = ConversationPane::tr("Internal note by %1").arg(interaction.agentName);
        background = QColor(0xff, 0xf4, 0xce);
        state = interaction.subject; // what the note is: "Escalation #12 handed back to the rep"
        break;
    }
    // A customer's mail program quotes the whole thread below each answer: that tail is folded away.
    const QuotedTailSplit split = interaction.direction == Direction::Inbound
        ? splitQuotedTail(interaction.body)
        : QuotedTailSplit { interaction.body, {} };
    QString body = split.text.left(shownBodyLength);
    if (split.text.size() > shownBodyLength)
        body += u"\n…"_s + ConversationPane::tr("(the whole message is on the timeline)");
    QString html
        = u"<table width='100%' cellpadding='8' style='margin-bottom:6px; background-color:%1;'><tr><td>"_s.arg(
            background.name());
    html += u"<b>%1</b> &nbsp;<span style='color:%2'>%3</span>"_s.arg(who.toHtmlEscaped(),
        palette.color(QPalette::PlaceholderText).name(), timeText(interaction.occurredAt).toHtmlEscaped());
    if (!state.isEmpty())
        html += u" &nbsp;<i>%1</i>"_s.arg(state.toHtmlEscaped());
    if (message.outboxState == OutboxState::Failed && message.outboxId > 0 && message.outboxMaybeSent) {
        html += u" &nbsp;<a href='%1'>%2</a> · <a href='%3'>%4</a>"_s.arg(
            ConversationPane::decisionLink(message.outboxId, true).toString(),
            ConversationPane::tr("Send again").toHtmlEscaped(),
            ConversationPane::decisionLink(message.outboxId, false).toString(),
            ConversationPane::tr("Mark as sent").toHtmlEscaped());
    } else if (message.outboxState == OutboxState::Failed && message.outboxId > 0) {
        html += u" &nbsp;<a href='%1'>%2</a>"_s.arg(
            ConversationPane::retryLink(message.outboxId).toString(), ConversationPane::tr("Retry").toHtmlEscaped());
    }
    if (extras.html || extras.hasHtml) {
        html += u" &nbsp;<a href='%1'>%2</a>"_s.arg(ConversationPane::plainTextLink(interaction.id).toString(),
            (extras.html ? ConversationPane::tr("Show plain text") : ConversationPane::tr("Show formatted"))
                .toHtmlEscaped());
    }
    if (extras.html) {
        html += u"<div>%1</div>"_s.arg(extras.html->html);
        if (extras.html->blockedImages > 0) {
            html += u"<p style='color:%1'><i>%2</i></p>"_s.arg(palette.color(QPalette::PlaceholderText).name(),
                ConversationPane::tr("%n image(s) not loaded: Tandem never fetches remote content of a mail.", nullptr,
                    extras.html->blockedImages)
                    .toHtmlEscaped());
        }
        html += filesHtml(extras, palette);
        html += u"</td></tr></table>"_s;
        return html;
    }
    html += u"<br/><span style='white-space:pre-wrap'>%1</span>"_s.arg(body.toHtmlEscaped());
    if (!split.tail.isEmpty()) {
        const QString link = ConversationPane::quotedTextLink(interaction.id).toString();
        if (quotedTextShown) {
            html += u"<br/><span style='white-space:pre-wrap; color:%1'>%2</span>"_s.arg(
                palette.color(QPalette::PlaceholderText).name(), split.tail.left(shownBodyLength).toHtmlEscaped());
        }
        html += u"<br/><a href='%1'>%2</a>"_s.arg(link,
            (quotedTextShown ? ConversationPane::tr("Hide quoted text") : ConversationPane::tr("Show quoted text"))
                .toHtmlEscaped());
    }
    html += filesHtml(extras, palette);
    html += u"</td></tr></table>"_s;
    return html;
}

// How an escalation of the conversation stands, as a link that opens it.
QString escalationHtml(const EscalationListItem &item)
{
    const Escalation &escalation = item.escalation;
    const QString number = QString::number(escalation.id);
    QString text;
    if (escalation.state == EscalationState::New)
        text = ConversationPane::tr("Escalated to support (#%1): waiting to be claimed").arg(number);
    else if (item.assigneeName.isEmpty())
        text = ConversationPane::tr("Escalated to support (#%1): %2").arg(number, displayName(escalation.state));
    else
        text = ConversationPane::tr("Escalated to support (#%1): %2, claimed by %3")
                   .arg(number, displayName(escalation.state), item.assigneeName);
    return u"<a href='escalation:%1'>%2</a>"_s.arg(number, text.toHtmlEscaped());
}

} // namespace

QUrl ConversationPane::quotedTextLink(Id interactionId)
{
    QUrl link;
    link.setScheme(u"tandem-quoted-text"_s);
    link.setPath(QString::number(interactionId));
    return link;
}

QUrl ConversationPane::plainTextLink(Id interactionId)
{
    QUrl link;
    link.setScheme(u"tandem-plain-text"_s);
    link.setPath(QString::number(interactionId));
    return link;
}

QUrl ConversationPane::fileLink(Id attachmentId, FileAction action)
{
    QUrl link;
    link.setScheme(u"tandem-file"_s);
    link.setPath(QString::number(attachmentId));
    QString what;
    switch (action) {
    case FileAction::View:
        what = u"view"_s;
        break;
    case FileAction::Save:
        what = u"save"_s;
        break;
    case FileAction::AttachToEscalation:
        what = u"escalation"_s;
        break;
    }
    link.setQuery(QUrlQuery { { u"action"_s, what } });
    return link;
}

QUrl ConversationPane::retryLink(Id outboxId)
{
    QUrl link;
    link.setScheme(u"tandem-outbox-retry"_s);
    link.setPath(QString::number(outboxId));
    return link;
}

QUrl ConversationPane::decisionLink(Id outboxId, bool sendAgain)
{
    QUrl link;
    link.setScheme(u"tandem-outbox-decide"_s);
    link.setPath(QString::number(outboxId));
    link.setQuery(QUrlQuery { { u"action"_s, sendAgain ? u"again"_s : u"sent"_s } });
    return link;
}

ConversationPane::ConversationPane(
    ConversationService &service, const DraftStore &drafts, QString workspace, Actor actor, QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_drafts(drafts),
      m_workspace(std::move(workspace)),
      m_actor(std::move(actor)),
      m_title(new QLabel(this)),
      m_header(new QLabel(this)),
      m_escalationLine(new QLabel(this)),
      m_thread(new SafeTextBrowser(this)),
      m_reply(new QPlainTextEdit(this)),
      m_send(new QPushButton(tr("&Send"), this)),
      m_sendAndClose(new QPushButton(tr("Send and C&lose"), this)),
      m_timeline(new QPushButton(tr("Customer &Timeline"), this)),
      m_escalate(new QPushButton(tr("&Escalate…"), this)),
      m_pickTemplate(new QPushButton(tr("Te&mplate…"), this)),
      m_draftDelay(new QTimer(this)),
      m_articles(new ArticleSuggestions(m_actor, this)),
      m_assignmentBanner(new MessageBanner(this)),
      m_addressBanner(new MessageBanner(this)),
      m_presenceLine(new QWidget(this)),
      m_presenceIcon(new QLabel(m_presenceLine)),
      m_presenceText(new QLabel(m_presenceLine)),
      m_heartbeat(new QTimer(this)),
      m_typingPause(new QTimer(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_header->setObjectName(u"conversationHeader"_s);
    m_escalationLine->setObjectName(u"conversationEscalation"_s);
    m_escalationLine->setTextFormat(Qt::RichText);
    m_escalationLine->setWordWrap(true);
    m_escalationLine->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_escalationLine->setToolTip(tr("Open the escalation"));
    m_escalationLine->hide();
    m_escalate->setToolTip(tr("Hand this conversation's problem to a support specialist; the hand-back comes back "
                              "here as an internal note"));
    m_escalate->hide();
    m_pickTemplate->setToolTip(tr("Insert a reply template (%1)")
            .arg(TemplatePickerDialog::defaultShortcut().toString(QKeySequence::NativeText)));
    m_pickTemplate->hide();
    m_thread->setOpenLinks(false);
    m_thread->setAccessibleName(tr("Messages of the conversation"));
    m_reply->setPlaceholderText(tr("Your reply to the customer (Ctrl+Enter sends it)"));
    m_reply->setAccessibleName(tr("Reply"));
    m_reply->setTabChangesFocus(true);
    m_send->setToolTip(tr("Send the reply; the conversation then waits on the customer (Ctrl+Enter)"));
    m_sendAndClose->setToolTip(tr("Send the reply and close the conversation (Ctrl+Shift+Enter)"));
    m_timeline->setToolTip(tr("Everything this customer did and said, on the customer desk"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_escalate, 0, Qt::AlignTop);
    top->addWidget(m_timeline, 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pickTemplate);
    buttons->addStretch(1);
    buttons->addWidget(m_sendAndClose);
    buttons->addWidget(m_send);
    m_assignmentBanner->setObjectName(u"assignmentBanner"_s);
    m_assignmentBanner->setCloseButtonVisible(false);
    m_addressBanner->setObjectName(u"addressBanner"_s);
    m_addressBanner->setCloseButtonVisible(false);
    m_presenceText->setObjectName(u"presenceText"_s);
    m_presenceText->setTextFormat(Qt::PlainText);
    m_presenceText->setWordWrap(true);
    auto *presenceLayout = new QHBoxLayout(m_presenceLine);
    presenceLayout->setContentsMargins(0, 0, 0, 0);
    presenceLayout->addWidget(m_presenceIcon);
    presenceLayout->addWidget(m_presenceText, 1);
    m_presenceLine->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_header);
    layout->addWidget(m_assignmentBanner);
    layout->addWidget(m_addressBanner);
    layout->addWidget(m_escalationLine);
    layout->addWidget(m_thread, 3);
    layout->addWidget(m_presenceLine);
    layout->addWidget(m_articles);
    layout->addWidget(m_reply, 1);
    layout->addLayout(buttons);

    m_articles->setReplyEdit(m_reply);
    m_draftDelay->setSingleShot(true);
    m_draftDelay->setInterval(400);
    connect(m_draftDelay, &QTimer::timeout, this, &ConversationPane::saveDraft);
    connect(m_reply, &QPlainTextEdit::textChanged, this, [this] {
        m_draftDelay->start();
        updateButtons();
        setTyping(!m_reply->toPlainText().trimmed().isEmpty());
    });
    connect(m_thread, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        if (link.scheme() == retryLink(0).scheme()) {
            emit retryRequested(link.path().toLongLong());
        } else if (link.scheme() == decisionLink(0, true).scheme()) {
            emit decisionRequested(link.path().toLongLong(), QUrlQuery(link).queryItemValue(u"action"_s) == u"again"_s);
        } else if (link.scheme() == quotedTextLink(0).scheme()) {
            const Id interactionId = link.path().toLongLong();
            if (!m_quotedTextShown.remove(interactionId))
                m_quotedTextShown.insert(interactionId);
            load(false);
        } else if (link.scheme() == plainTextLink(0).scheme()) {
            const Id interactionId = link.path().toLongLong();
            if (!m_plainTextShown.remove(interactionId))
                m_plainTextShown.insert(interactionId);
            load(false);
        } else if (link.scheme() == fileLink(0, FileAction::View).scheme()) {
            onFileLink(link);
        } else if (HtmlSanitizer::isSafeLink(link)) {
            openMailLink(link);
        }
    });
    m_heartbeat->setInterval(int(PresenceService::heartbeatInterval));
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        try {
            m_presence->heartbeat();
        } catch (const Error &error) {
            // The team server may be away; presence comes back with it.
            qCInfo(lcUi) << "presence heartbeat failed:" << error.message();
        }
        refreshPresence(); // colleagues whose heartbeat stopped go
    });
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(typingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, [this] { setTyping(false); });
    connect(m_send, &QPushButton::clicked, this, [this] { send(false); });
    connect(m_sendAndClose, &QPushButton::clicked, this, [this] { send(true); });
    connect(
        m_timeline, &QPushButton::clicked, this, [this] { emit openTimelineRequested(m_customerId, m_lastMessageId); });
    const auto sendKey = [this](const QKeySequence &keys, bool andClose) {
        auto *shortcut = new QShortcut(keys, m_reply, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, andClose] { send(andClose); });
    };
    sendKey(QKeySequence(Qt::CTRL | Qt::Key_Return), false);
    sendKey(QKeySequence(Qt::CTRL | Qt::Key_Enter), false);
    sendKey(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), true);
    connect(m_pickTemplate, &QPushButton::clicked, this, &ConversationPane::pickTemplate);
    auto *templateKey
        = new QShortcut(TemplatePickerDialog::defaultShortcut(), m_reply, nullptr, nullptr, Qt::WidgetShortcut);
    connect(templateKey, &QShortcut::activated, this, &ConversationPane::pickTemplate);
    connect(m_escalate, &QPushButton::clicked, this, &ConversationPane::requestEscalation);
    connect(m_escalationLine, &QLabel::linkActivated, this,
        [this](const QString &link) { emit openEscalationRequested(link.section(u':', 1).toLongLong()); });
    setConversation(0);
}

void ConversationPane::setPresence(PresenceService *presence)
{
    leavePresence();
    if (m_presence)
        disconnect(m_presence, nullptr, this, nullptr);
    m_presence = presence;
    if (!m_presence) {
        m_heartbeat->stop();
        refreshPresence();
        return;
    }
    connect(m_presence, &PresenceService::changed, this, &ConversationPane::refreshPresence);
    m_heartbeat->start();
    enterPresence();
    refreshPresence();
}

void ConversationPane::setConversation(Id conversationId)
{
    if (m_draftDelay->isActive()) {
        m_draftDelay->stop();
        saveDraft();
    }
    if (conversationId != m_conversationId)
        leavePresence();
    const bool entering = conversationId != m_conversationId;
    m_conversationId = conversationId;
    {
        const QSignalBlocker quiet(m_reply);
        m_reply->clear();
        m_templateUsed.reset();
        m_articles->clearUses();
        if (conversationId != 0) {
            if (const std::optional<QJsonObject> draft
                = m_drafts.loadReply(m_workspace, m_actor.agentId, conversationId)) {
                m_reply->setPlainText(draft->value(u"body"_s).toString());
                if (const qint64 templateId = draft->value(u"template"_s).toInteger(); templateId > 0)
                    m_templateUsed = templateId;
                m_articles->setUses(ArticleSuggestions::usesFrom(draft->value(u"articles"_s).toArray()));
            }
        }
    }
    // The same conversation again (the list was read anew) keeps what a reply under way has seen.
    load(entering || m_reply->toPlainText().trimmed().isEmpty());
    if (entering)
        enterPresence();
    refreshPresence();
}

void ConversationPane::reload()
{
    // Until the agent begins a reply, what the thread shows now is what they have seen.
    load(m_reply->toPlainText().trimmed().isEmpty());
}

void ConversationPane::load(bool takeAsSeen)
{
    std::optional<ConversationThread> thread;
    if (m_conversationId != 0) {
        try {
            thread = m_service.thread(m_actor, m_conversationId);
        } catch (const Error &error) {
            emit failed(error.message());
        }
    }
    if (!thread) {
        m_articles->setCustomerMessage(QString());
        m_customerId = 0;
        m_lastMessageId = 0;
        m_seen = {};
        m_assigneeId.reset();
        m_assigneeName.clear();
        m_assignmentBanner->hide();
        m_addressBanner->hide();
        m_lastInboundId = 0;
        m_title->setText(tr("No conversation selected"));
        m_header->clear();
        m_thread->clear();
        showEscalations();
        updateButtons();
        return;
    }
    const Conversation &conversation = thread->row.conversation;
    m_customerId = conversation.customerId;
    m_channel = conversation.channel;
    m_lastMessageId = thread->messages.isEmpty() ? 0 : thread->messages.constLast().interaction.id;
    if (takeAsSeen)
        m_seen = thread->seen();
    m_assigneeId = conversation.assigneeId;
    m_assigneeName = thread->row.assigneeName;
    if (m_assigneeId && *m_assigneeId != m_actor.agentId) {
        m_assignmentBanner->showWarning(
            tr("%1 is working on this conversation. Agree with them before you reply.").arg(m_assigneeName));
    } else {
        m_assignmentBanner->hide();
    }
    const std::optional<FailingAddress> failing
        = conversation.channel == Channel::Email ? m_service.failingAddress(m_conversationId) : std::nullopt;
    if (failing) {
        const QString when = shortDateTimeText(QDateTime::fromMSecsSinceEpoch(failing->since));
        m_addressBanner->showWarning(failing->reason.isEmpty()
                ? tr("Mail to %1 bounced (%2). Check the address with the customer before you reply.")
                      .arg(failing->address, when)
                : tr("Mail to %1 bounced (%2): %3. Check the address with the customer before you reply.")
                      .arg(failing->address, when, failing->reason));
    } else {
        m_addressBanner->hide();
    }
    m_lastInboundId = 0;
    QString latestMessage;
    for (const ThreadMessage &message : std::as_const(thread->messages)) {
        if (message.interaction.direction == Direction::Inbound) {
            m_lastInboundId = message.interaction.id;
            latestMessage = message.interaction.subject + u'\n' + splitQuotedTail(message.interaction.body).text;
        }
    }
    m_articles->setCustomerMessage(latestMessage);
    m_title->setText(conversation.subject.isEmpty() ? tr("(no subject)") : conversation.subject);
    QStringList facts { thread->row.customerName, displayName(conversation.channel), displayName(conversation.status),
        thread->row.assigneeName.isEmpty() ? tr("Unassigned") : tr("Assigned to %1").arg(thread->row.assigneeName) };
    if (!thread->row.queueName.isEmpty())
        facts.append(thread->row.queueName);
    if (const std::optional<SlaStatus> sla = ConversationRules::responseStatus(conversation, m_service.now()))
        facts.append(SlaPolicy::describeStatus(*sla));
    m_header->setText(facts.join(u" · "_s));
    showEscalations();

    // The reader stays where they were unless they were at the end, where new messages appear.
    QScrollBar *bar = m_thread->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    const int position = bar->value();
    QSet<Id> withHtml;
    QHash<Id, QList<MessageAttachment>> files;
    if (m_content) {
        QList<Id> ids;
        for (const ThreadMessage &message : std::as_const(thread->messages))
            ids.append(message.interaction.id);
        try {
            withHtml = m_content->withHtml(ids);
            files = m_content->attachments(ids);
        } catch (const Error &error) {
            emit failed(error.message());
        }
    }
    const bool mayAttach = !m_readOnly
        && std::any_of(m_escalationItems.cbegin(), m_escalationItems.cend(),
            [](const EscalationListItem &item) { return item.escalation.state != EscalationState::Closed; });
    QString html;
    for (const ThreadMessage &message : std::as_const(thread->messages)) {
        const Id id = message.interaction.id;
        MessageExtras extras;
        extras.files = files.value(id);
        extras.mayAttachToEscalation = mayAttach;
        if (withHtml.contains(id)) {
            extras.hasHtml = true;
            if (!m_plainTextShown.contains(id)) {
                try {
                    extras.html = m_content->safeHtml(id);
                } catch (const Error &error) {
                    emit failed(error.message());
                }
            }
        }
        html += messageHtml(message, thread->row.customerName,
            message.outboxState ? outboxStateText(message, conversation.channel, m_outbox) : QString(), palette(),
            m_quotedTextShown.contains(id), extras);
    }
    m_thread->setHtml(html);
    bar->setValue(atEnd ? bar->maximum() : position);
    updateButtons();
    try {
        if (thread->row.unread)
            m_service.markRead(m_actor, m_conversationId);
    } catch (const Error &error) {
        emit failed(error.message());
    }
}

void ConversationPane::focusReply()
{
    m_reply->setFocus(Qt::ShortcutFocusReason);
}

bool ConversationPane::send(bool andClose)
{
    if (m_conversationId == 0 || m_reply->toPlainText().trimmed().isEmpty())
        return false;
    if (!confirmColleaguesConversation())
        return false;
    ReplyDraft draft;
    draft.body = m_reply->toPlainText();
    draft.statusAfter = andClose ? ConversationStatus::Closed : ConversationStatus::PendingCustomer;
    draft.templateId = m_templateUsed;
    draft.articles = m_articles->uses();
    draft.seen = m_seen;
    // The text stays in the box (and in the draft) unless it went out.
    try {
        try {
            m_service.reply(m_actor, m_conversationId, draft);
        } catch (const ReplyCollision &collision) {
            if (!confirmDespite(collision)) {
                // Review: the new messages, above the reply as it was.
                load(true);
                m_thread->verticalScrollBar()->setValue(m_thread->verticalScrollBar()->maximum());
                focusReply();
                return false;
            }
            draft.sendAnyway = true;
            m_service.reply(m_actor, m_conversationId, draft);
        }
    } catch (const Error &error) {
        emit failed(error.message());
        return false;
    }
    m_draftDelay->stop();
    m_templateUsed.reset();
    m_articles->clearUses();
    m_drafts.discardReply(m_workspace, m_actor.agentId, m_conversationId);
    {
        const QSignalBlocker quiet(m_reply);
        m_reply->clear();
    }
    setTyping(false);
    load(true);
    emit sent();
    return true;
}

bool ConversationPane::confirmColleaguesConversation()
{
    if (!m_assigneeId || *m_assigneeId == m_actor.agentId)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Reply to a Colleague's Conversation"),
        tr("%1 is working on this conversation. Send your reply all the same?").arg(m_assigneeName),
        QMessageBox::Cancel, this);
    QPushButton *send = box.addButton(tr("&Send Reply"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == send;
}

bool ConversationPane::confirmDespite(const ReplyCollision &collision)
{
    QMessageBox box(QMessageBox::Question, tr("New Messages in This Conversation"), collision.message(),
        QMessageBox::NoButton, this);
    QPushButton *anyway = box.addButton(tr("Send &Anyway"), QMessageBox::AcceptRole);
    QPushButton *review = box.addButton(tr("&Review"), QMessageBox::RejectRole);
    box.setDefaultButton(review);
    box.setEscapeButton(review);
    box.exec();
    return box.clickedButton() == anyway;
}

void ConversationPane::enterPresence()
{
    if (!m_presence || m_conversationId == 0 || !m_presence->recordsPresence())
        return;
    try {
        m_presence->open(m_actor, m_conversationId);
        m_typing = false;
        if (!m_reply->toPlainText().trimmed().isEmpty())
            setTyping(true); // a kept draft goes on
    } catch (const Error &error) {
        qCInfo(lcUi) << "could not tell colleagues this conversation is open:" << error.message();
    }
}

void ConversationPane::leavePresence()
{
    m_typingPause->stop();
    if (!m_presence || m_conversationId == 0 || !m_presence->recordsPresence())
        return;
    try {
        m_presence->close(m_actor, m_conversationId);
    } catch (const Error &error) {
        qCInfo(lcUi) << "could not tell colleagues this conversation was left:" << error.message();
    }
    m_typing = false;
}

void ConversationPane::setTyping(bool typing)
{
    if (typing)
        m_typingPause->start();
    if (typing == m_typing || !m_presence || m_conversationId == 0 || !m_presence->recordsPresence())
        return;
    try {
        m_presence->typing(m_actor, m_conversationId, typing);
        m_typing = typing;
    } catch (const Error &error) {
        qCInfo(lcUi) << "could not tell colleagues about typing:" << error.message();
    }
}

void ConversationPane::refreshPresence()
{
    QStringList viewing;
    QStringList typing;
    if (m_presence && m_conversationId != 0) {
        try {
            for (const ConversationPresence &colleague : m_presence->present(m_actor, m_conversationId))
                (colleague.typing ? typing : viewing).append(colleague.agentName);
        } catch (const Error &error) {
            qCInfo(lcUi) << "could not read who else is on the conversation:" << error.message();
        }
    }
    updatePresenceLine(viewing, typing);
}

void ConversationPane::updatePresenceLine(const QStringList &viewing, const QStringList &typing)
{
    if (viewing.isEmpty() && typing.isEmpty()) {
        m_presenceLine->hide();
        return;
    }
    const QLocale locale;
    QStringList parts;
    if (!typing.isEmpty())
        parts.append(tr("%1 is typing a reply…", nullptr, int(typing.size())).arg(locale.createSeparatedList(typing)));
    if (!viewing.isEmpty())
        parts.append(tr("%1 is viewing", nullptr, int(viewing.size())).arg(locale.createSeparatedList(viewing)));
    // The theme's icons where there is a theme; the app's own otherwise.
    const QIcon icon = typing.isEmpty()
        ? QIcon::fromTheme(u"view-visible"_s, InteractionIcons::icon(Channel::InPerson))
        : QIcon::fromTheme(u"document-edit"_s, InteractionIcons::icon(InteractionKind::Note));
    const int size = m_presenceText->fontMetrics().height();
    m_presenceIcon->setPixmap(icon.pixmap(size, size));
    m_presenceText->setText(parts.join(u" · "_s));
    m_presenceLine->show();
}

void ConversationPane::saveDraft()
{
    if (m_conversationId == 0)
        return;
    try {
        if (m_reply->toPlainText().isEmpty()) {
            m_drafts.discardReply(m_workspace, m_actor.agentId, m_conversationId);
        } else {
            QJsonObject draft { { u"body"_s, m_reply->toPlainText() } };
            if (m_templateUsed)
                draft.insert(u"template"_s, *m_templateUsed);
            if (!m_articles->uses().isEmpty())
                draft.insert(u"articles"_s, ArticleSuggestions::usesJson(m_articles->uses()));
            m_drafts.saveReply(m_workspace, m_actor.agentId, m_conversationId, draft);
        }
    } catch (const Error &error) {
        emit failed(error.message());
    }
}

void ConversationPane::updateButtons()
{
    const bool hasText = m_conversationId != 0 && !m_reply->toPlainText().trimmed().isEmpty();
    m_send->setEnabled(hasText && !m_readOnly);
    m_sendAndClose->setEnabled(hasText && !m_readOnly);
    m_reply->setEnabled(m_conversationId != 0 && !m_readOnly);
    m_timeline->setEnabled(m_customerId != 0);
    m_escalate->setEnabled(m_customerId != 0 && !m_readOnly);
    m_pickTemplate->setEnabled(m_customerId != 0 && !m_readOnly);
}

void ConversationPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly)
        m_reply->setPlaceholderText(tr("This workspace is open read-only: replies cannot be written here."));
    updateButtons();
}

void ConversationPane::setTemplateService(TemplateService *templates)
{
    m_templates = templates;
    m_pickTemplate->setVisible(templates != nullptr);
}

bool ConversationPane::pickTemplate()
{
    if (!m_templates || m_customerId == 0)
        return false;
    TemplatePickerDialog picker(*m_templates, m_actor, m_customerId, this);
    picker.setChannel(m_channel);
    picker.setEscalation(m_latestEscalation);
    if (const std::optional<Article> article = m_articles->currentArticle())
        picker.setArticle(article->id, article->title, m_articles->currentLink());
    if (picker.exec() != QDialog::Accepted || !picker.chosenTemplateId())
        return false;
    insertAsParagraph(m_reply, picker.insertedText(), int(picker.caretPosition()));
    m_templateUsed = picker.chosenTemplateId();
    if (const std::optional<Id> articleId = picker.insertedArticleId())
        m_articles->addUse({ *articleId, ArticleInsertion::Placeholder });
    saveDraft();
    return true;
}

void ConversationPane::setArticleService(ArticleService *articles)
{
    m_articles->setArticleService(articles);
}

void ConversationPane::setOutboxService(const OutboxService *outbox)
{
    m_outbox = outbox;
    if (m_conversationId != 0)
        reload();
}

void ConversationPane::setEscalationService(EscalationService *escalations)
{
    if (m_escalations)
        disconnect(m_escalations, nullptr, this, nullptr);
    m_escalations = escalations;
    // Support does not escalate to itself.
    m_escalate->setVisible(escalations != nullptr && m_actor.role != Role::SupportSpecialist);
    if (escalations)
        connect(escalations, &EscalationService::queueChanged, this, &ConversationPane::showEscalations);
    showEscalations();
}

bool ConversationPane::requestEscalation()
{
    if (m_conversationId == 0 || m_customerId == 0)
        return false;
    emit escalateRequested(m_conversationId, m_customerId, m_lastInboundId);
    return true;
}

void ConversationPane::showEscalations()
{
    QList<EscalationListItem> escalations;
    if (m_escalations && m_conversationId != 0) {
        try {
            escalations = m_escalations->escalationsOfConversation(m_conversationId);
        } catch (const Error &error) {
            emit failed(error.message());
        }
    }
    m_latestEscalation.reset();
    m_escalationItems = escalations;
    QStringList lines;
    for (const EscalationListItem &item : std::as_const(escalations)) {
        lines.append(escalationHtml(item));
        if (!m_latestEscalation || item.escalation.createdAt > m_latestEscalation->createdAt)
            m_latestEscalation = item.escalation;
    }
    m_escalationLine->setText(lines.join(u"<br/>"_s));
    m_escalationLine->setVisible(!lines.isEmpty());
}

void ConversationPane::setMessageContentService(MessageContentService *content)
{
    m_content = content;
    if (m_conversationId != 0)
        reload();
}

void ConversationPane::onFileLink(const QUrl &link)
{
    if (!m_content)
        return;
    std::optional<MessageAttachment> file;
    try {
        file = m_content->attachment(link.path().toLongLong());
    } catch (const Error &error) {
        emit failed(error.message());
        return;
    }
    if (!file)
        return;
    const QString action = QUrlQuery(link).queryItemValue(u"action"_s);
    std::optional<QString> problem;
    if (action == u"view"_s)
        problem = MailFiles::view(this, *m_content, *file);
    else if (action == u"save"_s)
        problem = MailFiles::saveAs(this, *m_content, *file);
    else if (action == u"escalation"_s)
        attachFileToEscalation(*file);
    if (problem)
        emit failed(*problem);
}

void ConversationPane::attachFileToEscalation(const MessageAttachment &file)
{
    QList<EscalationListItem> open;
    for (const EscalationListItem &item : std::as_const(m_escalationItems)) {
        if (item.escalation.state != EscalationState::Closed)
            open.append(item);
    }
    if (open.isEmpty())
        return;
    Id escalationId = open.constFirst().escalation.id;
    if (open.size() > 1) {
        QStringList choices;
        for (const EscalationListItem &item : std::as_const(open))
            choices.append(tr("#%1: %2").arg(item.escalation.id).arg(item.escalation.summary));
        bool chosen = false;
        const QString choice = QInputDialog::getItem(
            this, tr("Attach to Escalation"), tr("Attach %1 to:").arg(file.fileName), choices, 0, false, &chosen);
        if (!chosen)
            return;
        escalationId = open.at(qMax(qsizetype(0), choices.indexOf(choice))).escalation.id;
    }
    try {
        m_content->attachToEscalation(m_actor, file.id, escalationId);
    } catch (const Error &error) {
        emit failed(error.message());
    }
}

void ConversationPane::openMailLink(const QUrl &link)
{
    const QString target = link.toString(QUrl::FullyEncoded);
    QMessageBox ask(QMessageBox::Question, tr("Open Link"),
        tr("Open this address from the customer's mail in your browser?"), QMessageBox::Open | QMessageBox::Cancel,
        this);
    ask.setInformativeText(target);
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() == QMessageBox::Open)
        QDesktopServices::openUrl(link);
}

} // namespace tandem

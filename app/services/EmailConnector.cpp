// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/EmailConnector.h"

#include "domain/Conversation.h"
#include "domain/MessageId.h"
#include "services/MailJobs.h"
#include "services/ServiceError.h"
#include "services/ServicesLog.h"

#include <QDateTime>
#include <QThread>

#include <KMime/Message>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// For the [mail] tests that kill a sender at a given point: with the variable set, a delivery says on stderr
// where it is and waits there until it is killed.
void stallForTest(const char *variable)
{
    if (qEnvironmentVariableIsEmpty(variable))
        return;
    std::fprintf(stderr, "tandem-test: stalled at %s\n", variable);
    std::fflush(stderr);
    QThread::sleep(std::chrono::seconds(600));
}

} // namespace

EmailConnector::EmailConnector(MailAccount account, std::shared_ptr<SecretStore> secrets)
    : m_account(std::move(account)), m_secrets(std::move(secrets))
{ }

QList<Channel> EmailConnector::channels() const
{
    return { Channel::Email };
}

QString EmailConnector::conversationReference(Id conversationId)
{
    return ConversationRules::subjectReference(conversationId);
}

QByteArray EmailConnector::compose(const OutgoingMessage &message, const MailAccount &account)
{
    KMime::Message mail;
    const QString from = account.addresses.value(0, account.login);
    mail.from()->fromUnicodeString(account.name.isEmpty() ? from : account.name + u" <"_s + from + u'>');
    mail.to()->fromUnicodeString(message.customerName.isEmpty()
            ? message.customerAddress
            : message.customerName + u" <"_s + message.customerAddress + u'>');
    QString subject = message.subject;
    const QString reference = conversationReference(message.conversationId);
    if (!subject.contains(reference))
        subject = (subject.isEmpty() ? QString() : subject + u' ') + reference;
    mail.subject()->fromUnicodeString(subject);
    mail.date()->setDateTime(QDateTime::currentDateTimeUtc());
    mail.messageID()->from7BitString(MessageId::bracketed(message.deliveryKey).toLatin1());
    if (!message.inReplyTo.isEmpty()) {
        mail.inReplyTo()->from7BitString(MessageId::bracketed(message.inReplyTo.constLast()).toLatin1());
        QStringList references;
        for (const QString &id : message.inReplyTo)
            references.append(MessageId::bracketed(id));
        mail.references()->from7BitString(references.join(u' ').toLatin1());
    }
    if (message.automatic) {
        auto *autoSubmitted = new KMime::Headers::Generic("Auto-Submitted"); // the message takes it over
        autoSubmitted->from7BitString("auto-generated");
        mail.setHeader(autoSubmitted);
    }
    mail.contentType()->setMimeType("text/plain");
    mail.contentType()->setCharset("utf-8");
    mail.contentTransferEncoding()->setEncoding(KMime::Headers::CEquPr);
    mail.setBody(message.body.toUtf8());
    mail.assemble();
    return mail.encodedContent(true);
}

DeliveryResult EmailConnector::deliver(const OutgoingMessage &message)
{
    std::optional<QString> password;
    try {
        password = m_secrets->read(m_account.secretKey);
    } catch (const ServiceError &error) {
        return DeliveryResult::temporaryFailure(error.message());
    }
    if (!password) {
        return DeliveryResult::temporaryFailure(
            tr("The password of the mail account \"%1\" is missing; a team lead can set it again.")
                .arg(m_account.name));
    }
    const QByteArray data = compose(message, m_account);

    ImapConnection imap(m_account, *password);
    const MailProblem imapProblem = imap.open();
    if (!imapProblem.ok() && m_account.saveToSent)
        return DeliveryResult::temporaryFailure(imapProblem.message);
    const QString sentFolder = imapProblem.ok() ? imap.sentFolder() : QString();
    std::optional<ImapConnection::Copies> copies;
    if (!sentFolder.isEmpty()) {
        copies = imap.copiesOf(sentFolder, message.deliveryKey);
        if (!copies && m_account.saveToSent)
            return DeliveryResult::temporaryFailure(
                tr("The Sent folder could not be searched for this reply; it is sent later."));
    }
    // A copy without the pending mark: the SMTP server took the message (or the server saved it itself).
    if (copies && !copies->done.isEmpty())
        return DeliveryResult::delivered(true);
    // The hand-over was recorded and never known to end: the message may be with the customer.
    if (message.handOverStarted)
        return DeliveryResult::mayHaveBeenSent();

    // The copy goes into Sent first, marked pending; one left by an attempt that ended before its hand-over was
    // recorded is used again.
    QList<qint64> pending;
    if (m_account.saveToSent && !sentFolder.isEmpty()) {
        if (copies && !copies->pending.isEmpty()) {
            pending = copies->pending;
        } else {
            qint64 uid = 0;
            const MailProblem stored
                = imap.append(sentFolder, data, { QByteArray(ImapConnection::pendingKeyword) }, &uid);
            if (!stored.ok())
                return DeliveryResult::temporaryFailure(stored.message);
            if (uid > 0) {
                pending = { uid };
            } else if (const std::optional<ImapConnection::Copies> found
                = imap.copiesOf(sentFolder, message.deliveryKey)) {
                pending = found->pending;
            }
        }
    } else if (m_account.saveToSent) {
        qCWarning(lcServices) << "the mail account" << m_account.name << "has no Sent folder for its copies";
    }
    stallForTest("TANDEM_TEST_STALL_BEFORE_SMTP");

    SmtpConnection smtp(m_account, *password);
    const MailProblem smtpProblem = smtp.open();
    if (!smtpProblem.ok())
        return DeliveryResult::temporaryFailure(smtpProblem.message);
    if (message.recordHandOver && !message.recordHandOver()) {
        return DeliveryResult::temporaryFailure(
            tr("Tandem could not record in the workspace that this reply is being sent; it is sent later."));
    }
    bool permanent = false;
    const MailProblem sendProblem
        = smtp.send(m_account.addresses.value(0, m_account.login), { message.customerAddress }, data, &permanent);
    if (sendProblem.kind == MailProblem::Kind::Unreachable) {
        qCWarning(lcServices) << "a reply may have been sent:" << sendProblem.message;
        return DeliveryResult::mayHaveBeenSent(sendProblem.message);
    }
    if (!sendProblem.ok()) {
        if (permanent) {
            // It never goes out as it is: its copy leaves Sent (marked deleted; expunging is left to the server
            // and the mail clients, as EXPUNGE would also remove what a person marked deleted there).
            if (const MailProblem removed = imap.storeFlags(pending, { QByteArrayLiteral("\\Deleted") }, true);
                !removed.ok())
                qCWarning(lcServices) << "a refused reply's copy stays in Sent:" << removed.message;
            return DeliveryResult::permanentFailure(sendProblem.message);
        }
        return DeliveryResult::temporaryFailure(sendProblem.message);
    }
    stallForTest("TANDEM_TEST_STALL_AFTER_SMTP");
    if (const MailProblem cleared = imap.storeFlags(pending, { QByteArray(ImapConnection::pendingKeyword) }, false);
        !cleared.ok())
        qCWarning(lcServices) << "a sent reply's copy in Sent is still marked pending:" << cleared.message;
    return DeliveryResult::delivered();
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/EmailConnector.h"

#include "domain/Conversation.h"
#include "domain/MessageId.h"
#include "services/MailJobs.h"
#include "services/ServiceError.h"
#include "services/ServicesLog.h"

#include <QDateTime>

#include <KMime/Message>

using namespace Qt::StringLiterals;

namespace tandem {

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
    QString sentFolder;
    if (imapProblem.ok()) {
        sentFolder = imap.sentFolder();
        if (!sentFolder.isEmpty()) {
            const std::optional<bool> sentBefore = imap.holdsMessageId(sentFolder, message.deliveryKey);
            if (sentBefore && *sentBefore)
                return DeliveryResult::delivered(true);
            if (!sentBefore && m_account.saveToSent)
                return DeliveryResult::temporaryFailure(
                    tr("The Sent folder could not be searched for this reply; it is sent later."));
        }
    } else if (m_account.saveToSent) {
        return DeliveryResult::temporaryFailure(imapProblem.message);
    }

    SmtpConnection smtp(m_account, *password);
    const MailProblem smtpProblem = smtp.open();
    if (!smtpProblem.ok())
        return DeliveryResult::temporaryFailure(smtpProblem.message);
    bool permanent = false;
    const MailProblem sendProblem
        = smtp.send(m_account.addresses.value(0, m_account.login), { message.customerAddress }, data, &permanent);
    if (!sendProblem.ok()) {
        return permanent ? DeliveryResult::permanentFailure(sendProblem.message)
                         : DeliveryResult::temporaryFailure(sendProblem.message);
    }
    if (m_account.saveToSent && imapProblem.ok()) {
        const MailProblem stored = imap.append(sentFolder.isEmpty() ? u"Sent"_s : sentFolder, data);
        if (!stored.ok())
            qCWarning(lcServices) << "a sent reply has no copy in the Sent folder:" << stored.message;
    }
    return DeliveryResult::delivered();
}

} // namespace tandem

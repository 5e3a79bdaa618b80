// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/mail/MailParser.h"

#include "domain/MessageId.h"
#include "services/mail/FlowedText.h"
#include "services/mail/HtmlText.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <KMime/Message>
#include <KMime/Util>
#include <memory>

using namespace Qt::StringLiterals;

namespace tandem {

namespace {

QString headerText(const KMime::Content &content, QByteArrayView name)
{
    const KMime::Headers::Base *header = content.headerByType(name);
    return header ? header->asUnicodeString().trimmed() : QString();
}

bool isUtf8OrAscii(const QByteArray &charset)
{
    const QByteArray lower = charset.toLower();
    return lower.isEmpty() || lower == "utf-8" || lower == "utf8" || lower == "us-ascii" || lower == "ascii";
}

// The text of a part in its charset. A part that says nothing, or says UTF-8 or ASCII but is not valid
// UTF-8, is read as windows-1252 (what such mail nearly always is) instead of showing replacement marks.
QString decodeText(const QByteArray &bytes, const QByteArray &charset)
{
    if (!isUtf8OrAscii(charset)) {
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid()) {
            QString text = decoder.decode(bytes);
            if (!decoder.hasError())
                return text;
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder windows1252("windows-1252");
    if (windows1252.isValid())
        return windows1252.decode(bytes);
    return QString::fromLatin1(bytes);
}

QString partText(const KMime::Content &part)
{
    const KMime::Headers::ContentType *type = part.contentType();
    QString text = decodeText(part.decodedContent(), type ? type->charset() : QByteArray());
    text.replace(u"\r\n"_s, u"\n"_s);
    if (type && type->parameter(QByteArrayView("format")).compare(u"flowed"_s, Qt::CaseInsensitive) == 0)
        text = unflowText(text, type->parameter(QByteArrayView("delsp")).compare(u"yes"_s, Qt::CaseInsensitive) == 0);
    return text;
}

QByteArray mimeTypeOf(const KMime::Content &part)
{
    const KMime::Headers::ContentType *type = part.contentType();
    return type ? type->mimeType().toLower() : QByteArrayLiteral("text/plain");
}

MailAttachment attachmentOf(KMime::Content &part, qsizetype index)
{
    MailAttachment attachment;
    attachment.mimeType = QString::fromLatin1(mimeTypeOf(part));
    if (const KMime::Headers::ContentDisposition *disposition = part.contentDisposition(false))
        attachment.fileName = disposition->filename();
    if (attachment.fileName.isEmpty()) {
        if (const KMime::Headers::ContentType *type = part.contentType(false))
            attachment.fileName = type->name();
    }
    if (part.bodyIsMessage()) {
        const QSharedPointer<KMime::Message> inner = part.bodyAsMessage();
        attachment.bytes = inner ? inner->encodedContent() : part.decodedContent();
        if (attachment.fileName.isEmpty() && inner && inner->subject(false))
            attachment.fileName = inner->subject(false)->asUnicodeString().trimmed() + u".eml"_s;
    } else {
        attachment.bytes = part.decodedContent();
    }
    // Only the last path component: a name is never a path on the desk that saves it.
    attachment.fileName = attachment.fileName.section(u'/', -1).section(u'\\', -1).trimmed();
    if (attachment.fileName.isEmpty())
        attachment.fileName = MailParser::tr("attachment %1").arg(index + 1);
    attachment.size = attachment.bytes.size();
    attachment.risky = AttachmentRules::isRisky(attachment.fileName, attachment.mimeType);
    return attachment;
}

bool isAutoReply(const KMime::Message &mail, const QString &subject)
{
    const QString autoSubmitted = headerText(mail, "Auto-Submitted").toLower();
    if (!autoSubmitted.isEmpty() && autoSubmitted != u"no"_s)
        return true;
    static const QSet<QString> noisyPrecedence = { u"bulk"_s, u"junk"_s, u"list"_s, u"auto_reply"_s };
    if (noisyPrecedence.contains(headerText(mail, "Precedence").toLower()))
        return true;
    if (mail.hasHeader("X-Autoreply") || mail.hasHeader("X-Autorespond") || mail.hasHeader("X-Autoresponder"))
        return true;
    // The markers of the common mail programs, in the languages our customers write in.
    static const QRegularExpression outOfOffice(
        u"^\\s*(auto(matic)?[ -]?(reply|response|antwort)\\b|out of (the )?office\\b|abwesenheitsnotiz\\b|"
        "automatische antwort\\b|r[ée]ponse automatique\\b|absence\\b|auto:)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return outOfOffice.match(subject).hasMatch();
}

// The value after "type;" in a delivery-status field such as "Final-Recipient: rfc822; ann@example.com".
QString deliveryStatusField(const QString &status, const QString &field)
{
    const QRegularExpression line(u"^"_s + QRegularExpression::escape(field) + u":\\s*(?:[^;\\n]*;)?\\s*([^\\n]+)$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(status);
    return match.hasMatch() ? match.captured(1).trimmed().remove(u'<').remove(u'>') : QString();
}

QString messageIdOf(const KMime::Message &mail)
{
    const KMime::Headers::MessageID *header = mail.messageID();
    if (!header || header->isEmpty())
        return {};
    const QByteArray identifier = header->identifier();
    if (!identifier.isEmpty())
        return MessageId::bracketed(QString::fromUtf8(identifier));
    return header->asUnicodeString().trimmed();
}

// A DSN (RFC 3464): who failed, and which of our messages it was about.
void readBounce(KMime::Message &mail, ParsedMail &parsed)
{
    for (KMime::Content *part : mail.contents()) {
        const QByteArray type = mimeTypeOf(*part);
        if (type == "message/delivery-status" || type == "message/global-delivery-status") {
            const QString status = QString::fromUtf8(part->decodedContent()).replace(u"\r\n"_s, u"\n"_s);
            parsed.bouncedRecipient = deliveryStatusField(status, u"Final-Recipient"_s);
            if (parsed.bouncedRecipient.isEmpty())
                parsed.bouncedRecipient = deliveryStatusField(status, u"Original-Recipient"_s);
            parsed.bounceReason = deliveryStatusField(status, u"Diagnostic-Code"_s);
            if (parsed.bounceReason.isEmpty())
                parsed.bounceReason = deliveryStatusField(status, u"Status"_s);
        } else if (part->bodyIsMessage()) {
            if (const QSharedPointer<KMime::Message> bounced = part->bodyAsMessage())
                parsed.bouncedMessageId = messageIdOf(*bounced);
        } else if (type == "text/rfc822-headers") {
            KMime::Message headers;
            headers.setContent(part->decodedContent() + "\n\n");
            headers.parse();
            parsed.bouncedMessageId = messageIdOf(headers);
        }
    }
}

// A bounce that is no DSN: what mail servers send from their daemon's address, or with the header naming
// who failed (Exim, qmail and many hosted services).
bool isPlainBounce(const KMime::Message &mail, const QString &fromAddress)
{
    if (mail.hasHeader("X-Failed-Recipients"))
        return true;
    static const QSet<QString> daemons = { u"mailer-daemon"_s, u"mail-daemon"_s, u"postmaster"_s };
    return daemons.contains(fromAddress.section(u'@', 0, 0));
}

// What a plain bounce says: the failed address from its header, the bounced mail's Message-ID from an
// attached copy or from its headers quoted in the text.
void readPlainBounce(KMime::Message &mail, ParsedMail &parsed)
{
    readBounce(mail, parsed);
    const QString failed = headerText(mail, "X-Failed-Recipients");
    if (!failed.isEmpty())
        parsed.bouncedRecipient = failed.section(u',', 0, 0).trimmed().remove(u'<').remove(u'>').toLower();
    if (parsed.bouncedMessageId.isEmpty()) {
        static const QRegularExpression quotedId(u"^\\s*Message-ID:\\s*(<[^>\\s]+>)"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = quotedId.match(parsed.message.body);
        if (match.hasMatch())
            parsed.bouncedMessageId = MessageId::bracketed(match.captured(1));
    }
}

bool isDeliveryReport(const KMime::Message &mail)
{
    const KMime::Headers::ContentType *type = mail.contentType();
    return type && type->mimeType().toLower() == "multipart/report"
        && type->parameter(QByteArrayView("report-type")).contains(u"delivery-status"_s, Qt::CaseInsensitive);
}

// Made from what a mail says rather than its bytes, so the same mail read from an mbox (with its "From "
// line and quoting) or from a Maildir gets the same id.
QString contentMessageId(const ParsedMail &parsed, const KMime::Message &mail)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(parsed.message.fromAddress.toUtf8());
    hash.addData("\n");
    hash.addData(headerText(mail, "Date").toUtf8());
    hash.addData("\n");
    hash.addData(parsed.message.subject.toUtf8());
    hash.addData("\n");
    hash.addData(parsed.message.body.toUtf8());
    return u"<"_s + QString::fromLatin1(hash.result().toHex().left(32)) + u"@content-hash.tandem.invalid>"_s;
}

// A single part whose type says it is no text (or a multipart without parts), holding readable text.
bool lyingSinglePart(const KMime::Message &mail)
{
    if (!mail.contents().empty() || mail.bodyIsMessage())
        return false;
    const QByteArray bytes = mail.decodedContent();
    if (bytes.left(8192).contains('\0'))
        return false;
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)utf8.decode(bytes.left(8192));
    return !utf8.hasError() || mimeTypeOf(mail).startsWith("text/") || mimeTypeOf(mail).startsWith("multipart/");
}

// Header lines before the first blank line: something that has none is no mail at all.
bool looksLikeHeaders(const QByteArray &raw)
{
    static const QRegularExpression headerLine(u"^[!-9;-~]+[ \\t]*:"_s);
    const qsizetype end = raw.indexOf('\n');
    return headerLine.match(QString::fromLatin1(raw.left(end < 0 ? raw.size() : end))).hasMatch();
}

} // namespace

MailParseResult MailParser::parse(const QByteArray &raw)
{
    MailParseResult result;
    if (raw.trimmed().isEmpty()) {
        result.refusal = tr("The mail is empty.");
        return result;
    }
    if (raw.size() > maxMailBytes) {
        result.refusal = tr("The mail is larger than %1 MB.").arg(maxMailBytes / (1024 * 1024));
        return result;
    }
    if (!looksLikeHeaders(raw)) {
        result.refusal = tr("The mail does not begin with header lines.");
        return result;
    }

    auto mail = std::make_unique<KMime::Message>();
    // KMime finds the end of the header at an empty line in LF form: mail as sent (CRLF) is converted.
    // Mail may not carry NUL bytes (RFC 5322, 2.3; RFC 6152), and KMime, matching a header's name only up to
    // one, mistakes such a header for another type and crashes: they become spaces.
    QByteArray content = KMime::CRLFtoLF(raw);
    content.replace('\0', ' ');
    mail->setContent(content);
    mail->parse();

    ParsedMail parsed;
    ChannelMessage &message = parsed.message;
    message.channel = Channel::Email;
    const KMime::Headers::From *from = mail->from(false);
    if (from) {
        for (const KMime::Types::Mailbox &mailbox : from->mailboxes()) {
            if (mailbox.hasAddress()) {
                message.fromAddress = QString::fromUtf8(mailbox.address()).trimmed().toLower();
                message.fromName = mailbox.name().trimmed();
                break;
            }
        }
    }
    if (message.fromAddress.isEmpty() || !message.fromAddress.contains(u'@')) {
        result.refusal = tr("The mail has no sender address (From).");
        return result;
    }
    if (const KMime::Headers::Subject *subject = mail->subject(false))
        message.subject = subject->asUnicodeString().simplified();
    if (const KMime::Headers::Date *date = mail->date(false); date && date->dateTime().isValid())
        message.receivedAt = date->dateTime().toMSecsSinceEpoch();
    if (const KMime::Headers::References *references = mail->references(false)) {
        for (const QByteArray &identifier : references->identifiers())
            message.inReplyTo.append(MessageId::bracketed(QString::fromUtf8(identifier)));
    }
    // In-Reply-To names the mail answered directly: it is looked up first.
    if (const KMime::Headers::InReplyTo *inReplyTo = mail->inReplyTo(false)) {
        const QList<QByteArray> identifiers = inReplyTo->identifiers();
        for (auto it = identifiers.crbegin(); it != identifiers.crend(); ++it) {
            const QString id = MessageId::bracketed(QString::fromUtf8(*it));
            message.inReplyTo.removeAll(id);
            message.inReplyTo.prepend(id);
        }
    }
    for (const KMime::Headers::Generics::AddressList *list :
        { static_cast<const KMime::Headers::Generics::AddressList *>(mail->to(false)),
            static_cast<const KMime::Headers::Generics::AddressList *>(mail->cc(false)) }) {
        if (!list)
            continue;
        for (const QByteArray &address : list->addresses()) {
            const QString recipient = QString::fromUtf8(address).trimmed().toLower();
            if (!recipient.isEmpty() && !parsed.recipients.contains(recipient))
                parsed.recipients.append(recipient);
        }
    }

    const bool report = isDeliveryReport(*mail);
    KMime::Content *plain = report ? nullptr : mail->mainBodyPart("text/plain");
    KMime::Content *html = report ? nullptr : mail->mainBodyPart("text/html");
    if (report) {
        // The human-readable part of a report is its first.
        const auto parts = mail->contents();
        if (!parts.isEmpty() && mimeTypeOf(*parts.first()) == "text/plain")
            plain = parts.first();
    }
    if (html)
        parsed.html = partText(*html);
    if (plain)
        message.body = partText(*plain);
    else if (html)
        message.body = plainTextFromHtml(parsed.html);
    else if (lyingSinglePart(*mail))
        // No text part by its type, but text all the same (a lying Content-Type): the body is read as text.
        message.body = decodeText(mail->decodedContent(), QByteArray()).replace(u"\r\n"_s, u"\n"_s);
    message.body = message.body.trimmed();
    message.bodyFormat = BodyFormat::Plain;

    qsizetype index = 0;
    for (KMime::Content *part : mail->attachments()) {
        if (part == plain || part == html || (part == mail.get() && !message.body.isEmpty()))
            continue;
        if (report) {
            const QByteArray type = mimeTypeOf(*part);
            if (type == "message/delivery-status" || type == "text/rfc822-headers")
                continue;
        }
        parsed.attachments.append(attachmentOf(*part, index++));
    }

    if (report) {
        parsed.kind = MailKind::Bounce;
        readBounce(*mail, parsed);
    } else if (isPlainBounce(*mail, message.fromAddress)) {
        parsed.kind = MailKind::Bounce;
        readPlainBounce(*mail, parsed);
    } else if (isAutoReply(*mail, message.subject)) {
        parsed.kind = MailKind::AutoReply;
    }

    message.externalId = messageIdOf(*mail);
    if (message.externalId.isEmpty())
        message.externalId = contentMessageId(parsed, *mail);
    result.mail = std::move(parsed);
    return result;
}

} // namespace tandem

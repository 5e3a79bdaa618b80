// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/SpoolConnector.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// "permanent: why" or "temporary: why" (or just "why": temporary).
DeliveryResult failureFrom(const QString &text)
{
    QString reason = text.trimmed();
    bool permanent = false;
    if (reason.startsWith(u"permanent:"_s, Qt::CaseInsensitive)) {
        permanent = true;
        reason = reason.mid(10).trimmed();
    } else if (reason.startsWith(u"temporary:"_s, Qt::CaseInsensitive)) {
        reason = reason.mid(10).trimmed();
    }
    if (reason.isEmpty())
        reason = SpoolConnector::tr("The spool connector was told to fail.");
    return permanent ? DeliveryResult::permanentFailure(reason) : DeliveryResult::temporaryFailure(reason);
}

QByteArray fileContent(const OutgoingMessage &message)
{
    QString text;
    text += u"Message-ID: <"_s + message.deliveryKey + u">\n"_s;
    text += u"X-Tandem-Channel: "_s + keyOf(message.channel) + u'\n';
    text += u"X-Tandem-Conversation: "_s + QString::number(message.conversationId) + u'\n';
    text += u"To: "_s + message.customerName + u" <"_s + message.customerAddress + u">\n"_s;
    text += u"Subject: "_s + message.subject + u'\n';
    if (!message.inReplyTo.isEmpty()) {
        text += u"In-Reply-To: "_s + message.inReplyTo.constLast() + u'\n';
        text += u"References: "_s + message.inReplyTo.join(u' ') + u'\n';
    }
    text += u"X-Tandem-Body-Format: "_s + keyOf(message.bodyFormat) + u"\n\n"_s;
    text += message.body;
    return text.toUtf8();
}

} // namespace

SpoolConnector::SpoolConnector(QString directory, int stallMs, int stallAfterMs)
    : m_directory(std::move(directory)), m_stallMs(stallMs), m_stallAfterMs(stallAfterMs)
{ }

std::shared_ptr<SpoolConnector> SpoolConnector::fromEnvironment()
{
    const QString directory = qEnvironmentVariable(directoryVariable);
    if (directory.isEmpty())
        return nullptr;
    return std::make_shared<SpoolConnector>(
        directory, qEnvironmentVariableIntValue(stallVariable), qEnvironmentVariableIntValue(stallAfterVariable));
}

QList<Channel> SpoolConnector::channels() const
{
    QList<Channel> all = allValues<Channel>();
    all.removeAll(Channel::Internal);
    return all;
}

QString SpoolConnector::fileFor(const QString &deliveryKey) const
{
    return QDir(m_directory).filePath(deliveryKey);
}

std::optional<DeliveryResult> SpoolConnector::toldToFail() const
{
    QFile failFile(QDir(m_directory).filePath(QString::fromLatin1(failFileName)));
    if (failFile.open(QIODevice::ReadOnly))
        return failureFrom(QString::fromUtf8(failFile.readAll()));
    const QString variable = qEnvironmentVariable(failVariable);
    if (!variable.isEmpty())
        return failureFrom(variable);
    return std::nullopt;
}

DeliveryResult SpoolConnector::deliver(const OutgoingMessage &message)
{
    if (!QFileInfo(m_directory).isDir())
        return DeliveryResult::temporaryFailure(tr("The spool folder %1 is not there.").arg(m_directory));
    const QString target = fileFor(message.deliveryKey);
    if (QFileInfo::exists(target))
        return DeliveryResult::delivered(true);
    if (std::optional<DeliveryResult> failure = toldToFail())
        return *failure;
    if (m_stallMs > 0)
        QThread::msleep(static_cast<unsigned long>(m_stallMs));

    const QString temporary
        = QDir(m_directory).filePath(u".partial-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly) || file.write(fileContent(message)) < 0 || !file.flush()) {
        const QString why = file.errorString();
        file.remove();
        return DeliveryResult::temporaryFailure(tr("The spool file could not be written: %1").arg(why));
    }
    file.close();
    // QFile::rename never replaces an existing file: when a rival worker delivered the same key in the
    // meantime, theirs stands and this copy goes.
    if (QFile::rename(temporary, target)) {
        if (m_stallAfterMs > 0)
            QThread::msleep(static_cast<unsigned long>(m_stallAfterMs));
        return DeliveryResult::delivered();
    }
    QFile::remove(temporary);
    if (QFileInfo::exists(target))
        return DeliveryResult::delivered(true);
    return DeliveryResult::temporaryFailure(tr("The spool file %1 could not be made.").arg(target));
}

} // namespace tandem

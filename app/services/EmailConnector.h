// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MailAccount.h"
#include "services/ChannelConnector.h"
#include "services/SecretStore.h"

#include <QCoreApplication>

#include <memory>

namespace tandem {

// Sends e-mail replies through the account's SMTP server (KSMTP), built by KMime: From the account's first
// support address, Message-ID <delivery key>, In-Reply-To and References from the customer's messages,
// and the conversation's reference "[#<id>]" at the end of the subject, which every mail client keeps
// when it answers (unlike References, which some drop), so the answer finds its conversation.
//
// Sent once: when the account saves to Sent, a copy goes into the Sent folder first, marked $TandemPending; then
// the hand-over is recorded in the workspace (OutgoingMessage::recordHandOver), the SMTP server takes the
// message, and the mark is cleared. A later attempt that finds a copy without the mark reports the message
// delivered; one that finds the hand-over recorded (and no unmarked copy) reports it may have been sent, and
// nothing goes out again by itself; a marked copy without a recorded hand-over is from an attempt that ended
// before SMTP, and is used again. Without Sent copies the recorded hand-over alone decides. A connection lost
// during the SMTP transaction also means "may have been sent". While the IMAP server of an account that saves
// to Sent cannot be reached, nothing is sent (temporary failure).
//
// A 5xx refusal is a permanent failure with the server's own words; 4xx answers and connection, TLS or
// login problems are temporary (the outbox tries again). deliver() runs KIMAP's and KSMTP's jobs in local
// event loops, so it works on the outbox worker's thread.
class EmailConnector : public ChannelConnector
{
    Q_DECLARE_TR_FUNCTIONS(tandem::EmailConnector)

public:
    EmailConnector(MailAccount account, std::shared_ptr<SecretStore> secrets);

    [[nodiscard]] QList<Channel> channels() const override;
    [[nodiscard]] DeliveryResult deliver(const OutgoingMessage &message) override;

    // The whole message as it goes to the SMTP server.
    [[nodiscard]] static QByteArray compose(const OutgoingMessage &message, const MailAccount &account);
    // "[#<conversation id>]" (ConversationRules::subjectReference): what the subject carries so that an
    // answer finds the conversation.
    [[nodiscard]] static QString conversationReference(Id conversationId);

private:
    MailAccount m_account;
    std::shared_ptr<SecretStore> m_secrets;
};

} // namespace tandem

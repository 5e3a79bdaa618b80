// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/MailAccountRouter.h"

#include "services/EmailConnector.h"

namespace tandem {

MailAccountRouter::MailAccountRouter(QList<MailAccount> accounts, const std::shared_ptr<SecretStore> &secrets)
    : m_accounts(std::move(accounts))
{
    for (const MailAccount &account : std::as_const(m_accounts))
        m_connectors.append(std::make_shared<EmailConnector>(account, secrets));
}

MailAccountRouter::~MailAccountRouter() = default;

QList<Channel> MailAccountRouter::channels() const
{
    return m_connectors.isEmpty() ? QList<Channel>() : m_connectors.constFirst()->channels();
}

DeliveryResult MailAccountRouter::deliver(const OutgoingMessage &message)
{
    const MailAccount *account = accountForQueue(m_accounts, message.queueId);
    if (!account)
        return DeliveryResult::temporaryFailure({});
    return m_connectors.at(account - m_accounts.constData())->deliver(message);
}

} // namespace tandem

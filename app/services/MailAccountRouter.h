// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MailAccount.h"
#include "services/ChannelConnector.h"
#include "services/SecretStore.h"

#include <memory>

namespace tandem {

class EmailConnector;

// E-mail replies through the team's mail accounts: each reply leaves through the account that feeds its
// conversation's queue (accountForQueue), so a billing answer comes from billing@ and lands in billing's
// Sent folder. One connector per account, made once.
class MailAccountRouter : public ChannelConnector
{
public:
    MailAccountRouter(QList<MailAccount> accounts, const std::shared_ptr<SecretStore> &secrets);
    ~MailAccountRouter() override;

    [[nodiscard]] QList<Channel> channels() const override;
    [[nodiscard]] DeliveryResult deliver(const OutgoingMessage &message) override;

private:
    QList<MailAccount> m_accounts;
    QList<std::shared_ptr<EmailConnector>> m_connectors; // by the index in m_accounts
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Conversation.h"
#include "domain/MailAccount.h"

#include <QDialog>

class QCheckBox;
class QFormLayout;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace tandem {

// The fields of one mail account, as a lead fills them in: where mail is fetched and sent, the login and
// password, the addresses customers write to and the queue their mail feeds. The password field stays
// empty when an account is changed: typing one replaces the stored password, leaving it empty keeps it.
class MailAccountForm : public QDialog
{
    Q_OBJECT

public:
    MailAccountForm(const QList<TeamQueue> &queues, QWidget *parent = nullptr);

    // Fills the fields from a stored account (its id and version are kept for the change).
    void setAccount(const MailAccount &account);
    [[nodiscard]] MailAccount account() const;
    [[nodiscard]] QString password() const;

private:
    struct ServerFields
    {
        QLineEdit *host;
        QSpinBox *port;
        QComboBox *security;
    };
    ServerFields addServerFields(const QString &title, int defaultTlsPort, int defaultStartTlsPort);
    static void setServer(const ServerFields &fields, const MailServer &server);
    [[nodiscard]] static MailServer server(const ServerFields &fields);

    MailAccount m_account;
    QLineEdit *m_name;
    QLineEdit *m_addresses;
    QComboBox *m_queue;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QCheckBox *m_saveToSent;
    QLineEdit *m_caFile;
    ServerFields m_imap {};
    ServerFields m_smtp {};
    QFormLayout *m_form;
};

} // namespace tandem

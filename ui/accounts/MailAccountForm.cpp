// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/MailAccountForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

MailAccountForm::MailAccountForm(const QList<TeamQueue> &queues, QWidget *parent)
    : QDialog(parent),
      m_name(new QLineEdit(this)),
      m_addresses(new QLineEdit(this)),
      m_queue(new QComboBox(this)),
      m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_saveToSent(new QCheckBox(tr("Keep a copy of every reply in the account's Sent folder"), this)),
      m_caFile(new QLineEdit(this)),
      m_form(new QFormLayout)
{
    setObjectName(u"mailAccountForm"_s);
    setWindowTitle(tr("Mail Account"));
    m_name->setObjectName(u"mailAccountName"_s);
    m_name->setPlaceholderText(tr("Support"));
    m_addresses->setObjectName(u"mailAccountAddresses"_s);
    m_addresses->setPlaceholderText(tr("support@example.com, help@example.com"));
    m_addresses->setToolTip(tr("The addresses customers write to, separated by commas; replies leave from the first."));
    m_queue->setObjectName(u"mailAccountQueue"_s);
    m_queue->addItem(tr("Shared inbox (no queue)"));
    for (const TeamQueue &queue : queues)
        m_queue->addItem(queue.name, queue.id);
    m_login->setObjectName(u"mailAccountLogin"_s);
    m_password->setObjectName(u"mailAccountPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_saveToSent->setChecked(true);
    m_caFile->setObjectName(u"mailAccountCaFile"_s);
    m_caFile->setPlaceholderText(tr("Only for a server with a certificate of its own"));

    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Addresses:"), m_addresses);
    m_form->addRow(tr("&Queue:"), m_queue);
    m_imap = addServerFields(tr("Incoming mail (IMAP)"), 993, 143);
    m_smtp = addServerFields(tr("Outgoing mail (SMTP)"), 465, 587);
    m_form->addRow(tr("&Login:"), m_login);
    m_form->addRow(tr("&Password:"), m_password);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    caRow->addWidget(browse);
    auto *caLabel = new QLabel(tr("&Certificate authority:"), this);
    caLabel->setBuddy(m_caFile);
    m_form->addRow(caLabel, caRow);
    m_form->addRow(QString(), m_saveToSent);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Certificate Authority"), QString(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(620);
}

MailAccountForm::ServerFields MailAccountForm::addServerFields(
    const QString &title, int defaultTlsPort, int defaultStartTlsPort)
{
    auto *heading = new QLabel(title, this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_form->addRow(heading);
    ServerFields fields { new QLineEdit(this), new QSpinBox(this), new QComboBox(this) };
    fields.host->setPlaceholderText(tr("mail.example.com"));
    fields.port->setRange(1, 65535);
    fields.port->setValue(defaultTlsPort);
    fields.security->addItem(tr("TLS from the start"), keyOf(MailSecurity::ImplicitTls));
    fields.security->addItem(tr("STARTTLS"), keyOf(MailSecurity::StartTls));
    // The usual port follows the encryption chosen, unless someone typed another one.
    connect(fields.security, &QComboBox::currentIndexChanged, this, [fields, defaultTlsPort, defaultStartTlsPort] {
        const bool tls = fields.security->currentData().toString() == keyOf(MailSecurity::ImplicitTls);
        if (fields.port->value() == defaultTlsPort || fields.port->value() == defaultStartTlsPort)
            fields.port->setValue(tls ? defaultTlsPort : defaultStartTlsPort);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(fields.host, 1);
    row->addWidget(fields.port);
    row->addWidget(fields.security);
    auto *label = new QLabel(tr("Server:"), this);
    label->setBuddy(fields.host);
    m_form->addRow(label, row);
    return fields;
}

void MailAccountForm::setServer(const ServerFields &fields, const MailServer &server)
{
    fields.host->setText(server.host);
    fields.security->setCurrentIndex(fields.security->findData(keyOf(server.security)));
    fields.port->setValue(server.port);
}

MailServer MailAccountForm::server(const ServerFields &fields)
{
    MailServer server;
    server.host = fields.host->text().trimmed();
    server.port = fields.port->value();
    server.security
        = mailSecurityFromKey(fields.security->currentData().toString()).value_or(MailSecurity::ImplicitTls);
    return server;
}

void MailAccountForm::setAccount(const MailAccount &account)
{
    m_account = account;
    m_name->setText(account.name);
    m_addresses->setText(account.addresses.join(u", "_s));
    m_queue->setCurrentIndex(account.queueId ? std::max(0, m_queue->findData(*account.queueId)) : 0);
    setServer(m_imap, account.imap);
    setServer(m_smtp, account.smtp);
    m_login->setText(account.login);
    m_password->setPlaceholderText(tr("Unchanged"));
    m_saveToSent->setChecked(account.saveToSent);
    m_caFile->setText(account.caCertificateFile);
}

MailAccount MailAccountForm::account() const
{
    MailAccount account = m_account;
    account.name = m_name->text().trimmed();
    account.addresses.clear();
    for (const QString &address : m_addresses->text().split(u',', Qt::SkipEmptyParts)) {
        if (!address.trimmed().isEmpty())
            account.addresses.append(address.trimmed());
    }
    const QVariant queue = m_queue->currentData();
    account.queueId = queue.isValid() ? std::optional<Id>(queue.value<Id>()) : std::nullopt;
    account.imap = server(m_imap);
    account.smtp = server(m_smtp);
    account.login = m_login->text().trimmed();
    account.saveToSent = m_saveToSent->isChecked();
    account.caCertificateFile = m_caFile->text().trimmed();
    return account;
}

QString MailAccountForm::password() const
{
    return m_password->text();
}

} // namespace tandem

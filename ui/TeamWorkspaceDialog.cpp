// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TeamWorkspaceDialog.h"

#include "RecentWorkspaces.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

TeamWorkspaceDialog::TeamWorkspaceDialog(QWidget *parent)
    : QDialog(parent),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)),
      m_encryption(new QComboBox(this)),
      m_recent(new QListWidget(this))
{
    setWindowTitle(tr("Open Team Workspace"));
    setMinimumWidth(460);
    m_host->setPlaceholderText(tr("e.g. support-db.example.com"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("e.g. tandem"));
    m_user->setText(qEnvironmentVariable("USER"));
    m_encryption->addItem(tr("Use if the server offers it"), u"prefer"_s);
    m_encryption->addItem(tr("Required"), u"require"_s);
    m_encryption->addItem(tr("Required, and verify the server"), u"verify-full"_s);
    m_encryption->addItem(tr("Off"), u"disable"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption:"), m_encryption);

    auto *recentLabel = new QLabel(tr("&Recent team workspaces:"), this);
    recentLabel->setBuddy(m_recent);
    for (const QString &spec : RecentWorkspaces::list()) {
        if (spec.startsWith(u"postgres"_s))
            m_recent->addItem(spec);
    }
    recentLabel->setVisible(m_recent->count() > 0);
    m_recent->setVisible(m_recent->count() > 0);
    connect(m_recent, &QListWidget::currentTextChanged, this, &TeamWorkspaceDialog::setAddress);
    connect(m_recent, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *note = new QLabel(tr("The server asks for your password when it needs one; Tandem never stores it. "
                               "A password file (PGPASSFILE) or service file (PGSERVICE) works too."),
        this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : { m_host, m_database, m_user })
        connect(edit, &QLineEdit::textChanged, this, &TeamWorkspaceDialog::updateAcceptable);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent);
    layout->addWidget(note);
    layout->addWidget(buttons);
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
    updateAcceptable();
}

QString TeamWorkspaceDialog::address() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(m_host->text().trimmed());
    if (m_port->value() != 5432)
        url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(u"/"_s + m_database->text().trimmed());
    const QString sslmode = m_encryption->currentData().toString();
    if (sslmode != u"prefer"_s)
        url.setQuery(u"sslmode="_s + sslmode);
    return url.toString();
}

void TeamWorkspaceDialog::setAddress(const QString &text)
{
    const QUrl url(text);
    if (!url.isValid())
        return;
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_database->setText(url.path().mid(1));
    m_user->setText(url.userName());
    const int encryption = m_encryption->findData(QUrlQuery(url).queryItemValue(u"sslmode"_s));
    m_encryption->setCurrentIndex(qMax(0, encryption));
}

void TeamWorkspaceDialog::updateAcceptable()
{
    auto *buttons = findChild<QDialogButtonBox *>();
    if (buttons) {
        buttons->button(QDialogButtonBox::Open)
            ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
    }
}

} // namespace tandem

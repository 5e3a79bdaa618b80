// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "customers/CustomerEditDialog.h"

#include "domain/Error.h"
#include "services/CustomerProfileService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setAccessibleName(name);
    edit->setMaxLength(int(CustomerProfileService::maxFieldLength) * 4);
    return edit;
}

template<typename E> QComboBox *enumChoice(QWidget *parent, const QString &name, E current)
{
    auto *choice = new QComboBox(parent);
    choice->setAccessibleName(name);
    for (const E value : allValues<E>())
        choice->addItem(displayName(value), int(value));
    choice->setCurrentIndex(choice->findData(int(current)));
    return choice;
}

} // namespace

CustomerEditDialog::CustomerEditDialog(CustomerProfileService &service, Actor actor, Customer customer, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_actor(std::move(actor)),
      m_original(std::move(customer)),
      m_saved(m_original),
      m_firstName(lineEdit(this, tr("First name"), m_original.firstName)),
      m_lastName(lineEdit(this, tr("Last name"), m_original.lastName)),
      m_email(lineEdit(this, tr("Email"), m_original.email)),
      m_phone(lineEdit(this, tr("Phone"), m_original.phone)),
      m_company(lineEdit(this, tr("Company"), m_original.company)),
      m_tier(enumChoice(this, tr("Tier"), m_original.tier)),
      m_lifecycle(enumChoice(this, tr("Lifecycle"), m_original.lifecycle)),
      m_tags(lineEdit(this, tr("Tags"), m_original.tags.join(u", "_s))),
      m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"customerEditDialog"_s);
    setWindowTitle(tr("Edit %1").arg(m_original.displayName()));
    m_tags->setPlaceholderText(tr("Separated by commas"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_problems->setObjectName(u"problems"_s);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #b3261e;"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Tier:"), m_tier);
    form->addRow(tr("L&ifecycle:"), m_lifecycle);
    form->addRow(tr("T&ags:"), m_tags);
    auto *note = new QLabel(tr("Changes are recorded in the audit trail under your name."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomerEditDialog::reject);
    for (QLineEdit *edit : { m_firstName, m_lastName, m_email, m_phone, m_company, m_tags })
        connect(edit, &QLineEdit::textChanged, this, &CustomerEditDialog::updateProblems);
    setMinimumWidth(440);
    updateProblems();
}

Customer CustomerEditDialog::edited() const
{
    Customer customer = m_original;
    customer.firstName = m_firstName->text();
    customer.lastName = m_lastName->text();
    customer.email = m_email->text();
    customer.phone = m_phone->text();
    customer.company = m_company->text();
    customer.tier = Tier(m_tier->currentData().toInt());
    customer.lifecycle = Lifecycle(m_lifecycle->currentData().toInt());
    customer.tags = m_tags->text().split(u',', Qt::SkipEmptyParts);
    return customer;
}

QString CustomerEditDialog::problemText() const
{
    QStringList messages;
    for (const CustomerProblem &problem :
        CustomerProfileService::problemsWith(CustomerProfileService::normalized(edited())))
        messages.append(problem.message);
    return messages.join(u'\n');
}

bool CustomerEditDialog::canSave() const
{
    return m_buttons->button(QDialogButtonBox::Save)->isEnabled();
}

void CustomerEditDialog::updateProblems()
{
    const QString problems = problemText();
    m_problems->setText(problems);
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
}

void CustomerEditDialog::accept()
{
    if (!canSave())
        return;
    try {
        m_saved = m_service.updateDetails(m_actor, edited());
    } catch (const Error &error) {
        m_problems->setText(error.message());
        m_problems->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace tandem

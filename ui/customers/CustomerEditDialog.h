// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"
#include "services/Actor.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tandem {

class CustomerProfileService;

// Edits a customer's contact details: name, e-mail, phone, company, tier, lifecycle and tags. What the
// service would refuse is named while typing; saving goes through the service, which audits it.
class CustomerEditDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerEditDialog(CustomerProfileService &service, Actor actor, Customer customer, QWidget *parent = nullptr);

    // The details as the form holds them now.
    [[nodiscard]] Customer edited() const;
    // The customer as stored after a successful save.
    [[nodiscard]] const Customer &saved() const { return m_saved; }
    // Why the form cannot be saved, or empty.
    [[nodiscard]] QString problemText() const;

    [[nodiscard]] QLineEdit *firstNameField() const { return m_firstName; }
    [[nodiscard]] QLineEdit *lastNameField() const { return m_lastName; }
    [[nodiscard]] QLineEdit *emailField() const { return m_email; }
    [[nodiscard]] QLineEdit *phoneField() const { return m_phone; }
    [[nodiscard]] QLineEdit *companyField() const { return m_company; }
    [[nodiscard]] QLineEdit *tagsField() const { return m_tags; }
    [[nodiscard]] QComboBox *tierChoice() const { return m_tier; }
    [[nodiscard]] QComboBox *lifecycleChoice() const { return m_lifecycle; }
    [[nodiscard]] bool canSave() const;

    // Saves; on a refusal the dialog stays open and says why.
    void accept() override;

private:
    void updateProblems();

    CustomerProfileService &m_service;
    Actor m_actor;
    Customer m_original;
    Customer m_saved;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_company;
    QComboBox *m_tier;
    QComboBox *m_lifecycle;
    QLineEdit *m_tags;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace tandem

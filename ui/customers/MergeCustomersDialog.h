// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/CustomerProfileService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace tandem {

class CustomerListModel;
class CustomerService;

// Merges a duplicate into the customer kept: find the duplicate by typing, compare the two, see what
// will move, confirm. The duplicate is marked merged, never deleted, and the merge can be undone.
class MergeCustomersDialog : public QDialog
{
    Q_OBJECT

public:
    MergeCustomersDialog(CustomerService &customers, CustomerProfileService &profiles, Actor actor, Id keepId,
        QWidget *parent = nullptr);
    ~MergeCustomersDialog() override;

    // Filters the customer list at once (as typing does after a pause).
    void setSearchText(const QString &text);
    // Chooses the duplicate among the customers listed; false when it is not listed.
    bool selectDuplicate(Id customerId);
    [[nodiscard]] Id duplicateId() const { return m_duplicateId; }
    [[nodiscard]] const std::optional<CustomerMergeResult> &result() const { return m_result; }
    // What the preview says will move.
    [[nodiscard]] QString previewText() const;
    [[nodiscard]] QPushButton *mergeButton() const { return m_merge; }
    [[nodiscard]] QListView *customerList() const { return m_list; }

    // Merges; on a refusal the dialog stays open and says why.
    void accept() override;

private:
    void showDuplicate(const QModelIndex &current);

    CustomerService &m_customers;
    CustomerProfileService &m_profiles;
    Actor m_actor;
    std::optional<Customer> m_kept;
    Id m_duplicateId = 0;
    std::optional<CustomerMergeResult> m_result;
    CustomerListModel *m_model;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_comparison;
    QLabel *m_preview;
    QLabel *m_error;
    QPushButton *m_merge;
    QTimer *m_typingPause;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/CustomerProfile.h"
#include "domain/Records.h"
#include "services/Actor.h"

#include <QMap>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace tandem {

class CustomerProfileService;
class CustomerService;

// One customer at a glance: contact details and the figures of their history (orders, refunds, latest
// survey answers, open escalations and follow-ups, first and last contact), with Edit, Merge and, for
// customers merged into this one, Separate. Refreshes when the workspace changes.
class CustomerProfileWidget : public QWidget
{
    Q_OBJECT

public:
    // The figures shown, each in its own labelled box.
    enum class Figure { Orders, Refunds, Interactions, Csat, Nps, Ces, Escalations, FollowUps, Contact };

    CustomerProfileWidget(
        CustomerService &customers, CustomerProfileService &profiles, Actor actor, QWidget *parent = nullptr);

    // Shows a customer; 0 shows nobody.
    void setCustomer(Id customerId);
    // Offers no edit, merge or separation: the workspace is open read-only.
    void setReadOnly(bool readOnly);
    [[nodiscard]] Id customerId() const { return m_customerId; }
    // Reads the customer and the figures again.
    void reload();

    // The value and the line under it, as shown.
    [[nodiscard]] QString figureValue(Figure figure) const;
    [[nodiscard]] QString figureDetail(Figure figure) const;
    [[nodiscard]] QString nameText() const;
    [[nodiscard]] QPushButton *editButton() const { return m_edit; }
    [[nodiscard]] QPushButton *mergeButton() const { return m_merge; }
    [[nodiscard]] QPushButton *separateButton() const { return m_separate; }

    // Opens the dialogs (window-modal, not blocking); they are children of this widget.
    void openEditDialog();
    void openMergeDialog();
    // Separates a customer merged into this one, after asking.
    void separate(Id mergedId);

signals:
    void customerEdited(tandem::Id customerId);
    void customersMerged(tandem::Id keptId, tandem::Id mergedId);
    void customerSeparated(tandem::Id keptId, tandem::Id separatedId);
    // Something could not be read or written; the message is for a person.
    void failed(const QString &message);

private:
    struct FigureBox
    {
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
    };

    void addFigure(QGridLayout *grid, Figure figure, const QString &caption, int row, int column);
    void display(const std::optional<Customer> &customer, const CustomerProfile &profile);
    void setFigure(Figure figure, const QString &value, const QString &detail, bool alert = false);
    void chooseAndSeparate();

    CustomerService &m_customers;
    CustomerProfileService &m_profiles;
    Actor m_actor;
    Id m_customerId = 0;
    std::optional<Customer> m_customer;
    CustomerProfile m_profile;
    QLabel *m_name;
    QLabel *m_contact;
    QLabel *m_attributes;
    QLabel *m_merged;
    QPushButton *m_edit;
    QPushButton *m_merge;
    QPushButton *m_separate;
    bool m_readOnly = false;
    QMap<Figure, FigureBox> m_figures;
};

} // namespace tandem

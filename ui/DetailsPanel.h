// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QWidget>

class QLabel;

namespace tandem {
class BodyViewer;
}

namespace tandem {

// The right-hand panel: who the customer is, and the selected event in full. Bodies are shown as
// plain text, so customer-written HTML is never rendered.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    void showCustomer(const std::optional<Customer> &customer, qint64 eventCount);
    void showInteraction(const std::optional<Interaction> &interaction);
    // The customer's timeline changed (on this desk or another): the count follows it.
    void setEventCount(qint64 eventCount);

    [[nodiscard]] BodyViewer *bodyViewer() const { return m_body; }

private:
    QLabel *m_name;
    QLabel *m_company;
    QLabel *m_email;
    QLabel *m_phone;
    QLabel *m_tier;
    QLabel *m_lifecycle;
    QLabel *m_tags;
    QLabel *m_events;
    QLabel *m_eventHeader;
    BodyViewer *m_body;
};

} // namespace tandem

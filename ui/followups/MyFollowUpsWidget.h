// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"
#include "services/Actor.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTimer;

namespace tandem {

class FollowUpListModel;
class FollowUpService;

// "My follow-ups": the agent's open follow-ups, due first, overdue ones in red, with Done and Open
// Customer. The overdue marks follow the clock (checked every minute) and the list follows the
// workspace.
class MyFollowUpsWidget : public QWidget
{
    Q_OBJECT

public:
    MyFollowUpsWidget(FollowUpService &service, Actor actor, QWidget *parent = nullptr);

    [[nodiscard]] FollowUpListModel *model() const { return m_model; }
    [[nodiscard]] QListView *list() const { return m_list; }
    [[nodiscard]] QPushButton *doneButton() const { return m_done; }
    [[nodiscard]] QString summaryText() const;

    // Completes the selected follow-up; false (and the reason in the summary line) when refused.
    bool completeSelected();

signals:
    void openCustomerRequested(tandem::Id customerId);

private:
    void updateSummary();
    void updateButtons();

    FollowUpService &m_service;
    Actor m_actor;
    FollowUpListModel *m_model;
    QLabel *m_summary;
    QListView *m_list;
    QLabel *m_error;
    QPushButton *m_done;
    QPushButton *m_open;
    QTimer *m_clockTick;
};

} // namespace tandem

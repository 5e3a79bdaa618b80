// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/EscalationService.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace tandem {

class AnswerDialog;
class EscalationQueueModel;
class HandoffCard;
class MessageBanner;

// The escalation desk: a queue on the left (filters: which queue, category, severity), the selected
// escalation's hand-off card on the right, and above it a Claim button and one button for every other
// step the service allows the agent on that escalation now. Specialists and leads see the support queue;
// reps see what they escalated and what came back to them. Self-contained: give it the service and the
// agent and put it anywhere.
class SpecialistQueueWidget : public QWidget
{
    Q_OBJECT

public:
    SpecialistQueueWidget(EscalationService &service, Actor actor, QWidget *parent = nullptr);

    [[nodiscard]] EscalationQueueModel *model() const { return m_model; }
    [[nodiscard]] HandoffCard *card() const { return m_card; }
    [[nodiscard]] QListView *view() const { return m_view; }
    [[nodiscard]] Id selectedEscalationId() const;
    bool selectEscalation(Id escalationId);
    void setQueue(EscalationQueue queue);
    // Shows one of the agent's own escalations in "escalated by me", selected, with the list focused.
    bool openOwnEscalation(Id escalationId);
    // The Answer dialog while it is open.
    [[nodiscard]] AnswerDialog *answerDialog() const;
    // The button for an action (visible or not).
    [[nodiscard]] QPushButton *actionButton(EscalationAction action) const { return m_buttons.value(action); }
    // Takes a step on the selected escalation with what the button would have asked for; shows the
    // service's refusal in the widget and returns false when it is refused.
    bool perform(EscalationAction action, const QString &note = {}, const TransitionOptions &options = {});

signals:
    // The selection moved (0: none), for windows that show it elsewhere too.
    void escalationSelected(Id escalationId);

private:
    void applyFilter();
    void afterChange();
    void updateCount();
    void showSelected();
    void updateActions();
    void askAndPerform(EscalationAction action);
    void answerSelected(const HandoffDetails &details);
    void showMessage(const QString &message, bool problem);

    EscalationService &m_service;
    Actor m_actor;
    EscalationQueueModel *m_model;
    QComboBox *m_queue;
    QComboBox *m_category;
    QComboBox *m_severity;
    QLabel *m_count;
    QListView *m_view;
    HandoffCard *m_card;
    MessageBanner *m_message;
    QMap<EscalationAction, QPushButton *> m_buttons;
    Id m_selectedId = 0;
    // The escalation to keep selected while the queue rearranges itself after a change.
    Id m_following = 0;
    QPointer<AnswerDialog> m_answerDialog;
};

} // namespace tandem

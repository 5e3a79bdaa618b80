// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/EscalationService.h"

#include <QHash>
#include <QMap>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace tandem {

class AnswerDialog;
class ArticleService;
class EscalationActionDialog;
class EscalationQueueModel;
class HandoffCard;
class MessageBanner;

// The escalation desk: a queue on the left (filters: which queue, category, severity, and a search over
// number, customer and summary; what support finished sits in its own "Resolved" list), the selected
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
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] QLabel *countLabel() const { return m_count; }
    [[nodiscard]] Id selectedEscalationId() const;
    bool selectEscalation(Id escalationId);
    void setQueue(EscalationQueue queue);
    // Shows one of the agent's own escalations in "escalated by me", selected, with the list focused.
    bool openOwnEscalation(Id escalationId);
    // The Answer dialog while it is open.
    [[nodiscard]] AnswerDialog *answerDialog() const;
    // The dialog of the step being taken (Ask the rep, Resolve, Hand back, ...) while it is open.
    [[nodiscard]] EscalationActionDialog *actionDialog() const;
    // The button for an action (visible or not).
    [[nodiscard]] QPushButton *actionButton(EscalationAction action) const { return m_buttons.value(action); }
    // Takes a step on the selected escalation with what the button would have asked for; shows the
    // service's refusal in the widget and returns false when it is refused.
    bool perform(EscalationAction action, const QString &note = {}, const TransitionOptions &options = {});
    // Offers "Turn into article" on resolved escalations to those who may (ArticleService decides).
    void setArticleService(ArticleService *articles);
    [[nodiscard]] QPushButton *turnIntoArticleButton() const { return m_turnIntoArticle; }
    // Drafts an article from the selected escalation; shows the service's refusal and returns 0 when refused.
    Id turnIntoArticle();

signals:
    // The selection moved (0: none), for windows that show it elsewhere too.
    void escalationSelected(Id escalationId);
    // A draft article was made from an escalation (or the one made before found), to be opened in the editor.
    void articleDrafted(Id articleId);

private:
    void applyFilter();
    void afterChange();
    void updateCount();
    void showSelected();
    void updateActions();
    void askAndPerform(EscalationAction action);
    void openActionDialog(EscalationAction action, const TransitionOptions &options);
    void answerSelected(const HandoffDetails &details);
    void addInformationToSelected(const HandoffDetails &details);
    void showMessage(const QString &message, bool problem);
    // Says which state an escalation is in now, read from what the card shows, so the two never disagree.
    void reportState(Id escalationId);

    EscalationService &m_service;
    Actor m_actor;
    EscalationQueueModel *m_model;
    QComboBox *m_queue;
    QComboBox *m_category;
    QComboBox *m_severity;
    QLineEdit *m_search;
    QLabel *m_count;
    QListView *m_view;
    HandoffCard *m_card;
    MessageBanner *m_message;
    QMap<EscalationAction, QPushButton *> m_buttons;
    ArticleService *m_articles = nullptr;
    QPushButton *m_turnIntoArticle;
    Id m_selectedId = 0;
    // The escalation to keep selected while the queue rearranges itself after a change.
    Id m_following = 0;
    QPointer<AnswerDialog> m_answerDialog;
    QPointer<EscalationActionDialog> m_actionDialog;
    // What was written in a step's dialog that was closed without taking the step, by escalation and step.
    QHash<std::pair<Id, int>, QString> m_drafts;
    // The escalation the banner reports the state of (0: it says something else).
    Id m_reported = 0;
};

} // namespace tandem

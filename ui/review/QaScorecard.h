// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/QaRubric.h"
#include "domain/Records.h"
#include "services/Actor.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tandem {

class ReviewService;
class ScorePicker;

// A team lead scores one interaction beside its text: the five L.E.A.S.T. steps, accuracy and tone, 1 to 5
// each, and a comment the agent will read. From the keyboard: a digit per line, Tab to the next, Ctrl+Enter
// saves, Esc cancels (and asks first when something was entered).
class QaScorecard : public QWidget
{
    Q_OBJECT

public:
    QaScorecard(ReviewService &reviews, Actor actor, QWidget *parent = nullptr);

    // Starts a fresh scorecard for the interaction, described by `about`, with the first line focused.
    void start(Id interactionId, const QString &about);
    [[nodiscard]] Id interactionId() const { return m_interactionId; }
    void setScore(QaCriterion criterion, int score);
    [[nodiscard]] int score(QaCriterion criterion) const;
    void setComment(const QString &comment);
    [[nodiscard]] ScorePicker *picker(QaCriterion criterion) const { return m_scores.value(criterion); }
    [[nodiscard]] QString errorText() const;
    // Whether any score or comment was entered, which cancelling would lose.
    [[nodiscard]] bool hasEntries() const;
    // Saves the review and emits saved(), or shows why not.
    bool save();
    // Closes the scorecard; asks first when entries would be lost. False when the lead keeps scoring.
    bool cancel();

signals:
    void saved(tandem::Id interactionId);
    void closed();

private:
    void updateButton();

    ReviewService &m_reviews;
    Actor m_actor;
    Id m_interactionId = 0;
    bool m_asking = false;
    QLabel *m_heading;
    QHash<QaCriterion, ScorePicker *> m_scores;
    QPlainTextEdit *m_comment;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace tandem

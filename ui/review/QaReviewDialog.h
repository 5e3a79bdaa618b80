// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/QaRubric.h"
#include "domain/Records.h"
#include "services/Actor.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tandem {

class ReviewService;

// A team lead scores one interaction: the five L.E.A.S.T. steps, accuracy and tone, 1 to 5 each, and a
// comment the agent will read.
class QaReviewDialog : public QDialog
{
    Q_OBJECT

public:
    QaReviewDialog(
        ReviewService &reviews, Actor actor, Id interactionId, const QString &about, QWidget *parent = nullptr);

    void setScore(QaCriterion criterion, int score);
    [[nodiscard]] int score(QaCriterion criterion) const;
    void setComment(const QString &comment);
    [[nodiscard]] QString errorText() const;
    // Saves the review; accepts the dialog, or shows why not.
    bool save();

private:
    void updateButton();

    ReviewService &m_reviews;
    Actor m_actor;
    Id m_interactionId;
    QHash<QaCriterion, QButtonGroup *> m_scores;
    QPlainTextEdit *m_comment;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace tandem

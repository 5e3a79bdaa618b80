// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "review/QaScorecard.h"

#include "ThemeColors.h"
#include "domain/Error.h"
#include "domain/QaReview.h"
#include "review/ScorePicker.h"
#include "services/ReviewService.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

QaScorecard::QaScorecard(ReviewService &reviews, Actor actor, QWidget *parent)
    : QWidget(parent),
      m_reviews(reviews),
      m_actor(std::move(actor)),
      m_heading(new QLabel(this)),
      m_comment(new QPlainTextEdit(this)),
      m_error(new QLabel(this)),
      m_save(new QPushButton(tr("&Save Review"), this))
{
    setObjectName(u"qaScorecard"_s);
    auto *title = new QLabel(tr("QA Review"), this);
    QFont bold = title->font();
    bold.setWeight(QFont::DemiBold);
    title->setFont(bold);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    auto *hint = new QLabel(tr("1 is poor, 5 excellent. Type a digit on each line, Tab to the next; "
                               "Ctrl+Enter saves, Esc cancels."),
        this);
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    QColor mutedText = muted.color(QPalette::WindowText);
    mutedText.setAlphaF(0.75f);
    muted.setColor(QPalette::WindowText, mutedText);
    hint->setPalette(muted);

    auto *grid = new QGridLayout;
    grid->setVerticalSpacing(2);
    int row = 0;
    for (const QaCriterion criterion : QaRubric::criteria()) {
        auto *name = new QLabel(QaRubric::nameOf(criterion), this);
        name->setToolTip(QaRubric::questionOf(criterion));
        auto *picker = new ScorePicker(QaRubric::nameOf(criterion), QaRubric::lowest, QaRubric::highest, this);
        picker->setToolTip(QaRubric::questionOf(criterion));
        name->setBuddy(picker);
        grid->addWidget(name, row, 0);
        grid->addWidget(picker, row, 1);
        connect(picker, &ScorePicker::scoreChanged, this, &QaScorecard::updateButton);
        m_scores.insert(criterion, picker);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    m_comment->setPlaceholderText(tr("What went well, and what to do differently next time"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMinimumHeight(m_comment->fontMetrics().height() * 3);
    auto *commentLabel = new QLabel(tr("Co&mment for the agent:"), this);
    commentLabel->setBuddy(m_comment);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto *cancelButton = new QPushButton(tr("Cancel"), this);
    m_save->setToolTip(tr("Save the review (Ctrl+Enter)"));
    cancelButton->setToolTip(tr("Close the scorecard without saving (Esc)"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancelButton);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_heading);
    layout->addWidget(hint);
    layout->addLayout(grid);
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    setTabOrder(m_scores.value(QaRubric::criteria().constLast()), m_comment);
    setTabOrder(m_comment, cancelButton);
    setTabOrder(cancelButton, m_save);

    connect(m_save, &QPushButton::clicked, this, &QaScorecard::save);
    connect(cancelButton, &QPushButton::clicked, this, &QaScorecard::cancel);
    for (const QKeySequence &keys :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_save->isEnabled()) {
                save();
                return;
            }
            m_error->setText(tr("Score every line first."));
            m_error->setVisible(true);
        });
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &QaScorecard::cancel);
    updateButton();
}

void QaScorecard::start(Id interactionId, const QString &about)
{
    m_interactionId = interactionId;
    m_heading->setText(about);
    for (ScorePicker *picker : std::as_const(m_scores))
        picker->setScore(0);
    m_comment->clear();
    m_error->setVisible(false);
    updateButton();
    show();
    m_scores.value(QaRubric::criteria().constFirst())->setFocus(Qt::OtherFocusReason);
}

void QaScorecard::setScore(QaCriterion criterion, int score)
{
    m_scores.value(criterion)->setScore(score);
}

int QaScorecard::score(QaCriterion criterion) const
{
    return m_scores.value(criterion)->score();
}

void QaScorecard::setComment(const QString &comment)
{
    m_comment->setPlainText(comment);
}

QString QaScorecard::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool QaScorecard::hasEntries() const
{
    for (const ScorePicker *picker : std::as_const(m_scores)) {
        if (picker->score() != 0)
            return true;
    }
    return !m_comment->toPlainText().trimmed().isEmpty();
}

void QaScorecard::updateButton()
{
    bool complete = true;
    for (const ScorePicker *picker : std::as_const(m_scores))
        complete = complete && picker->score() >= QaRubric::lowest;
    m_save->setEnabled(complete);
    m_save->setToolTip(complete ? tr("Save the review (Ctrl+Enter)") : tr("Score every line first."));
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, ThemeColors::error(this->palette()));
    m_error->setPalette(palette);
    if (complete && m_error->text() == tr("Score every line first."))
        m_error->setVisible(false);
}

bool QaScorecard::save()
{
    QaReview review;
    for (const QaCriterion criterion : QaRubric::criteria())
        review.setScore(criterion, score(criterion));
    review.comment = m_comment->toPlainText();
    try {
        m_reviews.score(m_actor, m_interactionId, review);
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->setVisible(true);
        return false;
    }
    hide();
    emit saved(m_interactionId);
    return true;
}

bool QaScorecard::cancel()
{
    // One question at a time: a second Esc while it is open is not a second request.
    if (m_asking)
        return false;
    if (hasEntries()) {
        m_asking = true;
        const auto answer = QMessageBox::question(this, tr("Discard QA Scores"),
            tr("Discard the scores and comment you entered for this record?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        m_asking = false;
        if (answer != QMessageBox::Discard)
            return false;
    }
    hide();
    emit closed();
    return true;
}

} // namespace tandem

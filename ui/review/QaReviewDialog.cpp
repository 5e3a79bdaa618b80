// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "review/QaReviewDialog.h"

#include "domain/Error.h"
#include "domain/QaReview.h"
#include "services/ReviewService.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

QaReviewDialog::QaReviewDialog(
    ReviewService &reviews, Actor actor, Id interactionId, const QString &about, QWidget *parent)
    : QDialog(parent),
      m_reviews(reviews),
      m_actor(std::move(actor)),
      m_interactionId(interactionId),
      m_comment(new QPlainTextEdit(this)),
      m_error(new QLabel(this)),
      m_save(nullptr)
{
    setObjectName(u"qaReviewDialog"_s);
    setWindowTitle(tr("QA Review"));
    auto *heading = new QLabel(about, this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setWeight(QFont::DemiBold);
    heading->setFont(bold);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Poor"), this), 0, 1, Qt::AlignLeft);
    grid->addWidget(new QLabel(tr("Excellent"), this), 0, QaRubric::highest, Qt::AlignRight);
    int row = 1;
    for (const QaCriterion criterion : QaRubric::criteria()) {
        auto *name = new QLabel(QaRubric::nameOf(criterion), this);
        name->setToolTip(QaRubric::questionOf(criterion));
        grid->addWidget(name, row, 0);
        auto *group = new QButtonGroup(this);
        for (int value = QaRubric::lowest; value <= QaRubric::highest; ++value) {
            auto *button = new QRadioButton(QString::number(value), this);
            button->setAccessibleName(tr("%1: %2").arg(QaRubric::nameOf(criterion)).arg(value));
            button->setToolTip(QaRubric::questionOf(criterion));
            group->addButton(button, value);
            grid->addWidget(button, row, value);
        }
        connect(group, &QButtonGroup::idClicked, this, &QaReviewDialog::updateButton);
        m_scores.insert(criterion, group);
        ++row;
    }
    m_comment->setPlaceholderText(tr("What went well, and what to do differently next time"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(110);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save Review"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(grid);
    layout->addWidget(new QLabel(tr("Comment for the agent:"), this));
    layout->addWidget(m_comment);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QaReviewDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
}

void QaReviewDialog::setScore(QaCriterion criterion, int score)
{
    if (QAbstractButton *button = m_scores.value(criterion)->button(score))
        button->setChecked(true);
    updateButton();
}

int QaReviewDialog::score(QaCriterion criterion) const
{
    return m_scores.value(criterion)->checkedId();
}

void QaReviewDialog::setComment(const QString &comment)
{
    m_comment->setPlainText(comment);
}

QString QaReviewDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void QaReviewDialog::updateButton()
{
    bool complete = true;
    for (const QButtonGroup *group : std::as_const(m_scores))
        complete = complete && group->checkedId() >= QaRubric::lowest;
    m_save->setEnabled(complete);
    m_save->setToolTip(complete ? QString() : tr("Score every line first."));
}

bool QaReviewDialog::save()
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
    accept();
    return true;
}

} // namespace tandem

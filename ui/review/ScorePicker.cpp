// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "review/ScorePicker.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace tandem {

ScorePicker::ScorePicker(const QString &name, int lowest, int highest, QWidget *parent)
    : QFrame(parent), m_name(name), m_lowest(lowest), m_highest(highest)
{
    setObjectName(u"scorePicker"_s);
    setFocusPolicy(Qt::StrongFocus);
    // The whole row shows the keyboard focus, since its buttons never take it; the chosen score stands out
    // in the selection colour rather than the style's faint pressed look.
    setStyleSheet(u"QFrame#scorePicker { border: 2px solid transparent; border-radius: 4px; }"
                  "QFrame#scorePicker:focus { border-color: palette(highlight); }"
                  "QToolButton { border: 1px solid palette(mid); border-radius: 3px; padding: 2px 6px;"
                  " background: palette(button); color: palette(button-text); }"
                  "QToolButton:hover { border-color: palette(highlight); }"
                  "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
                  " border-color: palette(highlight); font-weight: 600; }"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(4);
    for (int value = lowest; value <= highest; ++value) {
        auto *button = new QToolButton(this);
        button->setText(QString::number(value));
        button->setCheckable(true);
        button->setAutoExclusive(false);
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(u"00"_s) + 16);
        button->setAccessibleName(tr("%1: %2").arg(name).arg(value));
        connect(button, &QToolButton::clicked, this, [this, value] {
            setScore(value);
            setFocus(Qt::MouseFocusReason);
        });
        layout->addWidget(button);
        m_buttons.append(button);
    }
    layout->addStretch(1);
    setAccessibleName(name);
    setAccessibleDescription(tr("Type a score from %1 to %2").arg(lowest).arg(highest));
}

void ScorePicker::setScore(int score)
{
    if (score != 0 && (score < m_lowest || score > m_highest))
        return;
    for (int index = 0; index < m_buttons.size(); ++index)
        m_buttons.at(index)->setChecked(m_lowest + index == score);
    if (score == m_score)
        return;
    m_score = score;
    setAccessibleName(score == 0 ? m_name : tr("%1: %2 of %3").arg(m_name).arg(score).arg(m_highest));
    emit scoreChanged(score);
}

void ScorePicker::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 + m_lowest && key <= Qt::Key_0 + m_highest
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        setScore(key - Qt::Key_0);
        return;
    }
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Down:
        setScore(m_score <= m_lowest ? m_lowest : m_score - 1);
        return;
    case Qt::Key_Right:
    case Qt::Key_Up:
        setScore(m_score == 0 ? m_lowest : qMin(m_highest, m_score + 1));
        return;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        setScore(0);
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFrame>
#include <QList>

class QToolButton;

namespace tandem {

// One rubric line's score: a button per value for the mouse, and one stop in the Tab chain for the
// keyboard, where a digit sets the score, Left and Right move it and Backspace or Delete clears it.
class ScorePicker : public QFrame
{
    Q_OBJECT

public:
    ScorePicker(const QString &name, int lowest, int highest, QWidget *parent = nullptr);

    // 0 while nothing is chosen.
    [[nodiscard]] int score() const { return m_score; }
    void setScore(int score);

signals:
    void scoreChanged(int score);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_name;
    int m_lowest;
    int m_highest;
    int m_score = 0;
    QList<QToolButton *> m_buttons;
};

} // namespace tandem

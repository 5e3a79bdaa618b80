// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/KpiTarget.h"

#include <QFrame>

class QLabel;

namespace tandem {

class TrendChart;

// One measure on the dashboard: its name, its value for the period, what it was counted from, and its
// weekly trend. A measure with a target shows it, and its value in the theme's good or bad colour with a
// mark that says the same without colour. A tile with records behind it is a button: click, Enter or Space
// asks for them.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    KpiTile(const QString &title, const QString &definition, bool clickable, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &caption);
    // The target as KpiTargets::describe says it (empty: none) and where the value stands against it.
    void setTarget(const QString &target, KpiStanding standing);
    [[nodiscard]] QString valueText() const;
    [[nodiscard]] QString captionText() const;
    [[nodiscard]] QString targetText() const;
    [[nodiscard]] KpiStanding standing() const { return m_standing; }
    [[nodiscard]] QColor valueColor() const;
    [[nodiscard]] TrendChart *chart() const { return m_chart; }
    [[nodiscard]] bool isClickable() const { return m_clickable; }

signals:
    void clicked();

protected:
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showStanding();

    QString m_title;
    QString m_valueText;
    QString m_targetText;
    KpiStanding m_standing = KpiStanding::NoTarget;
    bool m_clickable;
    QLabel *m_value;
    QLabel *m_caption;
    QLabel *m_target;
    TrendChart *m_chart;
};

} // namespace tandem

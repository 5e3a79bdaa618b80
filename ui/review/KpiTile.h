// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFrame>

class QLabel;

namespace tandem {

class TrendChart;

// One measure on the dashboard: its name, its value for the period, what it was counted from, and its
// weekly trend. A tile with records behind it is a button: click, Enter or Space asks for them.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    KpiTile(const QString &title, const QString &definition, bool clickable, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &caption);
    [[nodiscard]] QString valueText() const;
    [[nodiscard]] QString captionText() const;
    [[nodiscard]] TrendChart *chart() const { return m_chart; }
    [[nodiscard]] bool isClickable() const { return m_clickable; }

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_title;
    bool m_clickable;
    QLabel *m_value;
    QLabel *m_caption;
    TrendChart *m_chart;
};

} // namespace tandem

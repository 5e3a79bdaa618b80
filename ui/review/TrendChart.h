// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

namespace tandem {

// A small weekly trend: one point per week, joined by a line, the newest point marked, the lowest and
// highest value written at the side and the first and last week under it. Weeks without a value leave a
// gap. Hovering a point tells its week and value.
class TrendChart : public QWidget
{
    Q_OBJECT

public:
    struct Point
    {
        QDate weekStart;
        std::optional<double> value;
    };
    using Formatter = std::function<QString(double)>;

    explicit TrendChart(QWidget *parent = nullptr);

    void setPoints(const QList<Point> &points, Formatter format);
    [[nodiscard]] const QList<Point> &points() const { return m_points; }
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    [[nodiscard]] QRectF plotArea() const;
    [[nodiscard]] QPointF positionOf(int index, double value, double low, double high) const;
    [[nodiscard]] std::optional<std::pair<double, double>> range() const;

    QList<Point> m_points;
    Formatter m_format;
};

} // namespace tandem

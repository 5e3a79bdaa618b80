// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "review/TrendChart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

constexpr int labelGap = 4;

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(qMax(6.5, base.pointSizeF() * 0.8));
    return font;
}

} // namespace

TrendChart::TrendChart(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize TrendChart::sizeHint() const
{
    const QFontMetrics metrics(smallFont(font()));
    return { 220, 44 + metrics.height() + labelGap };
}

QSize TrendChart::minimumSizeHint() const
{
    const QFontMetrics metrics(smallFont(font()));
    return { 120, 36 + metrics.height() + labelGap };
}

void TrendChart::setPoints(const QList<Point> &points, Formatter format)
{
    m_points = points;
    m_format = std::move(format);
    update();
}

std::optional<std::pair<double, double>> TrendChart::range() const
{
    std::optional<std::pair<double, double>> bounds;
    for (const Point &point : m_points) {
        if (!point.value)
            continue;
        if (!bounds)
            bounds = std::pair(*point.value, *point.value);
        bounds->first = qMin(bounds->first, *point.value);
        bounds->second = qMax(bounds->second, *point.value);
    }
    return bounds;
}

QRectF TrendChart::plotArea() const
{
    const QFontMetrics metrics(smallFont(font()));
    // Room for the labels as they read in this language, and at least for a short number, so charts
    // side by side line up unless a label needs more.
    int valueWidth = 0;
    if (m_format) {
        valueWidth = metrics.horizontalAdvance(u"-100 %"_s);
        if (const auto bounds = range()) {
            valueWidth = qMax(valueWidth, metrics.horizontalAdvance(m_format(bounds->first)));
            valueWidth = qMax(valueWidth, metrics.horizontalAdvance(m_format(bounds->second)));
        }
        valueWidth = qMin(valueWidth, width() / 3);
    }
    return QRectF(3, metrics.height() / 2.0 + 1, width() - valueWidth - labelGap - 6,
        height() - metrics.height() * 1.5 - labelGap - 2);
}

QPointF TrendChart::positionOf(int index, double value, double low, double high) const
{
    const QRectF area = plotArea();
    const double x
        = m_points.size() < 2 ? area.center().x() : area.left() + area.width() * index / double(m_points.size() - 1);
    const double share = high > low ? (value - low) / (high - low) : 0.5;
    return { x, area.bottom() - share * area.height() };
}

void TrendChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();
    const QFont labelFont = smallFont(font());
    const QFontMetrics metrics(labelFont);
    painter.setFont(labelFont);
    const QRectF area = plotArea();
    QColor faint = colors.color(QPalette::WindowText);
    faint.setAlphaF(0.18f);
    painter.setPen(QPen(faint, 1));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    painter.drawLine(area.topLeft(), area.topRight());

    QColor labelColor = colors.color(QPalette::WindowText);
    labelColor.setAlphaF(0.65f);
    const auto bounds = range();
    if (!bounds) {
        painter.setPen(labelColor);
        painter.drawText(area, Qt::AlignCenter, tr("No data in this period"));
        return;
    }
    double low = bounds->first;
    double high = bounds->second;
    if (high - low < 1e-9) {
        low -= 1;
        high += 1;
    }

    // The line, broken where a week has no value.
    const QColor line = colors.color(QPalette::Highlight);
    QPainterPath path;
    bool drawing = false;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const std::optional<double> &value = m_points.at(i).value;
        if (!value) {
            drawing = false;
            continue;
        }
        const QPointF at = positionOf(int(i), *value, low, high);
        if (drawing)
            path.lineTo(at);
        else
            path.moveTo(at);
        drawing = true;
    }
    painter.setPen(QPen(line, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(line);
    std::optional<QPointF> newest;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const std::optional<double> &value = m_points.at(i).value;
        if (!value)
            continue;
        newest = positionOf(int(i), *value, low, high);
        painter.drawEllipse(*newest, 1.8, 1.8);
    }
    if (newest) {
        painter.setBrush(colors.color(QPalette::Base));
        painter.setPen(QPen(line, 1.8));
        painter.drawEllipse(*newest, 3.2, 3.2);
    }

    // The highest and lowest value at the side, the first and last week below.
    painter.setPen(labelColor);
    const double labelLeft = area.right() + labelGap + 3;
    const QString highText = m_format ? m_format(bounds->second) : QString();
    const QString lowText = m_format ? m_format(bounds->first) : QString();
    painter.drawText(QPointF(labelLeft, area.top() + metrics.ascent() / 2.0), highText);
    if (lowText != highText)
        painter.drawText(QPointF(labelLeft, area.bottom() + metrics.ascent() / 2.0), lowText);
    const QString format = u"d MMM"_s;
    const double baseline = height() - metrics.descent() - 1;
    if (!m_points.isEmpty()) {
        const QLocale locale;
        painter.drawText(QPointF(area.left(), baseline), locale.toString(m_points.constFirst().weekStart, format));
        const QString last = locale.toString(m_points.constLast().weekStart, format);
        if (m_points.size() > 1)
            painter.drawText(QPointF(area.right() - metrics.horizontalAdvance(last), baseline), last);
    }
}

bool TrendChart::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const auto bounds = range();
    // The week nearest to the pointer with its value.
    std::optional<std::pair<QDate, double>> nearest;
    double distance = 0;
    for (qsizetype i = 0; bounds && i < m_points.size(); ++i) {
        const Point &point = m_points.at(i);
        if (!point.value)
            continue;
        const QPointF at = positionOf(
            int(i), *point.value, bounds->first, bounds->second > bounds->first ? bounds->second : bounds->first + 1);
        const double dx = qAbs(at.x() - help->pos().x());
        if (!nearest || dx < distance) {
            nearest = std::pair(point.weekStart, *point.value);
            distance = dx;
        }
    }
    if (!nearest || !m_format) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QToolTip::showText(help->globalPos(),
        tr("Week of %1: %2").arg(QLocale().toString(nearest->first, QLocale::ShortFormat), m_format(nearest->second)),
        this);
    return true;
}

} // namespace tandem

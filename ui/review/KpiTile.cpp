// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "review/KpiTile.h"

#include "review/TrendChart.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

KpiTile::KpiTile(const QString &title, const QString &definition, bool clickable, QWidget *parent)
    : QFrame(parent),
      m_title(title),
      m_clickable(clickable),
      m_value(new QLabel(this)),
      m_caption(new QLabel(this)),
      m_chart(new TrendChart(this))
{
    setObjectName(u"kpiTile"_s);
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_Hover);
    setStyleSheet(
        u"QFrame#kpiTile { background: palette(base); border: 1px solid palette(midlight);"
        " border-radius: 6px; }"
        "QFrame#kpiTile[clickable=\"true\"]:hover, QFrame#kpiTile:focus { border-color: palette(highlight); }"_s);
    setProperty("clickable", clickable);
    auto *name = new QLabel(title, this);
    name->setTextFormat(Qt::PlainText);
    QFont nameFont = name->font();
    nameFont.setWeight(QFont::DemiBold);
    name->setFont(nameFont);
    QPalette muted = name->palette();
    QColor mutedText = muted.color(QPalette::WindowText);
    mutedText.setAlphaF(0.75f);
    muted.setColor(QPalette::WindowText, mutedText);
    name->setPalette(muted);
    m_value->setTextFormat(Qt::PlainText);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
    valueFont.setWeight(QFont::DemiBold);
    m_value->setFont(valueFont);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setPalette(muted);
    m_caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(name);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    layout->addSpacing(4);
    layout->addWidget(m_chart);

    setToolTip(clickable ? tr("%1\nClick to see the records behind this number.").arg(definition) : definition);
    setAccessibleName(title);
    setAccessibleDescription(definition);
    if (clickable) {
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::StrongFocus);
    }
}

void KpiTile::setValue(const QString &value, const QString &caption)
{
    m_value->setText(value);
    m_caption->setText(caption);
    setAccessibleName(m_title + u": "_s + value);
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::captionText() const
{
    return m_caption->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit clicked();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent *event)
{
    const bool press = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space;
    if (m_clickable && press) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "review/KpiTile.h"

#include "ThemeColors.h"
#include "review/TrendChart.h"

#include <QEvent>
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
      m_target(new QLabel(this)),
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
    m_target->setTextFormat(Qt::PlainText);
    m_target->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(name);
    layout->addWidget(m_value);
    layout->addWidget(m_target);
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
    m_valueText = value;
    m_value->setText(value);
    m_caption->setText(caption);
    showStanding();
}

void KpiTile::setTarget(const QString &target, KpiStanding standing)
{
    m_targetText = target;
    m_standing = target.isEmpty() ? KpiStanding::NoTarget : standing;
    showStanding();
}

void KpiTile::showStanding()
{
    const QString &target = m_targetText;
    QPalette palette = m_value->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    QString verdict;
    switch (m_standing) {
    case KpiStanding::Met:
        palette.setColor(QPalette::WindowText, ThemeColors::success(this->palette()));
        verdict = tr("meets its target");
        m_target->setText(tr("✓ %1").arg(target));
        break;
    case KpiStanding::Missed:
        palette.setColor(QPalette::WindowText, ThemeColors::error(this->palette()));
        verdict = tr("misses its target");
        m_target->setText(tr("✗ %1").arg(target));
        break;
    case KpiStanding::NoValue:
    case KpiStanding::NoTarget:
        m_target->setText(target);
        break;
    }
    m_value->setPalette(palette);
    m_target->setPalette(palette);
    m_target->setVisible(!target.isEmpty());
    QString name = m_title + u": "_s + m_valueText;
    if (!target.isEmpty())
        name += u", "_s + target;
    if (!verdict.isEmpty())
        name += u", "_s + verdict;
    setAccessibleName(name);
}

QString KpiTile::targetText() const
{
    return m_target->isHidden() ? QString() : m_target->text();
}

QColor KpiTile::valueColor() const
{
    return m_value->palette().color(QPalette::WindowText);
}

void KpiTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showStanding();
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

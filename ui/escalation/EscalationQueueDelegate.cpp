// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/EscalationQueueDelegate.h"

#include "ModelRoles.h"
#include "ThemeColors.h"
#include "domain/SlaPolicy.h"

#include <QPainter>

#include <array>

using namespace Qt::StringLiterals;

namespace tandem {

QColor EscalationQueueDelegate::slaColor(int slaLevel)
{
    switch (SlaLevel(slaLevel)) {
    case SlaLevel::AtRisk:
        return { 0xe6, 0x9b, 0x00 }; // amber
    case SlaLevel::Breached:
    case SlaLevel::Missed:
        return { 0xc6, 0x28, 0x28 }; // red
    case SlaLevel::Met:
        return { 0x2e, 0x7d, 0x32 }; // green
    case SlaLevel::OnTrack:
        break;
    }
    return { 0x3b, 0x82, 0xc4 }; // calm blue
}

QColor EscalationQueueDelegate::severityColor(int severity)
{
    static const std::array<QColor, 4> colors {
        QColor(0xb7, 0x1c, 0x1c), // S1 critical
        QColor(0xd8, 0x5a, 0x10), // S2 major
        QColor(0x3b, 0x6e, 0xa8), // S3 minor
        QColor(0x6b, 0x72, 0x7a), // S4 question
    };
    return colors.at(std::size_t(qBound(0, severity, int(colors.size()) - 1)));
}

void EscalationQueueDelegate::paintContent(
    QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index, const RowState &row) const
{
    const bool selected = row.selected;
    const QPalette::ColorGroup group = row.group;
    const QColor &text = row.text;
    const QColor &quiet = row.quiet;
    const QFontMetrics metrics(opt.font);
    const int line = metrics.height();
    const QRect area = opt.rect.adjusted(8, 6, -8, -6);

    painter->setRenderHint(QPainter::Antialiasing);

    // Severity badge.
    QFont badgeFont = opt.font;
    badgeFont.setWeight(QFont::Bold);
    badgeFont.setPointSizeF(opt.font.pointSizeF() * 0.85);
    const QString severity = keyOf(Severity(index.data(EscalationRoles::Severity).toInt())).toUpper();
    const QRect badge(area.left(), area.top() + 1, QFontMetrics(badgeFont).horizontalAdvance(u"S0"_s) + 12, line);
    painter->setPen(Qt::NoPen);
    painter->setBrush(severityColor(index.data(EscalationRoles::Severity).toInt()));
    painter->drawRoundedRect(badge, 4, 4);
    painter->setFont(badgeFont);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, severity);

    // SLA countdown as a pill on the right, with the share of the target used underneath.
    const auto level = SlaLevel(index.data(EscalationRoles::SlaLevel).toInt());
    const QString sla = index.data(EscalationRoles::SlaText).toString();
    QFont slaFont = opt.font;
    slaFont.setWeight(level == SlaLevel::OnTrack || level == SlaLevel::Met ? QFont::Normal : QFont::DemiBold);
    painter->setFont(slaFont);
    const int slaWidth = QFontMetrics(slaFont).horizontalAdvance(sla) + 16;
    const QRect pill(area.right() - slaWidth, area.top(), slaWidth, line + 2);
    const QColor levelColor = slaColor(int(level));
    if (level == SlaLevel::AtRisk || level == SlaLevel::Breached) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(levelColor);
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(level == SlaLevel::AtRisk ? QColor(0x20, 0x16, 0x00) : QColor(Qt::white));
    } else {
        painter->setPen(
            selected ? text : ThemeColors::readableOn(levelColor, opt.palette.color(group, QPalette::Base)));
    }
    painter->drawText(pill, Qt::AlignCenter, sla);
    const double used = qBound(0.0, index.data(EscalationRoles::SlaProgress).toDouble(), 1.0);
    // Under the details line, so that line can take the row's whole width.
    const QRect track(pill.left() + 4, area.bottom() - 2, pill.width() - 8, 3);
    QColor trackColor = quiet;
    trackColor.setAlpha(60);
    painter->setPen(Qt::NoPen);
    painter->setBrush(trackColor);
    painter->drawRoundedRect(track, 1.5, 1.5);
    painter->setBrush(levelColor);
    painter->drawRoundedRect(QRect(track.left(), track.top(), int(track.width() * used), track.height()), 1.5, 1.5);

    // Summary and details.
    const int left = badge.right() + 10;
    const int textWidth = pill.left() - 12 - left;
    QFont bold = opt.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(text);
    const QString title = u"#%1  "_s.arg(index.data(EscalationRoles::Id).toLongLong())
        + index.data(EscalationRoles::Summary).toString();
    painter->drawText(QRect(left, area.top(), textWidth, line + 2), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(title, Qt::ElideRight, textWidth));

    // The state comes first and whole: "Needs info from rep" cut to "Needs in…" is no state at all.
    const bool mine = index.data(EscalationRoles::WaitsOnMe).toBool();
    const DetailsLine details = detailsLine(opt, index);
    if (mine) {
        // A bar down the row's left edge marks what waits on the agent.
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? text : waitsOnMeColor());
        painter->drawRect(QRect(opt.rect.left(), opt.rect.top() + 2, 4, opt.rect.height() - 4));
    }
    QFont stateFont = details.font;
    stateFont.setWeight(mine ? QFont::Bold : QFont::Normal);
    painter->setFont(stateFont);
    painter->setPen(mine && !selected
            ? ThemeColors::readableOn(waitsOnMeColor(), opt.palette.color(group, QPalette::Base))
            : quiet);
    painter->drawText(details.stateRect, Qt::AlignLeft | Qt::AlignVCenter, details.state);
    painter->setFont(details.font);
    painter->setPen(quiet);
    painter->drawText(details.restRect, Qt::AlignLeft | Qt::AlignVCenter, details.rest);
}

QColor EscalationQueueDelegate::waitsOnMeColor()
{
    return { 0x8e, 0x24, 0xaa }; // violet: apart from the SLA and severity colours
}

EscalationQueueDelegate::DetailsLine EscalationQueueDelegate::detailsLine(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Left as paintContent() draws the summary; the whole width to the right, past the countdown above.
    const QFontMetrics metrics(option.font);
    const int line = metrics.height();
    const QRect area = option.rect.adjusted(8, 6, -8, -6);
    QFont badgeFont = option.font;
    badgeFont.setWeight(QFont::Bold);
    badgeFont.setPointSizeF(option.font.pointSizeF() * 0.85);
    const int left = area.left() + QFontMetrics(badgeFont).horizontalAdvance(u"S0"_s) + 12 - 1 + 10;
    const int right = area.right();

    DetailsLine details;
    details.font = option.font;
    details.font.setPointSizeF(option.font.pointSizeF() * 0.92);
    QFont stateFont = details.font;
    stateFont.setWeight(index.data(EscalationRoles::WaitsOnMe).toBool() ? QFont::Bold : QFont::Normal);
    const QFontMetrics stateMetrics(stateFont);
    const QString state = index.data(EscalationRoles::StateName).toString();
    const int top = area.top() + line + 6;
    // Measured as drawn, fallback fonts included: the plain advance undercounts "ü" in some fonts, and the
    // state would then be cut after all.
    const int natural = stateMetrics.boundingRect(QRect(), Qt::AlignLeft | Qt::TextSingleLine, state).width();
    const int stateWidth = qMin(natural, qMax(0, right - left));
    details.state = natural <= stateWidth ? state : stateMetrics.elidedText(state, Qt::ElideRight, stateWidth);
    details.stateRect = QRect(left, top, stateWidth, line);

    QStringList rest { index.data(EscalationRoles::CustomerName).toString(),
        index.data(EscalationRoles::CategoryName).toString() };
    const QString assignee = index.data(EscalationRoles::AssigneeName).toString();
    rest.append(assignee.isEmpty() ? tr("unclaimed") : assignee);
    const int restLeft = details.stateRect.right() + 1;
    const int restWidth = qMax(0, right - restLeft);
    details.rest = QFontMetrics(details.font).elidedText(u" · "_s + rest.join(u" · "_s), Qt::ElideRight, restWidth);
    details.restRect = QRect(restLeft, top, restWidth, line);
    return details;
}

QString EscalationQueueDelegate::shownState(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return detailsLine(option, index).state;
}

QSize EscalationQueueDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Every row has the same height, so the view never measures rows it does not show.
    const QFontMetrics metrics(option.font);
    // Narrower than the list ever is, so the list never scrolls sideways; the summary is cut to fit instead.
    return { 300, metrics.height() * 2 + 22 };
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timeline/TimelineCardDelegate.h"

#include "DateTimeText.h"
#include "InteractionIcons.h"
#include "ModelRoles.h"
#include "ThemeColors.h"
#include "domain/Enums.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace tandem {

void TimelineCardDelegate::paintContent(
    QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index, const RowState &row) const
{
    const bool selected = row.selected;
    const QColor &text = row.text;
    const QColor &quiet = row.quiet;
    const QFontMetrics metrics(opt.font);
    const int line = metrics.height();
    const QRect card = cardRect(opt, index);

    if (index.data(TimelineRoles::StartsDay).toBool()) {
        // The day separator sits above the first card of each day.
        const QRect band(opt.rect.left(), opt.rect.top(), opt.rect.width(), dayBandHeight(opt));
        painter->fillRect(band, opt.palette.color(QPalette::Window));
        QFont dayFont = opt.font;
        dayFont.setWeight(QFont::DemiBold);
        painter->setFont(dayFont);
        painter->setPen(opt.palette.color(QPalette::WindowText));
        painter->drawText(band.adjusted(10, 0, -10, 0), Qt::AlignLeft | Qt::AlignVCenter,
            index.data(TimelineRoles::DayLabel).toString());
        painter->setPen(opt.palette.color(QPalette::Mid));
        painter->drawLine(band.bottomLeft(), band.bottomRight());
    }
    const auto kind = InteractionKind(index.data(TimelineRoles::Kind).toInt());
    const auto channel = Channel(index.data(TimelineRoles::Channel).toInt());
    const auto direction = Direction(index.data(TimelineRoles::Direction).toInt());
    // A corrected event stays where it was, greyed, joined by a line to its correction right above it.
    const bool superseded = index.data(TimelineRoles::SupersededBy).toLongLong() != 0;
    const bool correction = index.data(TimelineRoles::CorrectsId).toLongLong() != 0;
    const QColor accent = selected ? text : superseded ? quiet : InteractionIcons::accent(kind, opt.palette);
    const QColor &mainColor = superseded ? quiet : text;
    if (superseded || correction) {
        QPen link(quiet, 2, Qt::DotLine);
        painter->setPen(link);
        const int x = card.left() + 2;
        if (superseded)
            painter->drawLine(x, opt.rect.top(), x, card.top() + 2);
        if (correction)
            painter->drawLine(x, card.bottom() - 2, x, opt.rect.bottom());
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawRoundedRect(QRect(card.left(), card.top() + 2, 4, card.height() - 4), 2, 2);
    painter->setRenderHint(QPainter::Antialiasing, false);

    // Header: kind, channel and direction, each an icon with its word, then the agent; the time on the right.
    const QRect content = card.adjusted(14, 0, 0, 0);
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    const QRect headerRect(content.left(), content.top(), content.width(), line);
    const QString whenText = shortDateTimeText(index.data(TimelineRoles::OccurredAt).toDateTime());
    int whenWidth = smallMetrics.horizontalAdvance(whenText) + 8;
    painter->setPen(quiet);
    painter->drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, whenText);
    if (superseded || correction) {
        const QString mark = superseded ? tr("Corrected") : tr("Correction");
        QFont markFont = small;
        markFont.setWeight(QFont::DemiBold);
        painter->setFont(markFont);
        const int markWidth = QFontMetrics(markFont).horizontalAdvance(mark);
        const QRect badge(headerRect.right() - whenWidth - markWidth - 12, headerRect.top(), markWidth + 8, line);
        painter->setPen(superseded || selected ? quiet : text);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(badge.adjusted(0, 1, 0, -1), 3, 3);
        painter->drawText(badge, Qt::AlignCenter, mark);
        painter->setFont(small);
        whenWidth += markWidth + 16;
    }

    const int iconSize = 16;
    const int right = headerRect.right() - whenWidth;
    int x = headerRect.left();
    const auto segment
        = [&](const QString &iconPath, const QColor &iconColor, const QString &word, const QColor &wordColor) {
              if (x + iconSize > right)
                  return;
              InteractionIcons::paint(
                  painter, QRect(x, headerRect.top() + (line - iconSize) / 2, iconSize, iconSize), iconPath, iconColor);
              x += iconSize + 4;
              const int room = right - x;
              if (room <= 0)
                  return;
              const QString shown = smallMetrics.elidedText(word, Qt::ElideRight, room);
              painter->setPen(wordColor);
              painter->drawText(QRect(x, headerRect.top(), room, line), Qt::AlignLeft | Qt::AlignVCenter, shown);
              x += smallMetrics.horizontalAdvance(shown) + 12;
          };
    segment(InteractionIcons::path(kind), accent, displayName(kind), mainColor);
    segment(InteractionIcons::path(channel), quiet, displayName(channel), quiet);
    const QString agent = index.data(TimelineRoles::AgentName).toString();
    // An internal note's channel and direction are both "Internal": the word is said once.
    const QString directionWord = displayName(direction) == displayName(channel) ? QString() : displayName(direction);
    const QString directionText = agent.isEmpty() || directionWord.isEmpty()
        ? QString(directionWord + agent)
        : QString(directionWord + u" · "_s + agent);
    if (!directionText.isEmpty())
        segment(InteractionIcons::path(direction), quiet, directionText, quiet);

    QFont bold = opt.font;
    bold.setWeight(QFont::DemiBold);
    bold.setStrikeOut(superseded);
    painter->setFont(bold);
    painter->setPen(
        kind == InteractionKind::Complaint && !selected && !superseded ? ThemeColors::error(opt.palette) : mainColor);
    const QRect subjectRect(content.left(), headerRect.bottom() + 2, content.width(), line);
    painter->drawText(subjectRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(
            index.data(TimelineRoles::Subject).toString(), Qt::ElideRight, subjectRect.width()));

    painter->setFont(opt.font);
    painter->setPen(quiet);
    const QRect previewRect(content.left(), subjectRect.bottom() + 2, content.width(), line * 2);
    QString preview = index.data(TimelineRoles::Preview).toString();
    preview.replace(u'\n', u' ');
    painter->drawText(previewRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
        metrics.elidedText(preview, Qt::ElideRight, previewRect.width() * 2 - 20));
}

QRect TimelineCardDelegate::cardRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QRect card = option.rect.adjusted(6, 4, -6, -4);
    if (index.data(TimelineRoles::StartsDay).toBool())
        card.setTop(option.rect.top() + dayBandHeight(option) - 1 + 5);
    return card;
}

QRect TimelineCardDelegate::focusFrameRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Round the card, not the day separator above it.
    return cardRect(option, index).adjusted(-4, -3, 4, 3);
}

int TimelineCardDelegate::dayBandHeight(const QStyleOptionViewItem &option)
{
    return QFontMetrics(option.font).height() + 12;
}

QSize TimelineCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Two fixed heights, known without measuring text, so long lists stay cheap to lay out.
    const QFontMetrics metrics(option.font);
    const int card = metrics.height() * 4 + 18;
    return { 400, index.data(TimelineRoles::StartsDay).toBool() ? card + dayBandHeight(option) : card };
}

} // namespace tandem

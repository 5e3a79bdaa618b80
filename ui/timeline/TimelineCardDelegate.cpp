// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timeline/TimelineCardDelegate.h"

#include "InteractionIcons.h"
#include "ItemFocusFrame.h"
#include "ModelRoles.h"
#include "ThemeColors.h"
#include "domain/Enums.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace tandem {

void TimelineCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const bool focused = ItemFocusFrame::takeFocus(opt);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    const QFontMetrics metrics(opt.font);
    const int line = metrics.height();
    QRect card = opt.rect.adjusted(6, 4, -6, -4);

    painter->save();
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
        card.setTop(band.bottom() + 5);
    }
    const auto kind = InteractionKind(index.data(TimelineRoles::Kind).toInt());
    const auto channel = Channel(index.data(TimelineRoles::Channel).toInt());
    const auto direction = Direction(index.data(TimelineRoles::Direction).toInt());
    const QColor accent = selected ? text : InteractionIcons::accent(kind, opt.palette);
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
    const QString whenText
        = QLocale().toString(index.data(TimelineRoles::OccurredAt).toDateTime(), QLocale::ShortFormat);
    const int whenWidth = smallMetrics.horizontalAdvance(whenText) + 8;
    painter->setPen(quiet);
    painter->drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, whenText);

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
    segment(InteractionIcons::path(kind), accent, displayName(kind), text);
    segment(InteractionIcons::path(channel), quiet, displayName(channel), quiet);
    const QString agent = index.data(TimelineRoles::AgentName).toString();
    segment(InteractionIcons::path(direction), quiet,
        agent.isEmpty() ? displayName(direction) : QString(displayName(direction) + u" · "_s + agent), quiet);

    QFont bold = opt.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(kind == InteractionKind::Complaint && !selected ? ThemeColors::error(opt.palette) : text);
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
    painter->restore();

    // The focus frame goes round the card, not the day separator above it.
    QStyleOptionViewItem frame = opt;
    frame.rect = card.adjusted(-4, -3, 4, 3);
    ItemFocusFrame::paint(painter, frame, focused);
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

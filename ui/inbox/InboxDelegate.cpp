// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "inbox/InboxDelegate.h"

#include "InteractionIcons.h"
#include "ModelRoles.h"
#include "ThemeColors.h"
#include "domain/Enums.h"
#include "domain/SlaPolicy.h"
#include "escalation/EscalationQueueDelegate.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace tandem {

void InboxDelegate::paintContent(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, const RowState &row) const
{
    const QFontMetrics metrics(option.font);
    const int line = metrics.height();
    const QRect area = option.rect.adjusted(8, 6, -8, -6);
    painter->setRenderHint(QPainter::Antialiasing);
    const bool unread = index.data(InboxRoles::Unread).toBool();

    // The unread dot, in the highlight colour like a mail client's.
    const int dot = 8;
    if (unread) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(row.selected ? row.text : option.palette.color(row.group, QPalette::Highlight));
        painter->drawEllipse(QRect(area.left(), area.top() + (line - dot) / 2, dot, dot));
    }
    const QRect iconRect(area.left() + dot + 6, area.top() + (line - 16) / 2, 16, 16);
    InteractionIcons::icon(Channel(index.data(InboxRoles::Channel).toInt()))
        .paint(painter, iconRect, Qt::AlignCenter, row.selected ? QIcon::Selected : QIcon::Normal);
    const int left = iconRect.right() + 8;

    // The reply countdown on the right.
    const QString sla = index.data(InboxRoles::SlaText).toString();
    int slaWidth = 0;
    if (!sla.isEmpty()) {
        const auto level = SlaLevel(index.data(InboxRoles::SlaLevel).toInt());
        QFont slaFont = option.font;
        slaFont.setWeight(level == SlaLevel::OnTrack ? QFont::Normal : QFont::DemiBold);
        painter->setFont(slaFont);
        slaWidth = QFontMetrics(slaFont).horizontalAdvance(sla) + 16;
        const QRect pill(area.right() - slaWidth, area.top(), slaWidth, line + 2);
        const QColor levelColor = EscalationQueueDelegate::slaColor(int(level));
        if (level == SlaLevel::AtRisk || level == SlaLevel::Breached) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(levelColor);
            painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
            painter->setPen(level == SlaLevel::AtRisk ? QColor(0x20, 0x16, 0x00) : QColor(Qt::white));
        } else {
            painter->setPen(row.selected
                    ? row.text
                    : ThemeColors::readableOn(levelColor, option.palette.color(row.group, QPalette::Base)));
        }
        painter->drawText(pill, Qt::AlignCenter, sla);
    }

    QFont nameFont = option.font;
    nameFont.setWeight(unread ? QFont::Bold : QFont::DemiBold);
    painter->setFont(nameFont);
    painter->setPen(row.text);
    const QRect nameRect(left, area.top(), qMax(0, area.right() - slaWidth - 8 - left), line);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(nameFont).elidedText(
            index.data(InboxRoles::CustomerName).toString(), Qt::ElideRight, nameRect.width()));

    // Second line: priority, subject, waiting, who has it.
    QFont detailsFont = option.font;
    detailsFont.setPointSizeF(option.font.pointSizeF() * 0.92);
    const QFontMetrics detailsMetrics(detailsFont);
    int x = left;
    const int top = area.top() + line + 4;
    const auto priority = ConversationPriority(index.data(InboxRoles::Priority).toInt());
    if (priority == ConversationPriority::High || priority == ConversationPriority::Urgent) {
        QFont badgeFont = detailsFont;
        badgeFont.setWeight(QFont::Bold);
        const QString text = displayName(priority);
        const QRect badge(x, top, QFontMetrics(badgeFont).horizontalAdvance(text) + 10, detailsMetrics.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(priority == ConversationPriority::Urgent ? ThemeColors::error(option.palette)
                                                                   : ThemeColors::warning(option.palette));
        painter->drawRoundedRect(badge, 3, 3);
        painter->setFont(badgeFont);
        painter->setPen(priority == ConversationPriority::Urgent ? QColor(Qt::white) : QColor(0x20, 0x16, 0x00));
        painter->drawText(badge, Qt::AlignCenter, text);
        x = badge.right() + 6;
    }
    QStringList details { index.data(InboxRoles::Subject).toString(), index.data(InboxRoles::WaitingText).toString() };
    const QString assignee = index.data(InboxRoles::AssigneeName).toString();
    details.append(assignee.isEmpty() ? tr("Unassigned") : assignee);
    const QStringList tags = index.data(InboxRoles::Tags).toStringList();
    if (!tags.isEmpty())
        details.append(u"#"_s + tags.join(u" #"_s));
    painter->setFont(detailsFont);
    painter->setPen(row.quiet);
    const QRect detailsRect(x, top, qMax(0, area.right() - x), detailsMetrics.height());
    painter->drawText(detailsRect, Qt::AlignLeft | Qt::AlignVCenter,
        detailsMetrics.elidedText(details.join(u" · "_s), Qt::ElideRight, detailsRect.width()));
}

QSize InboxDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Every row has the same height, so the view never measures rows it does not show.
    const QFontMetrics metrics(option.font);
    return { 300, metrics.height() * 2 + 18 };
}

} // namespace tandem

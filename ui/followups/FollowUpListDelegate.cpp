// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "followups/FollowUpListDelegate.h"

#include "DateTimeText.h"
#include "ModelRoles.h"
#include "ThemeColors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace tandem {

void FollowUpListDelegate::paintContent(
    QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index, const RowState &row) const
{
    const bool selected = row.selected;
    const QPalette::ColorGroup group = row.group;
    const QColor &text = row.text;
    const QColor &quiet = row.quiet;
    const QString &name = row.displayText;
    const bool overdue = index.data(FollowUpRoles::Overdue).toBool();
    const QFontMetrics metrics(opt.font);
    const QRect area = opt.rect.adjusted(10, 5, -10, -5);

    QFont bold = opt.font;
    bold.setWeight(QFont::DemiBold);
    const QString when = shortDateTimeText(index.data(FollowUpRoles::DueAt).toDateTime());
    const QString due = overdue ? QCoreApplication::translate("tandem::FollowUpListDelegate", "Overdue · %1").arg(when)
                                : QCoreApplication::translate("tandem::FollowUpListDelegate", "Due %1").arg(when);
    const QFontMetrics boldMetrics(bold);
    const int dueWidth = boldMetrics.horizontalAdvance(due) + 12;
    const QRect top(area.left(), area.top(), area.width(), metrics.height());
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(top.adjusted(0, 0, -dueWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(name, Qt::ElideRight, top.width() - dueWidth));
    painter->setPen(overdue && !selected
            ? ThemeColors::readableOn(QColor(0xb3, 0x26, 0x1e), opt.palette.color(group, QPalette::Base))
            : quiet);
    painter->setFont(overdue ? bold : opt.font);
    painter->drawText(top, Qt::AlignRight | Qt::AlignVCenter, due);

    QString note = index.data(FollowUpRoles::Note).toString().simplified();
    if (note.isEmpty())
        note = QCoreApplication::translate("tandem::FollowUpListDelegate", "No note");
    painter->setFont(opt.font);
    painter->setPen(quiet);
    const QRect bottom(area.left(), top.bottom() + 3, area.width(), metrics.height());
    painter->drawText(
        bottom, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(note, Qt::ElideRight, bottom.width()));
}

QSize FollowUpListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return { 300, metrics.height() * 2 + 13 };
}

} // namespace tandem

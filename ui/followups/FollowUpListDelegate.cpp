// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "followups/FollowUpListDelegate.h"

#include "ItemFocusFrame.h"
#include "ModelRoles.h"
#include "ThemeColors.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace tandem {

void FollowUpListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const bool focused = ItemFocusFrame::takeFocus(opt);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    const bool overdue = index.data(FollowUpRoles::Overdue).toBool();
    const QFontMetrics metrics(opt.font);
    const QRect area = opt.rect.adjusted(10, 5, -10, -5);

    painter->save();
    QFont bold = opt.font;
    bold.setWeight(QFont::DemiBold);
    const QString when = QLocale().toString(index.data(FollowUpRoles::DueAt).toDateTime(), QLocale::ShortFormat);
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
    painter->restore();
    ItemFocusFrame::paint(painter, opt, focused);
}

QSize FollowUpListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return { 300, metrics.height() * 2 + 13 };
}

} // namespace tandem

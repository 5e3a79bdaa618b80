#include "templates/TemplateListDelegate.h"

#include "ModelRoles.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPainter>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tandem {

void TemplateListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QRect area = opt.rect.adjusted(8, 4, -8, -4);
    const QFontMetrics metrics(opt.font);

    painter->save();
    QFont bold = opt.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect nameRect(area.left(), area.top(), area.width(), metrics.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(name, Qt::ElideRight, nameRect.width()));

    QStringList details;
    const QString shortcode = index.data(TemplateRoles::Shortcode).toString();
    if (!shortcode.isEmpty())
        details.append(u'/' + shortcode);
    details.append(index.data(TemplateRoles::ChannelName).toString());
    const QString category = index.data(TemplateRoles::Category).toString();
    if (!category.isEmpty())
        details.append(category);
    if (index.data(TemplateRoles::Personal).toBool())
        details.append(QCoreApplication::translate("tandem::TemplateListDelegate", "personal"));
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QRect detailRect(area.left(), nameRect.bottom() + 2, area.width(), metrics.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(details.join(u"  ·  "_s), Qt::ElideRight, detailRect.width()));
    painter->restore();
}

QSize TemplateListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return { 240, metrics.height() * 2 + 12 };
}

} // namespace tandem

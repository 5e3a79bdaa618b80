#include "timeline/TimelineCardDelegate.h"

#include "ModelRoles.h"
#include "domain/Enums.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <array>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

QColor channelColor(int channel)
{
    static const std::array<QColor, 8> colors{
        QColor(0x3b, 0x82, 0xc4), // email
        QColor(0x2e, 0x9d, 0x6a), // phone
        QColor(0x8a, 0x5c, 0xd1), // chat
        QColor(0xd1, 0x5c, 0x9a), // social
        QColor(0xd9, 0x8a, 0x29), // video
        QColor(0x4c, 0xa9, 0xb5), // self-service
        QColor(0x9a, 0x7b, 0x4f), // in person
        QColor(0x80, 0x80, 0x80), // internal
    };
    return colors.at(std::size_t(qBound(0, channel, int(colors.size()) - 1)));
}

} // namespace

void TimelineCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
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
    painter->setRenderHint(QPainter::Antialiasing);
    const auto kind = InteractionKind(index.data(TimelineRoles::Kind).toInt());
    const int channel = index.data(TimelineRoles::Channel).toInt();
    painter->setPen(Qt::NoPen);
    painter->setBrush(channelColor(channel));
    painter->drawRoundedRect(QRect(card.left(), card.top() + 2, 4, card.height() - 4), 2, 2);

    const QRect content = card.adjusted(14, 0, 0, 0);
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.9);
    painter->setFont(small);
    painter->setPen(quiet);
    const QDateTime when = index.data(TimelineRoles::OccurredAt).toDateTime();
    const QString whenText = QLocale().toString(when, QLocale::ShortFormat);
    const auto direction = Direction(index.data(TimelineRoles::Direction).toInt());
    const QString arrow = direction == Direction::Inbound    ? u"↘ "_s
                          : direction == Direction::Outbound ? u"↗ "_s
                                                             : u"• "_s;
    QString header = arrow + index.data(TimelineRoles::Summary).toString();
    const QString agent = index.data(TimelineRoles::AgentName).toString();
    if (!agent.isEmpty())
        header += u" · "_s + agent;
    const QRect headerRect(content.left(), content.top(), content.width(), line);
    const int whenWidth = QFontMetrics(small).horizontalAdvance(whenText) + 8;
    painter->drawText(headerRect.adjusted(0, 0, -whenWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(header, Qt::ElideRight, headerRect.width() - whenWidth));
    painter->drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, whenText);

    QFont bold = opt.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(kind == InteractionKind::Complaint && !selected ? QColor(0xc0, 0x39, 0x2b) : text);
    const QRect subjectRect(content.left(), headerRect.bottom() + 2, content.width(), line);
    painter->drawText(subjectRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data(TimelineRoles::Subject).toString(), Qt::ElideRight,
                                                    subjectRect.width()));

    painter->setFont(opt.font);
    painter->setPen(quiet);
    const QRect previewRect(content.left(), subjectRect.bottom() + 2, content.width(), line * 2);
    QString preview = index.data(TimelineRoles::Preview).toString();
    preview.replace(u'\n', u' ');
    painter->drawText(previewRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                      metrics.elidedText(preview, Qt::ElideRight, previewRect.width() * 2 - 20));
    painter->restore();
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
    return {400, index.data(TimelineRoles::StartsDay).toBool() ? card + dayBandHeight(option) : card};
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "InteractionIcons.h"
#include "ModelRoles.h"
#include "ThemeColors.h"
#include "timeline/TimelineCardDelegate.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QPalette>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

// How many pixels are not transparent, and whether every one of them has `color`'s hue.
struct Coverage
{
    int inked = 0;
    bool onlyColor = true;
};

Coverage coverageOf(const QPixmap &pixmap, const QColor &color)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    Coverage coverage;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() == 0)
                continue;
            ++coverage.inked;
            if (pixel.alpha() == 255 && pixel.rgb() != color.rgb())
                coverage.onlyColor = false;
        }
    }
    return coverage;
}

void checkIcon(const QString &path)
{
    INFO(path.toStdString());
    REQUIRE(QFile::exists(path));
    const QColor tint(0x20, 0x80, 0xd0);
    const QPixmap small = InteractionIcons::pixmap(path, 16, 1.0, tint);
    REQUIRE(small.size() == QSize(16, 16));
    const Coverage smallCoverage = coverageOf(small, tint);
    CHECK(smallCoverage.inked > 16);
    CHECK(smallCoverage.inked < 16 * 16);
    CHECK(smallCoverage.onlyColor);

    const QPixmap sharp = InteractionIcons::pixmap(path, 16, 2.0, tint);
    CHECK(sharp.size() == QSize(32, 32));
    CHECK(sharp.devicePixelRatio() == 2.0);
    const Coverage sharpCoverage = coverageOf(sharp, tint);
    CHECK(sharpCoverage.inked > smallCoverage.inked * 2);
    CHECK(sharpCoverage.onlyColor);
}

QStyleOptionViewItem cardOption(QListView &view, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.rect = view.visualRect(index);
    option.state |= QStyle::State_Active | QStyle::State_Enabled;
    return option;
}

} // namespace

TEST_CASE(
    "every channel, kind and direction has an icon that draws at 16 px and at twice the pixel ratio", "[timeline][ui]")
{
    for (const Channel channel : allValues<Channel>())
        checkIcon(InteractionIcons::path(channel));
    for (const InteractionKind kind : allValues<InteractionKind>())
        checkIcon(InteractionIcons::path(kind));
    for (const Direction direction : allValues<Direction>())
        checkIcon(InteractionIcons::path(direction));

    SECTION("as a QIcon it is sharp on a high-density screen and follows the palette")
    {
        const QIcon icon = InteractionIcons::icon(Channel::Email);
        REQUIRE_FALSE(icon.isNull());
        const QPixmap sharp = icon.pixmap(QSize(16, 16), 2.0);
        CHECK(sharp.deviceIndependentSize() == QSizeF(16, 16));
        CHECK(sharp.size() == QSize(32, 32));
        const QColor text = QGuiApplication::palette().color(QPalette::Active, QPalette::ButtonText);
        CHECK(coverageOf(sharp, text).onlyColor);
    }
}

TEST_CASE("kind colours stand out on the light and on the dark palette", "[timeline][ui]")
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    for (const InteractionKind kind : allValues<InteractionKind>()) {
        INFO(keyOf(kind).toStdString());
        CHECK(ThemeColors::contrastRatio(InteractionIcons::accent(kind, light), Qt::white) >= 3.0);
        CHECK(ThemeColors::contrastRatio(InteractionIcons::accent(kind, dark), QColor(0x1e, 0x1e, 0x1e)) >= 3.0);
    }
}

TEST_CASE("timeline cards of one kind have one height whatever their text, and show focus", "[timeline][ui]")
{
    QStandardItemModel model;
    const QList<QString> subjects { u"Short"_s, QString(400, u'w'), u"Line one\nline two\nline three"_s };
    for (const QString &subject : subjects) {
        auto *item = new QStandardItem;
        item->setData(int(InteractionKind::Complaint), TimelineRoles::Kind);
        item->setData(int(Channel::Phone), TimelineRoles::Channel);
        item->setData(int(Direction::Inbound), TimelineRoles::Direction);
        item->setData(subject, TimelineRoles::Subject);
        item->setData(subject.repeated(5), TimelineRoles::Preview);
        item->setData(u"Agent with a rather long name"_s, TimelineRoles::AgentName);
        item->setData(QDateTime::currentDateTime(), TimelineRoles::OccurredAt);
        item->setData(false, TimelineRoles::StartsDay);
        model.appendRow(item);
    }
    QListView view;
    view.resize(420, 600);
    view.setModel(&model);
    TimelineCardDelegate delegate;
    const QStyleOptionViewItem option = cardOption(view, model.index(0, 0));
    const QSize first = delegate.sizeHint(option, model.index(0, 0));
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK(delegate.sizeHint(option, model.index(row, 0)) == first);

    // The same card painted with and without keyboard focus differs only by the frame.
    const QModelIndex index = model.index(0, 0);
    QStyleOptionViewItem plain = cardOption(view, index);
    plain.rect = QRect(QPoint(0, 0), first.expandedTo(QSize(420, 0)));
    QStyleOptionViewItem focused = plain;
    focused.state |= QStyle::State_HasFocus;
    const auto render = [&](const QStyleOptionViewItem &card) {
        QImage image(card.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate.paint(&painter, card, index);
        return image;
    };
    const QImage without = render(plain);
    const QImage with = render(focused);
    CHECK(without != with);
    const QColor frame = plain.palette.color(QPalette::Active, QPalette::Highlight);
    CHECK(with.pixelColor(4, with.height() / 2).rgb() == frame.rgb());
}

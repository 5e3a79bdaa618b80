// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "InteractionIcons.h"

#include "ThemeColors.h"
#include "TintedIconEngine.h"
#include "services/EmbeddedResources.h"

#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <array>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

template<typename E> QString iconPath(const QString &group, E value)
{
    QString name = keyOf(value);
    name.replace(u'_', u'-');
    return QString(u":/tandem/icons/"_s + group + u'-' + name + u".svg"_s);
}

} // namespace

QString InteractionIcons::path(Channel channel)
{
    return iconPath(u"channel"_s, channel);
}

QString InteractionIcons::path(InteractionKind kind)
{
    return iconPath(u"kind"_s, kind);
}

QString InteractionIcons::path(Direction direction)
{
    return iconPath(u"direction"_s, direction);
}

QIcon InteractionIcons::icon(Channel channel)
{
    return QIcon(new TintedIconEngine(path(channel)));
}

QIcon InteractionIcons::icon(InteractionKind kind)
{
    return QIcon(new TintedIconEngine(path(kind)));
}

QIcon InteractionIcons::icon(Direction direction)
{
    return QIcon(new TintedIconEngine(path(direction)));
}

QPixmap InteractionIcons::pixmap(const QString &path, int size, qreal devicePixelRatio, const QColor &color)
{
    const QString key = QString(u"tandem-icon:"_s + path + u'@' + QString::number(size) + u'x'
        + QString::number(devicePixelRatio) + u':' + QString::number(color.rgba(), 16));
    QPixmap cached;
    if (QPixmapCache::find(key, &cached))
        return cached;

    ensureEmbeddedResources();
    QSvgRenderer renderer(path);
    const int pixels = qMax(1, qRound(size * devicePixelRatio));
    if (!renderer.isValid() || size <= 0)
        return {};
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, pixels, pixels));
        // The drawing's own black only shapes the icon; its coverage keeps, the colour is ours.
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), color);
    }
    QPixmap result = QPixmap::fromImage(std::move(image));
    result.setDevicePixelRatio(devicePixelRatio);
    QPixmapCache::insert(key, result);
    return result;
}

void InteractionIcons::paint(QPainter *painter, const QRect &rect, const QString &path, const QColor &color)
{
    paint(painter, rect, path, color, painter->device() ? painter->device()->devicePixelRatio() : 1.0);
}

void InteractionIcons::paint(
    QPainter *painter, const QRect &rect, const QString &path, const QColor &color, qreal devicePixelRatio)
{
    const int size = qMin(rect.width(), rect.height());
    const QPixmap icon = pixmap(path, size, devicePixelRatio, color);
    if (icon.isNull())
        return;
    // Whole logical pixels, so a 1x pixmap lands on the pixel grid instead of being resampled.
    const QPoint topLeft(rect.left() + (rect.width() - size) / 2, rect.top() + (rect.height() - size) / 2);
    painter->drawPixmap(topLeft, icon);
}

QColor InteractionIcons::accent(InteractionKind kind, const QPalette &palette)
{
    static const std::array<QColor, 11> colors {
        QColor(0x3b, 0x82, 0xc4), // message
        QColor(0x2e, 0x9d, 0x6a), // call
        QColor(0xa6, 0x7c, 0x1a), // note
        QColor(0xd9, 0xa4, 0x00), // feedback
        QColor(0xc0, 0x39, 0x2b), // complaint
        QColor(0x13, 0x8a, 0x8a), // order
        QColor(0x8a, 0x5c, 0xd1), // refund
        QColor(0xd9, 0x64, 0x2a), // escalation
        QColor(0x5c, 0x6b, 0xc0), // follow-up
        QColor(0xc2, 0x50, 0x8a), // referral
        QColor(0x80, 0x80, 0x80), // system
    };
    const QColor base = colors.at(std::size_t(qBound(0, int(kind), int(colors.size()) - 1)));
    return ThemeColors::readableOn(base, palette.color(QPalette::Base), 3.0);
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TintedIconEngine.h"

#include "InteractionIcons.h"
#include "services/EmbeddedResources.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace tandem {

TintedIconEngine::TintedIconEngine(QString path) : m_path(std::move(path))
{ }

void TintedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    InteractionIcons::paint(painter, rect, m_path, colorFor(mode));
}

QPixmap TintedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap TintedIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale)
{
    // The drawing is square, so the shorter side decides. Since Qt 6.8 QIcon passes the size in
    // device-independent pixels here; before, in device pixels.
    const int side = qMin(size.width(), size.height());
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const int logicalSide = side;
#else
    const int logicalSide = qRound(side / scale);
#endif
    return InteractionIcons::pixmap(m_path, logicalSide, scale, colorFor(mode));
}

QIconEngine *TintedIconEngine::clone() const
{
    return new TintedIconEngine(m_path);
}

QString TintedIconEngine::key() const
{
    return u"tandem-tinted"_s;
}

bool TintedIconEngine::isNull()
{
    ensureEmbeddedResources();
    return !QFile::exists(m_path);
}

QColor TintedIconEngine::colorFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::ButtonText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::ButtonText);
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Appearance.h"

#include "ThemeColors.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const QString settingsKey = u"appearance/theme"_s;

// The style the application started with, so "System" can go back to it.
const QString &systemStyleName()
{
    static const QString name = QApplication::style()->name();
    return name;
}

Appearance::Theme &currentTheme()
{
    static Appearance::Theme theme = Appearance::Theme::System;
    return theme;
}

QPalette darkPalette()
{
    const QColor window(0x2d, 0x2f, 0x31);
    const QColor base(0x1f, 0x21, 0x23);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor quiet(0xa4, 0xaa, 0xb1);
    const QColor disabled(0x80, 0x86, 0x8c);
    const QColor button(0x3a, 0x3d, 0x40);
    const QColor highlight(0x2f, 0x6f, 0xcf);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x28, 0x2a, 0x2d));
    palette.setColor(QPalette::ToolTipBase, button);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, quiet);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    palette.setColor(QPalette::Light, QColor(0x4c, 0x50, 0x54));
    palette.setColor(QPalette::Midlight, QColor(0x42, 0x46, 0x4a));
    palette.setColor(QPalette::Mid, QColor(0x5a, 0x5e, 0x63));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    palette.setColor(QPalette::Shadow, QColor(0x0e, 0x0f, 0x10));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Accent, highlight);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4c, 0x50, 0x54));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabled);
    palette.setColor(QPalette::Disabled, QPalette::PlaceholderText, disabled);
    return palette;
}

// Fusion's own light palette, with a selection dark enough for white text on it to stay readable (4.5:1).
QPalette lightPalette(QPalette palette)
{
    const QColor highlight(0x2b, 0x6c, 0xb0);
    palette.setColor(QPalette::Active, QPalette::Highlight, highlight);
    palette.setColor(QPalette::Inactive, QPalette::Highlight, highlight);
    palette.setColor(QPalette::Accent, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

// The platform's own palette, which Qt keeps up to date when the desktop changes it, unless the desktop's
// colour scheme (QStyleHints::colorScheme) is one the platform palette does not show, as with a platform
// theme that only has a light palette on a dark desktop: then ours for that scheme.
void applySystemPalette()
{
    QApplication::setPalette(QPalette()); // no role set: every role comes from the platform
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    const bool dark = ThemeColors::isDark(QApplication::palette());
    if (scheme == Qt::ColorScheme::Dark && !dark)
        QApplication::setPalette(darkPalette());
    else if (scheme == Qt::ColorScheme::Light && dark)
        QApplication::setPalette(lightPalette(QApplication::style()->standardPalette()));
}

// "System" follows the desktop while the program runs.
void followColorScheme()
{
    static const bool connected = [] {
        QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp, [] {
            if (Appearance::current() == Appearance::Theme::System)
                applySystemPalette();
        });
        return true;
    }();
    Q_UNUSED(connected);
}

} // namespace

QString Appearance::keyOf(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return u"light"_s;
    case Theme::Dark:
        return u"dark"_s;
    case Theme::System:
        break;
    }
    return u"system"_s;
}

std::optional<Appearance::Theme> Appearance::fromKey(const QString &key)
{
    for (const Theme theme : { Theme::System, Theme::Light, Theme::Dark }) {
        if (key.compare(keyOf(theme), Qt::CaseInsensitive) == 0)
            return theme;
    }
    return std::nullopt;
}

QString Appearance::displayName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return tr("&Light");
    case Theme::Dark:
        return tr("&Dark");
    case Theme::System:
        break;
    }
    return tr("&System");
}

Appearance::Theme Appearance::stored()
{
    return fromKey(QSettings().value(settingsKey).toString()).value_or(Theme::System);
}

void Appearance::store(Theme theme)
{
    QSettings().setValue(settingsKey, keyOf(theme));
}

void Appearance::apply(Theme theme)
{
    const QString &systemStyle = systemStyleName();
    followColorScheme();
    if (theme == Theme::System) {
        if (QApplication::style()->name() != systemStyle)
            QApplication::setStyle(systemStyle);
        applySystemPalette();
    } else {
        // Fusion paints everything from the palette, so both palettes look the same on every platform.
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(
            theme == Theme::Dark ? darkPalette() : lightPalette(QApplication::style()->standardPalette()));
    }
    currentTheme() = theme;
}

Appearance::Theme Appearance::current()
{
    return currentTheme();
}

} // namespace tandem

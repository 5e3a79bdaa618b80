// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSize>
#include <QStringList>

#include <memory>

class QWidget;

namespace tandem {

class MainWindow;

// The views `tandem --screenshot FILE --view NAME` can render, for documentation and for looking at
// each window and dialog without a display.
namespace ScreenshotViews {

QStringList names();
// The widget to render for `name`, made over the main window (which is the "main" view itself);
// nothing for an unknown name.
std::unique_ptr<QWidget> create(const QString &name, MainWindow &window);

} // namespace ScreenshotViews
} // namespace tandem

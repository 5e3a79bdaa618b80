// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

#include <catch2/catch_test_macros.hpp>

#include <functional>

namespace tandem::test {

// The next message box is handed to `answer`, which picks a button, as a person would.
inline void answerNextMessageBox(std::function<void(QMessageBox *)> answer, bool *asked)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer = std::move(answer), asked] {
        // Keys go to the box once it has the focus, as they would for a person looking at it.
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible() || !box->isActiveWindow())
            return;
        poll->stop();
        poll->deleteLater();
        *asked = true;
        answer(box);
    });
    poll->start();
}

// A window manager gives the activation back to the window when a message box closes; the offscreen
// platform has none, so the test does it.
inline void backToWindow(QWidget &window)
{
    if (!window.isActiveWindow()) {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
}

} // namespace tandem::test

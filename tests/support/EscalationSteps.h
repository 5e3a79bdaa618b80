// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/EscalationService.h"

#include <QTest>

#include <catch2/catch_test_macros.hpp>

// What escalation tests do over and over: move an escalation on, press a key (hand-offs to start from:
// EscalationSamples.h).
namespace tandem::test {

// Moves an escalation on as an agent at another desk does, with the version stored now.
inline void step(
    EscalationService &service, const Actor &actor, Id id, EscalationAction action, const QString &note = {})
{
    service.transition(actor, id, action, note, service.escalation(id)->escalation.version);
}

inline void press(QWidget *target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    REQUIRE(target);
    QTest::keyClick(target, key, modifiers);
}

} // namespace tandem::test

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/EscalationService.h"

#include <QTest>

#include <catch2/catch_test_macros.hpp>

// What escalation tests do over and over: hand an issue to support, move it on, press a key.
namespace tandem::test {

// A hand-off with everything support needs, so the service takes it.
inline HandoffForm quickForm(Id customerId, Severity severity, const QString &summary)
{
    HandoffForm form;
    form.customerId = customerId;
    form.summary = summary;
    form.category = EscalationCategory::Bug;
    form.severity = severity;
    form.stepsToReproduce = QStringLiteral("1. Open the export page\n2. Export last month");
    form.expected = QStringLiteral("A CSV file");
    form.actual = QStringLiteral("An error page");
    form.alreadyTried = QStringLiteral("Another browser");
    return form;
}

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

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/HandoffForm.h"

#include <QList>

namespace tandem::test {

// A hand-off form the service accepts as it is: every required field filled, no attachments, no timeline entries.
inline HandoffForm sampleHandoff(Id customerId, Severity severity, const QString &summary)
{
    using namespace Qt::StringLiterals;
    HandoffForm form;
    form.customerId = customerId;
    form.summary = summary;
    form.category = EscalationCategory::Bug;
    form.severity = severity;
    form.stepsToReproduce = u"1. Open the export page\n2. Export last month"_s;
    form.expected = u"A CSV file"_s;
    form.actual = u"An error page"_s;
    form.alreadyTried = u"Another browser"_s;
    return form;
}

// The escalations' numbers, in the list's order.
inline QList<Id> idsOf(const QList<EscalationListItem> &items)
{
    QList<Id> ids;
    for (const EscalationListItem &item : items)
        ids.append(item.escalation.id);
    return ids;
}

} // namespace tandem::test

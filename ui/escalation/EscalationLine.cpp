// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/EscalationLine.h"

#include <QCoreApplication>

namespace tandem {

QString escalationLine(const EscalationListItem &item)
{
    const Escalation &escalation = item.escalation;
    const QString who = item.assigneeName.isEmpty()
        ? QCoreApplication::translate("tandem::EscalationLine", "not claimed yet")
        : item.assigneeName;
    return QCoreApplication::translate("tandem::EscalationLine", "#%1 %2 (%3, %4)")
        .arg(QString::number(escalation.id), escalation.summary, displayName(escalation.state), who);
}

} // namespace tandem

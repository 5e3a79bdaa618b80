// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/EscalationRecords.h"

#include <QString>

namespace tandem {

// One escalation in a line, as a rep or a specialist recognises it next to another one:
// "#90 Export fails (In progress, Dana Lee)".
[[nodiscard]] QString escalationLine(const EscalationListItem &item);

} // namespace tandem

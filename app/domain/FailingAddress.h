// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QString>

namespace tandem {

// A customer's address that mail to it bounced from: a reply to it will likely bounce too.
struct FailingAddress
{
    QString address;
    QString reason; // the receiving server's words, or ours
    Millis since = 0;
};

} // namespace tandem

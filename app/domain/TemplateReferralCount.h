// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QString>

#include <optional>

namespace tandem {

// How often one referral-request template was sent, and how many referrals those requests earned.
struct TemplateReferralCount
{
    Id templateId = 0;
    QString name;
    QString shortcode;
    std::optional<Channel> channel;
    bool archived = false;
    qint64 requestsSent = 0;
    qint64 referralsReceived = 0;
};

} // namespace tandem

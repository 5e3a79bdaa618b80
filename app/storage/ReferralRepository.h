// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"
#include "domain/TemplateReferralCount.h"

#include <QList>
#include <QString>

#include <optional>

namespace tandem {

class Workspace;

// The links between templates, the referral requests sent from them and the referrals that followed.
class ReferralRepository
{
public:
    explicit ReferralRepository(Workspace &workspace) : m_workspace(workspace) { }

    // Remembers that an interaction's text came from a template.
    void markSentFromTemplate(Id interactionId, Id templateId);
    // The customer's newest outbound referral request at or before `notAfter`.
    [[nodiscard]] std::optional<Id> latestRequest(Id customerId, Millis notAfter) const;
    void linkReceived(Id receivedInteractionId, Id requestInteractionId);
    // The request a received referral links to.
    [[nodiscard]] std::optional<Id> requestFor(Id receivedInteractionId) const;
    // The template an interaction was written from.
    [[nodiscard]] std::optional<Id> templateOf(Id interactionId) const;
    // Every referral-request template ever written, archived ones too (their requests still count).
    [[nodiscard]] QList<TemplateReferralCount> countsByTemplate() const;

private:
    Workspace &m_workspace;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"
#include "services/Actor.h"

#include <optional>

namespace tandem {

class Workspace;

// A reply written from a template, wherever it is written (logged on the timeline, or sent in a
// conversation), is recorded alike: the template's use is counted, a referral request is tracked as one.

// The template if the actor may use it: the team's, or their own.
[[nodiscard]] std::optional<ReplyTemplate> usableTemplate(Workspace &workspace, const Actor &actor, Id templateId);
// A reply from a referral-request template is a referral request; from any other, a message.
[[nodiscard]] InteractionKind replyKindOf(const ReplyTemplate &replyTemplate);
// In the caller's transaction: counts the use, remembers the reply's template (referral counts follow it) and
// audits the use. False when the template is gone.
[[nodiscard]] bool recordTemplateUse(
    Workspace &workspace, const Actor &actor, const ReplyTemplate &replyTemplate, Id interactionId, Millis now);

} // namespace tandem

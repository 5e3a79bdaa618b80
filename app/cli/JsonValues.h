// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace tandem::cli {

// How tandemctl's JSON spells its values, the same in every command: times in UTC ISO 8601 with
// milliseconds, a missing time or id as null.
[[nodiscard]] QJsonValue timeValue(Millis millis);
[[nodiscard]] QJsonValue timeValue(const std::optional<Millis> &millis);
[[nodiscard]] QJsonValue idValue(const std::optional<Id> &id);
// A timeline entry in full.
[[nodiscard]] QJsonObject interactionJson(const Interaction &interaction);

} // namespace tandem::cli

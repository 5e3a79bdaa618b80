// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/JsonValues.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tandem::cli {

QJsonValue timeValue(Millis millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue timeValue(const std::optional<Millis> &millis)
{
    return millis ? timeValue(*millis) : QJsonValue();
}

QJsonValue idValue(const std::optional<Id> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

QJsonObject interactionJson(const Interaction &interaction)
{
    return { { u"id"_s, interaction.id }, { u"kind"_s, keyOf(interaction.kind) },
        { u"channel"_s, keyOf(interaction.channel) }, { u"direction"_s, keyOf(interaction.direction) },
        { u"occurred_at"_s, timeValue(interaction.occurredAt) }, { u"agent"_s, interaction.agentName },
        { u"subject"_s, interaction.subject }, { u"body"_s, interaction.body },
        { u"body_format"_s, keyOf(interaction.bodyFormat) },
        { u"escalation_id"_s, idValue(interaction.escalationId) } };
}

} // namespace tandem::cli

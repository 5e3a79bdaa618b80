// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QList>
#include <QString>

#include <optional>

namespace tandem {

class Workspace;

// Reply templates. Archived templates stay in the table (messages sent from them point at them) but
// no query here returns them.
class TemplateRepository
{
public:
    explicit TemplateRepository(Workspace &workspace) : m_workspace(workspace) { }

    // The shared templates and the agent's own personal ones, by category, name and id. A library is
    // written by people, so it stays small enough to hold whole.
    [[nodiscard]] QList<ReplyTemplate> visibleTo(Id agentId) const;
    [[nodiscard]] std::optional<ReplyTemplate> find(Id id) const;
    // Live templates of one owner (none: shared) whose shortcode equals `shortcode`, on any channel.
    [[nodiscard]] QList<ReplyTemplate> withShortcode(std::optional<Id> ownerId, const QString &shortcode) const;
    // Every template ever stored, archived ones included.
    [[nodiscard]] qint64 countIncludingArchived() const;

    Id insert(const ReplyTemplate &replyTemplate, Millis now);
    // Writes every field but the usage figures; false when the template is gone or archived.
    bool update(const ReplyTemplate &replyTemplate, Millis now);
    bool archive(Id id, Millis now);
    bool recordUse(Id id, Millis now);

private:
    Workspace &m_workspace;
};

} // namespace tandem

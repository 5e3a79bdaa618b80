#pragma once

#include "domain/Records.h"

#include <QList>

#include <optional>

namespace tandem {

class Workspace;

struct InteractionPage
{
    QList<Interaction> interactions; // newest first; bodies cut to a preview
    std::optional<TimelineCursor> next;
};

class InteractionRepository
{
public:
    // Characters of the body a timeline page carries; the whole body comes with find().
    static constexpr int previewLength = 2000;

    explicit InteractionRepository(Workspace &workspace) : m_workspace(workspace) {}

    // One page of a customer's timeline, newest first, strictly older than `after`.
    [[nodiscard]] InteractionPage pageForCustomer(Id customerId, const std::optional<TimelineCursor> &after,
                                                  int limit) const;
    [[nodiscard]] std::optional<Interaction> find(Id id) const;
    [[nodiscard]] qint64 countForCustomer(Id customerId) const;
    Id insert(const Interaction &interaction, Millis createdAt);

private:
    Workspace &m_workspace;
};

} // namespace tandem

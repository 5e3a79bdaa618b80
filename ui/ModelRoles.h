#pragma once

#include <Qt>

namespace tandem {

// Roles of every item model in the UI, in one place so views, delegates and tests agree.

namespace CustomerRoles {
enum : int {
    Id = Qt::UserRole + 1,
    Company,
    Email,
    Tier,      // display name
    Lifecycle, // display name
};
}

namespace TimelineRoles {
enum : int {
    Id = Qt::UserRole + 100,
    Kind,        // InteractionKind as int
    Channel,     // tandem::Channel as int
    Direction,   // tandem::Direction as int
    OccurredAt,  // QDateTime, local time
    AgentName,
    Subject,
    Preview,     // the first lines of the body
    BodyFormat,  // tandem::BodyFormat as int
    Summary,     // "Call · Phone · inbound"
};
}

} // namespace tandem

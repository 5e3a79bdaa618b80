// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/EmbeddedResources.h"

#include <QtGlobal>

#include <mutex>

// Q_INIT_RESOURCE declares a function of the global namespace, so it cannot be used inside ours.
static void initialiseTandemResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace tandem {

void ensureEmbeddedResources()
{
    static std::once_flag once;
    std::call_once(once, initialiseTandemResources);
}

} // namespace tandem

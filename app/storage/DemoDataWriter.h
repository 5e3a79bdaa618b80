// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/DemoOptions.h"

#include <QtGlobal>

#include <functional>

namespace tandem {

class Workspace;

// Fills an empty workspace with believable, deterministic demo data, fast: prepared statements reused
// for every row, search indexes built once at the end. All in one transaction: a load that is killed or
// fails leaves the workspace as it was.
class DemoDataWriter
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit DemoDataWriter(Workspace &workspace) : m_workspace(workspace) { }

    // Throws StorageError when the workspace already holds customers.
    DemoSummary write(const DemoOptions &options, const Progress &progress = {});

    // Demo accounts, one login per role and a few colleagues (login, name, role key).
    static constexpr int demoAgentCount = 7;

private:
    Workspace &m_workspace;
};

} // namespace tandem

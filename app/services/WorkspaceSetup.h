// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/DemoOptions.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace tandem {

class Workspace;
class WorkspaceSession;

// Finding and preparing the workspace the app opens.
class WorkspaceSetup
{
    Q_DECLARE_TR_FUNCTIONS(tandem::WorkspaceSetup)

public:
    // The embedded workspace under the user's application-data folder.
    static QString defaultWorkspacePath();
    // Opens `spec`; a workspace that is new and empty (nothing but the schema) gets demo data and the
    // default template library, so the first start shows a working desk.
    static std::unique_ptr<Workspace> openWithDemoOnFirstStart(
        const QString &spec, const DemoOptions &demo, const QString &password = {});
    // The same, wrapped in a session with no agent signed in yet.
    // `password` is for a team server whose address carries none; it is never stored.
    static std::unique_ptr<WorkspaceSession> openSession(
        const QString &spec, const DemoOptions &demo, const Clock &clock, const QString &password = {});
    // Midnight UTC of today: the default end of generated demo history.
    static Millis todayAnchor();
};

} // namespace tandem

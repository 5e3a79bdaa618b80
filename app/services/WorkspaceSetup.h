// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/DemoOptions.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace tandem {

class Workspace;
class WorkspaceSession;

// What WorkspaceSetup::createDemo put into a workspace.
struct DemoWorkspaceSummary
{
    DemoSummary data;
    int templates = 0;
    int articles = 0;
    // Workspace::repairNote() of the workspace it went into.
    QString repairNote;
};

// Finding and preparing the workspace the app opens.
class WorkspaceSetup
{
    Q_DECLARE_TR_FUNCTIONS(tandem::WorkspaceSetup)

public:
    // What opening may do: make a workspace where there is none, or only open one that is there, or only read.
    // A file or folder that cannot be written is opened read-only whatever is asked.
    enum class OpenMode { CreateIfMissing, Existing, ReadOnly };

    // The embedded workspace under the user's application-data folder.
    static QString defaultWorkspacePath();
    // Opens `spec`; a desk workspace that is new or empty (nothing but the schema) gets demo data and the
    // default template library, so the first start shows a working desk. A new desk file is built beside
    // its place (`spec` + ".partial", removed first if a kill left one) and renamed into place once whole.
    static std::unique_ptr<Workspace> openWithDemoOnFirstStart(const QString &spec, const DemoOptions &demo,
        const QString &password = {}, OpenMode mode = OpenMode::CreateIfMissing);
    // The same, wrapped in a session with no agent signed in yet.
    // `password` is for a team server whose address carries none; it is never stored.
    static std::unique_ptr<WorkspaceSession> openSession(const QString &spec, const DemoOptions &demo,
        const Clock &clock, const QString &password = {}, OpenMode mode = OpenMode::CreateIfMissing);
    // Whether `spec` names a file that holds nothing yet (missing or empty): opening it would make a workspace.
    [[nodiscard]] static bool wouldCreate(const QString &spec);
    // Midnight UTC of today: the default end of generated demo history.
    static Millis todayAnchor();
    // Opens `spec`, which must already exist, for a command; no agent is signed in yet. A command that only
    // reads asks for OpenMode::ReadOnly: nothing in the workspace is written then.
    static std::unique_ptr<WorkspaceSession> openExistingSession(
        const QString &spec, const Clock &clock, OpenMode mode = OpenMode::Existing);
    // Creates `spec` (built beside its place as above, if it is a new desk file) or takes it while it holds
    // no customers, and fills it with demo data and the default template library. Throws Error when it
    // already holds customers.
    static DemoWorkspaceSummary createDemo(const QString &spec, const DemoOptions &demo,
        const std::function<void(qint64 done, qint64 total)> &progress = {});
};

} // namespace tandem

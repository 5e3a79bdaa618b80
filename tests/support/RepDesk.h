// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/DraftStore.h"

#include <QTemporaryDir>

namespace tandem::test {

// A demo desk for the panels a rep types in: a workspace of its own, a clock at the demo's end, a draft folder
// and the rep signed in. Each test adds the services its panel needs.
struct RepDesk
{
    RepDesk(int customers, qint64 interactions, quint64 seed)
        : workspace(temp.openWithDemo(customers, interactions, seed)),
          drafts(draftFolder.path()),
          rep(AccountService(workspace).signInWithoutPassword(QStringLiteral("rep")))
    { }

    TempWorkspace temp;
    MockClock clock { TempWorkspace::demoAnchor };
    Workspace &workspace;
    QTemporaryDir draftFolder;
    DraftStore drafts;
    Actor rep;
};

} // namespace tandem::test

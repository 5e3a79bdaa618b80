// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/TableCopy.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace tandem {

// Moves every record of one workspace into another: a single desk's file up to a team server, or back.
class WorkspaceCopyService
{
public:
    using Progress = std::function<void(const QString &table, qint64 rows)>;

    // Opens both workspaces: `fromSpec` must exist, `toSpec` is created when it does not. Throws Error.
    WorkspaceCopyService(const QString &fromSpec, const QString &toSpec);
    ~WorkspaceCopyService();
    WorkspaceCopyService(const WorkspaceCopyService &) = delete;
    WorkspaceCopyService &operator=(const WorkspaceCopyService &) = delete;

    // The file paths or server URLs as the workspaces name themselves.
    [[nodiscard]] QString fromSpec() const;
    [[nodiscard]] QString toSpec() const;

    // Copies in one transaction on the target and checks the row counts afterwards. Refuses a target that
    // already holds records unless `replaceTarget` is set. Throws Error; the target is then unchanged.
    QList<TableCopy> copy(bool replaceTarget, const Progress &progress = {});

private:
    struct Workspaces;
    std::unique_ptr<Workspaces> m_workspaces;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/WorkspaceCopyService.h"

#include "storage/Workspace.h"
#include "storage/WorkspaceCopier.h"

namespace tandem {

struct WorkspaceCopyService::Workspaces
{
    std::unique_ptr<Workspace> from;
    std::unique_ptr<Workspace> to;
};

WorkspaceCopyService::WorkspaceCopyService(const QString &fromSpec, const QString &toSpec)
    : m_workspaces(std::make_unique<Workspaces>())
{
    Workspace::OpenOptions existingOnly;
    existingOnly.createIfMissing = false;
    existingOnly.readOnly = true; // copying never changes the source
    m_workspaces->from = Workspace::open(fromSpec, existingOnly);
    m_workspaces->to = Workspace::open(toSpec);
}

WorkspaceCopyService::~WorkspaceCopyService() = default;

QString WorkspaceCopyService::fromSpec() const
{
    return m_workspaces->from->spec();
}

QString WorkspaceCopyService::toSpec() const
{
    return m_workspaces->to->spec();
}

QList<TableCopy> WorkspaceCopyService::copy(bool replaceTarget, const Progress &progress)
{
    return WorkspaceCopier(*m_workspaces->from, *m_workspaces->to).copy(replaceTarget, progress);
}

} // namespace tandem

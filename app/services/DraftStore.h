// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tandem {

// Unsent work (a half-written call summary, a complaint in progress) kept on this computer as the
// agent types, one file per workspace, agent and customer. Each save replaces the file atomically, so a
// crash or a kill leaves the previous or the new draft, never a torn one.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(tandem::DraftStore)

public:
    // Drafts live under `folder` (by default the user's application-data folder).
    explicit DraftStore(QString folder = defaultFolder());

    static QString defaultFolder();

    // Throws ServiceError when the draft cannot be written (disk full, no permission).
    void save(const QString &workspace, Id agentId, Id customerId, const QJsonObject &draft) const;
    [[nodiscard]] std::optional<QJsonObject> load(const QString &workspace, Id agentId, Id customerId) const;
    void discard(const QString &workspace, Id agentId, Id customerId) const;

private:
    [[nodiscard]] QString fileFor(const QString &workspace, Id agentId, Id customerId) const;

    QString m_folder;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tandem {

// Unsent work (a half-written call summary, a complaint in progress, a reply in a conversation) kept on
// this computer as the agent types, one file per workspace, agent and customer (or conversation). Each save replaces
// the file atomically, so a crash or a kill leaves the previous or the new draft, never a torn one.
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

    // A reply being written in a conversation, kept apart from the customer's compose draft.
    void saveReply(const QString &workspace, Id agentId, Id conversationId, const QJsonObject &draft) const;
    [[nodiscard]] std::optional<QJsonObject> loadReply(const QString &workspace, Id agentId, Id conversationId) const;
    void discardReply(const QString &workspace, Id agentId, Id conversationId) const;

private:
    // `what`: the customer's id, or "reply-" and the conversation's.
    [[nodiscard]] QString fileFor(const QString &workspace, Id agentId, const QString &what) const;
    void saveFile(const QString &path, const QJsonObject &draft) const;
    [[nodiscard]] static std::optional<QJsonObject> loadFile(const QString &path);

    QString m_folder;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/OutgoingMessage.h"
#include "services/Actor.h"

#include <QAbstractTableModel>

namespace tandem {

class OutboxService;

// The replies still waiting in the outbox or failed, oldest first: a plain list (the outbox holds what is
// not sent yet, so it stays short), read again whenever the workspace changes.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ConversationColumn, CustomerColumn, SubjectColumn, StateColumn, AttemptsColumn, ColumnCount };

    OutboxModel(OutboxService &service, Actor actor, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void reload();
    [[nodiscard]] const OutboxEntry &entryAt(int row) const { return m_entries.at(row); }
    // What the state column says: the state, why it failed, or what it waits for.
    [[nodiscard]] static QString stateText(const OutboxEntry &entry);
    // Why the entry's last attempt failed, or that it bounced, in the reader's language.
    [[nodiscard]] static QString failureText(const OutboxEntry &entry);

signals:
    void failed(const QString &message);

private:
    OutboxService &m_service;
    Actor m_actor;
    QList<OutboxEntry> m_entries;
};

} // namespace tandem

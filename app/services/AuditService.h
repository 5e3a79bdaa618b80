// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/AuditRecords.h"
#include "services/Actor.h"

#include <QObject>

namespace tandem {

class Workspace;

// The audit trail for team leads: read it a page at a time, and check that nobody changed or removed an
// entry behind the app's back.
class AuditService : public QObject
{
    Q_OBJECT

public:
    static constexpr int pageSize = 200;

    explicit AuditService(Workspace &workspace, QObject *parent = nullptr);

    [[nodiscard]] AuditPage page(const Actor &actor, const std::optional<Id> &before, int limit = pageSize) const;
    [[nodiscard]] AuditVerification verify(const Actor &actor) const;

signals:
    void changed();

private:
    Workspace &m_workspace;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace tandem {

class AuditLogModel;
class AuditService;

// The audit trail for team leads: who did what and when, in sentences, newest first, with the selected
// entry's sentence, code, and before and after side by side, and a check of the hash chain that names the first broken
// entry.
class AuditViewer : public QWidget
{
    Q_OBJECT

public:
    AuditViewer(AuditService &service, Actor actor, QWidget *parent = nullptr);

    [[nodiscard]] AuditLogModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QString verificationText() const;
    [[nodiscard]] QString beforeText() const;
    [[nodiscard]] QString afterText() const;
    // The selected entry's sentence and, below it, its code.
    [[nodiscard]] QString summaryText() const;
    bool selectRow(int row);
    // Checks the chain and shows the outcome; true when intact.
    bool verify();

private:
    void showSelected();

    AuditService &m_service;
    Actor m_actor;
    AuditLogModel *m_model;
    QTableView *m_table;
    QLabel *m_verification;
    QLabel *m_summary;
    QPlainTextEdit *m_before;
    QPlainTextEdit *m_after;
};

} // namespace tandem

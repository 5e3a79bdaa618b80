// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace tandem {

// Asks where a team workspace lives (server, port, database, user, encryption), or offers a recent one.
// The password is not asked here: the server asks for it when it needs one, and it is never stored.
class TeamWorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeamWorkspaceDialog(QWidget *parent = nullptr);

    // postgresql://user@host:port/database?sslmode=...
    [[nodiscard]] QString address() const;
    void setAddress(const QString &url);

private:
    void updateAcceptable();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_encryption;
    QListWidget *m_recent;
};

} // namespace tandem

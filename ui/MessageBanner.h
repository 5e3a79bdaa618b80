// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <KMessageWidget>

namespace tandem {

// The bar at the top of a window that says what went wrong, in a sentence, until the agent closes it
// or the next message replaces it; it also confirms what was done.
class MessageBanner : public KMessageWidget
{
    Q_OBJECT

public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void showError(const QString &message);
    void showDone(const QString &message);
    // Something to know about the whole window that is neither an error nor a confirmation.
    void showNote(const QString &message);
    // Something to know before going on, such as work that may already be under way elsewhere.
    void showWarning(const QString &message);

private:
    void showText(const QString &message, MessageType type);
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MessageBanner.h"

namespace tandem {

MessageBanner::MessageBanner(QWidget *parent) : KMessageWidget(parent)
{
    setCloseButtonVisible(true);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
}

void MessageBanner::showError(const QString &message)
{
    showText(message, Error);
}

void MessageBanner::showDone(const QString &message)
{
    showText(message, Positive);
}

void MessageBanner::showNote(const QString &message)
{
    showText(message, Information);
}

void MessageBanner::showWarning(const QString &message)
{
    showText(message, Warning);
}

void MessageBanner::showText(const QString &message, MessageType type)
{
    if (message.isEmpty()) {
        hide();
        return;
    }
    setMessageType(type);
    setText(message);
    // Shown at once rather than animated: an error must be there in the next frame (and in screenshots).
    show();
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MessageAttachment.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace tandem {

class MessageContentService;

// What an agent does with a file from a customer's mail, wherever it is listed (the conversation's thread,
// the escalation it was attached to): see what kind of risk it is, read a text file in the highlighting
// viewer, save a copy. Nothing here opens a file with another program.
class MailFiles
{
    Q_DECLARE_TR_FUNCTIONS(tandem::MailFiles)

public:
    // The warning a risky file carries ("Executable: do not run"); empty for text and other files.
    [[nodiscard]] static QString kindWarning(const MessageAttachment &file);
    // Whether it is read in the viewer (text files that were kept).
    [[nodiscard]] static bool isViewable(const MessageAttachment &file);
    // Shows a text file read-only and highlighted in a window of its own (object name "fileViewer").
    // Returns what went wrong, to be shown where the agent is; none when the window opened.
    static std::optional<QString> view(
        QWidget *parent, const MessageContentService &content, const MessageAttachment &file);
    // Asks where to, then writes the file's bytes there whole or not at all. Returns what went wrong.
    static std::optional<QString> saveAs(
        QWidget *parent, const MessageContentService &content, const MessageAttachment &file);
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Enums.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace tandem {

// Shows an event's body read-only. Technical bodies (logs, JSON, XML, YAML, config, shell, SQL, stack
// traces; declared or sniffed) are highlighted with KSyntaxHighlighting in a theme that follows the
// palette. Everything is plain text: customer HTML is shown, never rendered. Huge pastes show their
// start at once and the rest on request; very long lines are not highlighted, so nothing freezes.
class BodyViewer : public QWidget
{
    Q_OBJECT

public:
    // Shown at once; the rest waits for "Show all".
    static constexpr qsizetype initialLength = 256 * 1024;
    // A line longer than this switches highlighting off for the body.
    static constexpr qsizetype longestHighlightedLine = 10000;

    explicit BodyViewer(QWidget *parent = nullptr);

    void setBody(const QString &body, BodyFormat declaredFormat);
    void clear();
    [[nodiscard]] QPlainTextEdit *editor() const { return m_text; }
    // The highlighting definition in use; empty when the body is shown plain.
    [[nodiscard]] QString highlightingName() const;
    [[nodiscard]] bool isShowingAll() const;

private:
    void showText(const QString &text, BodyFormat format);

    QPlainTextEdit *m_text;
    QLabel *m_truncatedNote;
    QPushButton *m_showAll;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QString m_fullBody;
    BodyFormat m_format = BodyFormat::Plain;
    qsizetype m_shownLength = 0;
};

} // namespace tandem

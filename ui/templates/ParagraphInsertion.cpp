// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/ParagraphInsertion.h"

#include <QPlainTextEdit>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace tandem {

void insertAsParagraph(QPlainTextEdit *edit, const QString &text, int caret)
{
    QTextCursor cursor = edit->textCursor();
    cursor.clearSelection();
    // What is already typed stays its own paragraph: a blank line on either side of the insertion.
    const QString typed = edit->toPlainText();
    const int at = cursor.position();
    const QStringView before = QStringView(typed).left(at);
    const QStringView after = QStringView(typed).mid(at);
    QString leading;
    if (!before.trimmed().isEmpty() && !before.endsWith(u"\n\n"_s))
        leading = before.endsWith(u'\n') ? u"\n"_s : u"\n\n"_s;
    QString trailing;
    if (!after.trimmed().isEmpty() && !after.startsWith(u"\n\n"_s))
        trailing = after.startsWith(u'\n') ? u"\n"_s : u"\n\n"_s;
    const int start = at + int(leading.size());
    cursor.insertText(leading + text + trailing);
    cursor.setPosition(start + qBound(0, caret, int(text.size())));
    edit->setTextCursor(cursor);
    edit->setFocus();
}

} // namespace tandem

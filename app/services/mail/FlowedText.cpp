// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/mail/FlowedText.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace tandem {

QString unflowText(const QString &flowed, bool delSp)
{
    QStringList lines = flowed.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QStringList out;
    QString paragraph;
    int paragraphDepth = -1; // none open
    const auto closeParagraph = [&] {
        if (paragraphDepth < 0)
            return;
        out.append(paragraphDepth > 0 ? QString(paragraphDepth, u'>') + u' ' + paragraph : paragraph);
        paragraph.clear();
        paragraphDepth = -1;
    };
    for (QString line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        int depth = 0;
        while (depth < line.size() && line.at(depth) == u'>')
            ++depth;
        line.remove(0, depth);
        if (line.startsWith(u' ')) // space-stuffing, or the space after the quote marks
            line.remove(0, 1);
        // A paragraph never continues across a change of quote depth (RFC 3676, 4.5).
        if (paragraphDepth >= 0 && paragraphDepth != depth)
            closeParagraph();
        const bool signatureSeparator = line == u"-- "_s;
        if (signatureSeparator)
            closeParagraph();
        const bool soft = !signatureSeparator && line.endsWith(u' ');
        if (soft && delSp)
            line.chop(1);
        paragraph += line;
        paragraphDepth = depth;
        if (!soft)
            closeParagraph();
    }
    closeParagraph();
    return out.join(u'\n');
}

} // namespace tandem

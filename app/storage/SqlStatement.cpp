// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/SqlStatement.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace tandem {

void SqlStatement::add(const QString &text, const QVariantList &values)
{
    m_text += text;
    m_values += values;
}

QString SqlStatement::placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/SqlStatement.h"

#include "storage/Sql.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace tandem {

void SqlStatement::add(const QString &text, const QVariantList &values)
{
    m_text += text;
    m_values += values;
}

QSqlQuery SqlStatement::run(const QSqlDatabase &db) const
{
    QSqlQuery query = sql::prepare(db, m_text);
    for (qsizetype i = 0; i < m_values.size(); ++i)
        query.bindValue(int(i), m_values.at(i));
    sql::run(query);
    return query;
}

QString SqlStatement::placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

} // namespace tandem

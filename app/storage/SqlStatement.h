// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QVariantList>

namespace tandem {

// SQL put together piece by piece (optional filters), with its positional values in the order their
// placeholders appear. Run it with Query.
class SqlStatement
{
public:
    SqlStatement() = default;
    explicit SqlStatement(const QString &text, const QVariantList &values = {}) : m_text(text), m_values(values) { }

    void add(const QString &text, const QVariantList &values = {});
    void add(const SqlStatement &other) { add(other.m_text, other.m_values); }
    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] const QVariantList &values() const { return m_values; }

    // "?, ?, ?"
    [[nodiscard]] static QString placeholders(qsizetype count);

private:
    QString m_text;
    QVariantList m_values;
};

} // namespace tandem

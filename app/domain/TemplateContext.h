// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QString>

namespace tandem {

struct Agent;
struct Customer;
struct Escalation;

// The values a template is rendered against, by placeholder name ("customer.first_name" -> "Ada").
// A value that is empty (or only spaces) counts as missing, so `{{customer.first_name | "there"}}`
// falls back for a customer whose first name was never recorded.
class TemplateContext
{
public:
    // Stores the value trimmed; an empty value removes the name.
    void set(const QString &name, const QString &value);
    void remove(const QString &name);
    // The value, or nullptr when there is none; the pointer lives until the context changes.
    [[nodiscard]] const QString *find(const QString &name) const;
    [[nodiscard]] QString value(const QString &name) const;
    [[nodiscard]] bool hasValue(const QString &name) const { return find(name) != nullptr; }
    [[nodiscard]] qsizetype size() const { return m_values.size(); }

    // Each setter replaces every value of its group, so switching customers leaves nothing stale behind.
    void setCustomer(const Customer &customer);
    void setAgent(const Agent &agent);
    void setCompanyName(const QString &companyName);
    void setEscalation(const Escalation &escalation);
    void clearEscalation();
    // The knowledge-base article the reply links (the one chosen among the suggestions): its title, and its
    // address on the self-service site, which stays missing when it has none (an internal article, or no site).
    void setArticle(const QString &title, const QString &url);
    void clearArticle();
    // In the given locale: date.today is the long date without the weekday, date.weekday the weekday.
    void setToday(QDate today, const QLocale &locale = QLocale());

    // The translated example of every placeholder, for editor previews.
    [[nodiscard]] static TemplateContext sample();

private:
    QHash<QString, QString> m_values;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/TemplateContext.h"

#include "domain/Records.h"
#include "domain/TemplatePlaceholders.h"

using namespace Qt::StringLiterals;

namespace tandem {

void TemplateContext::set(const QString &name, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        m_values.remove(name);
    else
        m_values.insert(name, trimmed);
}

void TemplateContext::remove(const QString &name)
{
    m_values.remove(name);
}

const QString *TemplateContext::find(const QString &name) const
{
    const auto it = m_values.constFind(name);
    return it == m_values.cend() ? nullptr : &it.value();
}

QString TemplateContext::value(const QString &name) const
{
    const QString *found = find(name);
    return found ? *found : QString();
}

void TemplateContext::setCustomer(const Customer &customer)
{
    set(u"customer.first_name"_s, customer.firstName);
    set(u"customer.last_name"_s, customer.lastName);
    set(u"customer.name"_s, customer.displayName());
    set(u"customer.email"_s, customer.email);
    set(u"customer.phone"_s, customer.phone);
    set(u"customer.company"_s, customer.company);
    set(u"customer.tier"_s, displayName(customer.tier));
}

void TemplateContext::setAgent(const Agent &agent)
{
    set(u"agent.name"_s, agent.displayName);
    set(u"agent.first_name"_s, agent.displayName.trimmed().section(u' ', 0, 0, QString::SectionSkipEmpty));
    set(u"agent.email"_s, agent.email);
}

void TemplateContext::setCompanyName(const QString &companyName)
{
    set(u"company.name"_s, companyName);
}

void TemplateContext::setEscalation(const Escalation &escalation)
{
    // An escalation not stored yet has no number a customer could quote back.
    set(u"escalation.id"_s, escalation.id > 0 ? QString::number(escalation.id) : QString());
    set(u"escalation.summary"_s, escalation.summary);
    set(u"escalation.severity"_s, displayName(escalation.severity));
    set(u"escalation.state"_s, displayName(escalation.state));
}

void TemplateContext::clearEscalation()
{
    for (const QString &name :
        { u"escalation.id"_s, u"escalation.summary"_s, u"escalation.severity"_s, u"escalation.state"_s })
        m_values.remove(name);
}

void TemplateContext::setArticle(const QString &title, const QString &url)
{
    set(u"article.title"_s, title);
    set(u"article.url"_s, url);
}

void TemplateContext::clearArticle()
{
    m_values.remove(u"article.title"_s);
    m_values.remove(u"article.url"_s);
}

void TemplateContext::setToday(QDate today, const QLocale &locale)
{
    if (!today.isValid()) {
        m_values.remove(u"date.today"_s);
        m_values.remove(u"date.weekday"_s);
        return;
    }
    // The weekday has its own placeholder; "processed today (3 March 2025)" reads better without it.
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(u"dddd"_s);
    while (!format.isEmpty() && (format.front().isSpace() || format.front() == u','))
        format.remove(0, 1);
    while (!format.isEmpty() && (format.back().isSpace() || format.back() == u','))
        format.chop(1);
    if (format.isEmpty())
        format = locale.dateFormat(QLocale::LongFormat);
    set(u"date.today"_s, locale.toString(today, format));
    set(u"date.weekday"_s, locale.dayName(today.dayOfWeek(), QLocale::LongFormat));
}

TemplateContext TemplateContext::sample()
{
    TemplateContext context;
    const QList<TemplatePlaceholders::Info> placeholders = TemplatePlaceholders::all();
    for (const TemplatePlaceholders::Info &info : placeholders)
        context.set(info.name, info.example);
    return context;
}

} // namespace tandem

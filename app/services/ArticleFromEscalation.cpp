// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/ArticleFromEscalation.h"

#include "domain/TextFolding.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// Every match of `pattern` in `text` replaced by what `replacement` makes of it.
QString replaceEach(const QString &text, const QRegularExpression &pattern,
    const std::function<QString(const QRegularExpressionMatch &)> &replacement)
{
    QString result;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text)) {
        result += QStringView(text).mid(from, match.capturedStart() - from);
        result += replacement(match);
        from = match.capturedEnd();
    }
    result += QStringView(text).mid(from);
    return result;
}

qsizetype digitCount(QStringView text)
{
    return std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

// Where a sentence starts, a replacement starts with a capital too.
bool startsSentence(const QString &text, qsizetype at)
{
    qsizetype i = at - 1;
    while (i >= 0 && (text.at(i) == u' ' || text.at(i) == u'\t'))
        --i;
    return i < 0 || text.at(i) == u'\n' || text.at(i) == u'.' || text.at(i) == u'!' || text.at(i) == u'?';
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// A name as a whole word in any case, as written and without its accents ("Müller" and "muller").
QString nameAlternatives(const QString &name)
{
    QStringList forms { QRegularExpression::escape(name.simplified()) };
    if (const QString folded = foldText(name.simplified()); folded != name.simplified().toLower())
        forms.append(QRegularExpression::escape(folded));
    return forms.join(u'|');
}

QString withoutNames(QString text, const Customer &customer)
{
    // The company and the whole name first, so "Anna Schmidt" becomes one "the customer", not two.
    const auto replaceName = [&text](const QString &name, const QString &neutral) {
        if (name.simplified().size() < 2)
            return;
        const QRegularExpression pattern(u"(?<![\\w@])(?:"_s + nameAlternatives(name) + u")(?![\\w@])"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        const QString original = text;
        text = replaceEach(original, pattern, [&](const QRegularExpressionMatch &match) {
            return startsSentence(original, match.capturedStart()) ? capitalized(neutral) : neutral;
        });
    };
    replaceName(customer.company, ArticleFromEscalation::tr("the customer’s company"));
    const QString someone = ArticleFromEscalation::tr("the customer");
    replaceName(customer.displayName(), someone);
    replaceName(customer.lastName, someone);
    replaceName(customer.firstName, someone);
    return text;
}

const QString separators = u"[\\s().\\-/]"_s;

// The customer's own number however it is written: its last seven digits with anything a number is written
// with before and between them ("+49 30 1234567", "030 123 45 67").
QString withoutOwnPhone(const QString &text, const Customer &customer)
{
    QString digits;
    for (const QChar c : customer.phone) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.size() < 7)
        return text;
    QStringList tail;
    for (const QChar c : QStringView(digits).right(7))
        tail.append(QString(c));
    const QRegularExpression pattern(
        u"(?<![\\w+])(?:\\+?\\(?\\d[\\d\\s().\\-/]*)?"_s + tail.join(QString(separators + u'*')) + u"(?![\\w])"_s);
    return replaceEach(
        text, pattern, [](const QRegularExpressionMatch &) { return ArticleFromEscalation::tr("[phone number]"); });
}

bool looksLikeDateOrVersion(const QString &candidate)
{
    static const QRegularExpression date(u"\\d{4}-\\d{2}-\\d{2}"_s);
    static const QRegularExpression dotted(u"^\\d+(\\.\\d+){1,3}$"_s); // 2.4.1, 192.168.1.20
    return date.match(candidate).hasMatch() || dotted.match(candidate).hasMatch();
}

} // namespace

QString ArticleFromEscalation::withoutCustomerData(const QString &text, const std::optional<Customer> &customer)
{
    QString result = text;
    static const QRegularExpression email(
        u"[\\w.%+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+"_s, QRegularExpression::UseUnicodePropertiesOption);
    result.replace(email, tr("[email address]"));

    // The number after a word that says it is an order's or an invoice's; the word stays.
    static const QRegularExpression order(
        u"\\b((?:order|invoice|receipt|tracking|bestell|auftrag|rechnung|commande|facture)\\w*"
        "(?:\\s+(?:number|no\\.?|nr\\.?|id|n°|de\\s+commande))?\\s*(?:#|:|no\\.?|nr\\.?|n°)?\\s*)"
        "([A-Z]{0,5}-?\\d{3,}[\\w\\-]*)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    result = replaceEach(result, order,
        [](const QRegularExpressionMatch &match) -> QString { return match.captured(1) + tr("[order number]"); });
    static const QRegularExpression hashNumber(u"#\\d{4,}\\b"_s);
    result.replace(hashNumber, tr("[number]"));

    if (customer)
        result = withoutOwnPhone(result, *customer);
    // Seven or more digits written like a telephone number: with a leading + or 0, or in groups.
    static const QRegularExpression phone(u"(?<![\\w.\\-/])\\+?\\(?\\d[\\d\\s().\\-/]*\\d(?![\\w.\\-/]*\\d)"_s);
    result = replaceEach(result, phone, [](const QRegularExpressionMatch &match) {
        QString candidate = match.captured(0);
        const bool grouped = candidate.contains(QRegularExpression(u"[\\s().\\-/]"_s));
        const bool dialled = candidate.startsWith(u'+') || candidate.startsWith(u'0') || candidate.startsWith(u'(');
        if (digitCount(candidate) < 7 || looksLikeDateOrVersion(candidate) || (!grouped && !dialled))
            return candidate;
        return tr("[phone number]");
    });
    static const QRegularExpression longNumber(u"(?<![\\w.\\-/])\\d{6,}(?![\\w.\\-/]*\\d)"_s);
    result.replace(longNumber, tr("[number]"));

    if (customer)
        result = withoutNames(result, *customer);
    return result;
}

Article ArticleFromEscalation::draft(
    const Escalation &escalation, const std::optional<Customer> &customer, const QString &language)
{
    const auto clean
        = [&customer](const QString &text) -> QString { return withoutCustomerData(text.trimmed(), customer); };
    // A section the hand-off left empty asks the writer for it instead of being left out.
    const auto section = [](const QString &heading, const QString &text, const QString &prompt) -> QString {
        const QString content = text.isEmpty() ? QString(u"_"_s + prompt + u"_"_s) : text;
        return u"## "_s + heading + u"\n\n"_s + content + u"\n"_s;
    };

    QStringList symptoms;
    if (const QString actual = clean(escalation.actual); !actual.isEmpty())
        symptoms.append(actual);
    if (const QString expected = clean(escalation.expected); !expected.isEmpty())
        symptoms.append(tr("Expected instead: %1").arg(expected));
    if (const QString steps = clean(escalation.stepsToReproduce); !steps.isEmpty())
        symptoms.append(tr("How it shows:") + u"\n\n"_s + steps);

    QStringList fix;
    if (const QString resolution = clean(escalation.resolution); !resolution.isEmpty())
        fix.append(resolution);
    if (const QString tried = clean(escalation.alreadyTried); !tried.isEmpty())
        fix.append(tr("Tried first, without fixing it: %1").arg(tried));

    Article article;
    article.title = clean(escalation.summary).left(200);
    article.body = section(tr("Symptoms"), symptoms.join(u"\n\n"_s), tr("What does the customer see?")) + u'\n'
        + section(tr("Environment"), clean(escalation.environment),
            tr("Which devices, versions or settings does this happen with?"))
        + u'\n' + section(tr("Cause"), clean(escalation.customerExplanation), tr("Why does it happen?")) + u'\n'
        + section(tr("Fix"), fix.join(u"\n\n"_s), tr("What solves it, step by step?"));
    article.category = displayName(escalation.category);
    article.language = language;
    article.visibility = ArticleVisibility::Internal;
    article.fromEscalation = escalation.id;
    article.needsCheck = true;
    return article;
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/TemplatePlaceholders.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace tandem {
namespace {

struct Entry
{
    QStringView name;
    const char *description; // source text for translate(), context "tandem::TemplateEngine"
    const char *example;
};

constexpr std::array entries {
    Entry { u"customer.first_name", QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Customer's first name"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Ada") },
    Entry { u"customer.last_name", QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Customer's last name"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Lovelace") },
    Entry { u"customer.name", QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Customer's full name"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Ada Lovelace") },
    Entry { u"customer.email", QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Customer's email address"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "ada@example.com") },
    Entry { u"customer.phone", QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Customer's phone number"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "+44 20 7946 0018") },
    Entry { u"customer.company", QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Company the customer works for"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Analytical Engines Ltd") },
    Entry { u"customer.tier", QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Customer's service tier"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Premium") },
    Entry { u"agent.name", QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Your name as customers see it"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Grace Hopper") },
    Entry { u"agent.first_name", QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Your first name"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Grace") },
    Entry { u"agent.email", QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Your email address"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "grace@example.com") },
    Entry { u"company.name", QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Our company's name"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Tandem Demo Co.") },
    Entry { u"escalation.id", QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Number of the open escalation"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "1042") },
    Entry { u"escalation.summary", QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Summary of the open escalation"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Export stops at 10,000 rows") },
    Entry { u"escalation.severity", QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Severity of the open escalation"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "S2 – major") },
    Entry { u"escalation.state", QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Where the open escalation stands"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "In progress") },
    Entry { u"article.title",
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Title of the knowledge-base article chosen for the reply"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Resetting the E4 router") },
    Entry { u"article.url",
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Link to the chosen article on the self-service site"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "https://help.example.com/en/12-resetting-the-e4-router.html") },
    Entry { u"date.today", QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Today's date, written out"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "3 March 2025") },
    Entry { u"date.weekday", QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Today's day of the week"),
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Monday") },
    Entry { TemplatePlaceholders::cursorName,
        QT_TRANSLATE_NOOP("tandem::TemplateEngine", "Where the caret goes after the reply is inserted"), "" },
};

QString translated(const char *sourceText)
{
    return QCoreApplication::translate("tandem::TemplateEngine", sourceText);
}

const Entry *find(QStringView name)
{
    const auto it = std::find_if(entries.begin(), entries.end(), [name](const Entry &e) { return e.name == name; });
    return it == entries.end() ? nullptr : &*it;
}

// Levenshtein distance, case-insensitive; good enough for names of a few dozen characters.
qsizetype editDistance(QStringView a, QStringView b)
{
    QVarLengthArray<qsizetype, 72> previous(b.size() + 1);
    QVarLengthArray<qsizetype, 72> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        const QChar left = a[i - 1].toCaseFolded();
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution = previous[j - 1] + (left == b[j - 1].toCaseFolded() ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QList<TemplatePlaceholders::Info> TemplatePlaceholders::all()
{
    QList<Info> result;
    result.reserve(static_cast<qsizetype>(entries.size()));
    for (const Entry &e : entries)
        result.append(
            Info { e.name.toString(), translated(e.description), *e.example ? translated(e.example) : QString() });
    return result;
}

QStringList TemplatePlaceholders::names()
{
    QStringList result;
    result.reserve(static_cast<qsizetype>(entries.size()));
    for (const Entry &e : entries)
        result.append(e.name.toString());
    return result;
}

bool TemplatePlaceholders::isKnown(QStringView name)
{
    return find(name) != nullptr;
}

QString TemplatePlaceholders::description(QStringView name)
{
    const Entry *entry = find(name);
    return entry ? translated(entry->description) : QString();
}

QString TemplatePlaceholders::suggestionFor(QStringView unknownName)
{
    // Long garbage is not a typo of anything, and would make the comparison costly.
    constexpr qsizetype longestWorthComparing = 48;
    constexpr qsizetype mostTyposTolerated = 2;
    if (unknownName.isEmpty() || unknownName.size() > longestWorthComparing)
        return {};

    const Entry *best = nullptr;
    qsizetype bestDistance = mostTyposTolerated + 1;
    for (const Entry &e : entries) {
        const qsizetype distance = editDistance(unknownName, e.name);
        if (distance < bestDistance) {
            best = &e;
            bestDistance = distance;
        }
    }
    if (best)
        return best->name.toString();

    // A bare field ("first_name") means the one group that has it; "name" is ambiguous and gets nothing.
    if (!unknownName.contains(u'.')) {
        const Entry *only = nullptr;
        for (const Entry &e : entries) {
            const qsizetype dot = e.name.indexOf(u'.');
            if (dot >= 0 && e.name.sliced(dot + 1).compare(unknownName, Qt::CaseInsensitive) == 0) {
                if (only)
                    return {};
                only = &e;
            }
        }
        if (only)
            return only->name.toString();
    }
    return {};
}

} // namespace tandem

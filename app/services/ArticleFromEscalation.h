// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Article.h"
#include "domain/Records.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tandem {

// The draft article a resolved escalation becomes ("Turn into article", issue 19): the hand-off package's
// symptoms, environment, cause and fix as Markdown sections, so the team answers the next customer with
// the same problem from the knowledge base instead of escalating again. An article is read by everyone (a
// public one by every customer), so what identifies the customer whose case it was is left out: the
// attachments and timeline entries entirely, and in the text the customer's name and company, e-mail
// addresses, telephone numbers and order numbers. What a pattern cannot know (a street, a serial number
// typed as words) is why the draft is still checked by a writer before it is published.
class ArticleFromEscalation
{
    Q_DECLARE_TR_FUNCTIONS(tandem::ArticleFromEscalation)

public:
    // The draft for a resolved escalation of `customer` (none when unknown): title, body, tags, language and
    // visibility (internal: a writer decides whether customers may read it). Headings and prompts are in the
    // program's language, `language` is what the article says it is written in.
    [[nodiscard]] static Article draft(
        const Escalation &escalation, const std::optional<Customer> &customer, const QString &language);
    // `text` with the customer data that can be recognised replaced by a neutral word: the customer's names
    // and company (also without their accents or case), e-mail addresses, telephone numbers (anything of
    // seven or more digits written like one, and the customer's own number however it is written), order
    // and invoice numbers (a number after "order", "invoice", "Bestellung", "commande" and the like, "#"
    // followed by four or more digits, any standalone number of six or more digits). Version numbers, IP
    // addresses, dates and error codes stay.
    [[nodiscard]] static QString withoutCustomerData(const QString &text, const std::optional<Customer> &customer);
};

} // namespace tandem

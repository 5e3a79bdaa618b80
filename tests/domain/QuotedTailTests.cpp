// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/QuotedTail.h"

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

TEST_CASE("A reply's quoted earlier mail and signature are the tail to fold", "[mail]")
{
    const QuotedTailSplit split = splitQuotedTail(
        u"Still jamming, sorry.\n\nAnn\n\nOn Tue, 1 Dec 2026 at 10:00, Support <support@tandem.example> wrote:\n"
        "> Please try the rear tray.\n>\n> Kind regards\n"_s);
    CHECK(split.text == u"Still jamming, sorry.\n\nAnn"_s);
    CHECK(split.tail.startsWith(u"On Tue, 1 Dec 2026"_s));
    CHECK(split.tail.endsWith(u"> Kind regards"_s));
}

TEST_CASE("A wrapped attribution line is folded with its quote", "[mail]")
{
    const QuotedTailSplit split = splitQuotedTail(
        u"Thanks!\n\nOn Tue, 1 Dec 2026 at 10:00, Support Team of Tandem\n<support@tandem.example> wrote:\n> Done.\n"_s);
    CHECK(split.text == u"Thanks!"_s);
    CHECK(split.tail.startsWith(u"On Tue"_s));
}

TEST_CASE("A signature, an Outlook header block and an original-message marker start the tail", "[mail]")
{
    CHECK(splitQuotedTail(u"It works now.\n-- \nAnn Baker\nBaker & Sons"_s).text == u"It works now."_s);
    CHECK(splitQuotedTail(u"It works now.\n-- \nAnn Baker"_s).tail == u"-- \nAnn Baker"_s);
    const QuotedTailSplit outlook = splitQuotedTail(
        u"See below.\n\nFrom: Support <support@tandem.example>\nSent: Tuesday, 1 December 2026 10:00\nSubject: Re: x\n\nTry again."_s);
    CHECK(outlook.text == u"See below."_s);
    CHECK(outlook.tail.startsWith(u"From: Support"_s));
    const QuotedTailSplit marker
        = splitQuotedTail(u"Fixed, thanks.\n\n-----Ursprüngliche Nachricht-----\nVon: Support\nBetreff: x"_s);
    CHECK(marker.text == u"Fixed, thanks."_s);
    CHECK(marker.tail.startsWith(u"-----Ursprüngliche Nachricht-----"_s));
}

TEST_CASE("Quotes answered in between stay; a mail of only quotes is not split", "[mail]")
{
    const QString interleaved = u"> Which model?\nThe T-200.\n> Since when?\nSince Monday."_s;
    CHECK(splitQuotedTail(interleaved).text == interleaved);
    CHECK(splitQuotedTail(interleaved).tail.isEmpty());
    const QString onlyQuote = u"> forwarded text\n> more"_s;
    CHECK(splitQuotedTail(onlyQuote).text == onlyQuote);
    CHECK(splitQuotedTail(onlyQuote).tail.isEmpty());
    CHECK(splitQuotedTail(u"Plain message."_s).tail.isEmpty());
}

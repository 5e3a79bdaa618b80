// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/SurveyReply.h"

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

TEST_CASE("a survey answer that says one score plainly is read", "[mail][domain]")
{
    CHECK(SurveyReply::score(u"5"_s, SurveyKind::Csat) == 5);
    CHECK(SurveyReply::score(u"  4 \n"_s, SurveyKind::Csat) == 4);
    CHECK(SurveyReply::score(u"a 9 from me"_s, SurveyKind::Nps) == 9);
    CHECK(SurveyReply::score(u"4/5"_s, SurveyKind::Csat) == 4);
    CHECK(SurveyReply::score(u"I'd say 3 out of 5"_s, SurveyKind::Csat) == 3);
    CHECK(SurveyReply::score(u"10/10, would recommend!"_s, SurveyKind::Nps) == 10);
    CHECK(SurveyReply::score(u"0"_s, SurveyKind::Nps) == 0);
    CHECK(SurveyReply::score(u"5 - Anna was great, thanks"_s, SurveyKind::Csat) == 5);
    CHECK(SurveyReply::score(u"2. It was easy."_s, SurveyKind::Ces) == 2);
    CHECK(SurveyReply::score(u"4 von 5, danke"_s, SurveyKind::Csat) == 4);
    CHECK(SurveyReply::score(u"Je dirais 4 sur 5"_s, SurveyKind::Csat) == 4);
    CHECK(SurveyReply::score(u"5 5 5"_s, SurveyKind::Csat) == 5);
    CHECK(SurveyReply::score(u"Vier"_s, SurveyKind::Csat) == 4);
    CHECK(SurveyReply::score(u"fünf Sterne"_s, SurveyKind::Csat) == 5);
    CHECK(SurveyReply::score(u"neuf"_s, SurveyKind::Nps) == 9);
    CHECK(SurveyReply::score(u"Seven."_s, SurveyKind::Ces) == 7);
    CHECK(SurveyReply::score(u"One"_s, SurveyKind::Ces) == 1);
    // The survey quoted below the answer is no part of it.
    CHECK(SurveyReply::score(u"5\n\nOn Tuesday, Support wrote:\n> Please reply with a number from 1 to 5:\n"
                             "> 1 = very dissatisfied, 5 = very satisfied\n"_s,
              SurveyKind::Csat)
        == 5);
}

TEST_CASE("a survey answer that could be read two ways, or is no answer, gives no score", "[mail][domain]")
{
    const auto none = [](const QString &reply, SurveyKind kind) {
        INFO(reply.toStdString());
        CHECK_FALSE(SurveyReply::score(reply, kind));
    };
    none(u""_s, SurveyKind::Csat);
    none(u"Thanks!"_s, SurveyKind::Csat);
    none(u"3 or 4"_s, SurveyKind::Csat);
    none(u"3-4"_s, SurveyKind::Csat);
    none(u"between 7 and 8"_s, SurveyKind::Nps);
    none(u"4.5"_s, SurveyKind::Csat);
    none(u"4,5"_s, SurveyKind::Csat);
    none(u"8/10"_s, SurveyKind::Csat); // another scale
    none(u"6"_s, SurveyKind::Csat); // off the scale
    none(u"0"_s, SurveyKind::Csat);
    none(u"11"_s, SurveyKind::Nps);
    none(u"8"_s, SurveyKind::Ces);
    none(u"not a 5"_s, SurveyKind::Csat);
    none(u"wasn't a 5, sorry"_s, SurveyKind::Csat);
    none(u"keine 5, nicht mal 4"_s, SurveyKind::Csat);
    none(u"pas 5"_s, SurveyKind::Csat);
    none(u"Is 3 the right answer?"_s, SurveyKind::Csat);
    none(u"Order 12345 still missing"_s, SurveyKind::Nps);
    none(u"Call me at 10:30"_s, SurveyKind::Nps);
    none(u"Call me on 555 1234"_s, SurveyKind::Nps);
    none(u"Works 100%"_s, SurveyKind::Nps);
    none(u"one more question"_s, SurveyKind::Csat); // "one" is no number here
    none(u"vier oder fünf"_s, SurveyKind::Csat);
    none(u"trois ou quatre"_s, SurveyKind::Csat);
    none(u"The new bridge still drops the connection every evening around the same time and I have tried "
         "everything your colleague suggested, including the reset, so please have another look, it is 3 "
         "weeks now"_s,
        SurveyKind::Csat);
}

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/TextFolding.h"

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

TEST_CASE("text folds to one form whatever the accents, case and special letters", "[domain][search]")
{
    CHECK(foldText(u"Yılmaz"_s) == u"yilmaz"_s); // dotless ı is an i to a reader who types "yilm"
    CHECK(foldText(u"Yılmaz"_s).startsWith(foldText(u"yilm"_s)));
    CHECK(foldText(u"YILMAZ"_s) == u"yilmaz"_s);
    CHECK(foldText(u"İstanbul"_s) == u"istanbul"_s); // dotted capital İ
    CHECK(foldText(u"Müller"_s) == u"muller"_s);
    CHECK(foldText(u"MÜLLER"_s) == foldText(u"muller"_s));
    CHECK(foldText(u"façade"_s) == u"facade"_s);
    CHECK(foldText(u"Zoë"_s) == u"zoe"_s);
    CHECK(foldText(u"Straße"_s) == u"strasse"_s); // full case folding: ß is ss
    CHECK(foldText(u"Søren Høgberg"_s) == u"soren hogberg"_s);
    CHECK(foldText(u"Łukasz"_s) == u"lukasz"_s);
    CHECK(foldText(u"Đorđević"_s) == u"dordevic"_s);
    CHECK(foldText(u"ﬁle"_s) == u"file"_s); // compatibility ligature
    CHECK(foldText(u"Ｔａｎｄｅｍ"_s) == u"tandem"_s); // full-width letters
}

TEST_CASE("folding leaves what is already plain as it is", "[domain][search]")
{
    CHECK(foldText(QString()).isEmpty());
    CHECK(foldText(u"order 4711 / ref_7"_s) == u"order 4711 / ref_7"_s);
    CHECK(foldText(u"שלום"_s) == u"שלום"_s);
    CHECK(foldText(foldText(u"Ayşe Yılmaz"_s)) == foldText(u"Ayşe Yılmaz"_s));
}

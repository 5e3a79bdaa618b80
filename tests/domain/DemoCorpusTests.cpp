// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/DemoCorpus.h"

#include <catch2/catch_test_macros.hpp>

using namespace tandem;

TEST_CASE("demo texts depend on the seed only", "[domain][demo]")
{
    DemoRandom first(99);
    DemoRandom second(99);
    for (int i = 0; i < 200; ++i) {
        const auto kind = InteractionKind(i % 10);
        const auto channel = Channel(i % 7);
        const DemoText a
            = DemoCorpus::compose(first, kind, channel, Direction::Inbound, i % 3 == 0, QStringLiteral("Ada"));
        const DemoText b
            = DemoCorpus::compose(second, kind, channel, Direction::Inbound, i % 3 == 0, QStringLiteral("Ada"));
        CHECK(a.subject == b.subject);
        CHECK(a.body == b.body);
        CHECK(a.format == b.format);
    }
}

TEST_CASE("technical demo messages carry a declared technical format", "[domain][demo]")
{
    DemoRandom random(5);
    int technical = 0;
    for (int i = 0; i < 100; ++i) {
        const DemoText text = DemoCorpus::compose(
            random, InteractionKind::Message, Channel::Email, Direction::Inbound, true, QStringLiteral("Ada"));
        CHECK_FALSE(text.body.isEmpty());
        technical += text.format != BodyFormat::Plain ? 1 : 0;
    }
    CHECK(technical == 100);
}

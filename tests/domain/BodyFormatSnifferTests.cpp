// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/BodyFormatSniffer.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

TEST_CASE("pasted technical text is recognised for highlighting", "[timeline][domain]")
{
    struct Sample
    {
        QString text;
        BodyFormat expected;
    };
    const Sample sample
        = GENERATE(Sample { u"java.lang.IllegalStateException: no session\n    at com.lumo.App.start(App.java:42)\n"
                            "    at com.lumo.Main.main(Main.java:7)\n"_s,
                       BodyFormat::StackTrace },
            Sample { u"Traceback (most recent call last):\n  File \"sync.py\", line 3, in <module>\nKeyError: 'id'\n"_s,
                BodyFormat::StackTrace },
            Sample { u"{\"error\": {\"code\": 401, \"message\": \"token expired\"}}"_s, BodyFormat::Json },
            Sample { u"<?xml version=\"1.0\"?>\n<config><hub id=\"7\"/></config>"_s, BodyFormat::Xml },
            Sample { u"$ lumoctl status\nhub: offline\n$ lumoctl restart\nok\n"_s, BodyFormat::Shell },
            Sample { u"2026-03-02 10:15:01 INFO starting sync\n2026-03-02 10:15:03 ERROR timeout after 30s\n"_s,
                BodyFormat::Log },
            Sample { u"SELECT id, name FROM devices WHERE owner = 42;"_s, BodyFormat::Sql },
            Sample { u"[hub]\nhost = 10.0.0.7\nport = 8443\n"_s, BodyFormat::Ini },
            Sample { u"hub:\n  host: 10.0.0.7\n  port: 8443\nretries: 3\n"_s, BodyFormat::Yaml },
            Sample { u"Hi, my parcel has not arrived yet. Could you check?"_s, BodyFormat::Plain },
            Sample { u"<html><body><script>alert(1)</script></body></html>"_s, BodyFormat::Plain },
            Sample { QString(), BodyFormat::Plain });
    CAPTURE(sample.text.left(40).toStdString());
    CHECK(BodyFormatSniffer::sniff(sample.text) == sample.expected);
}

TEST_CASE("a declared body format wins over sniffing", "[timeline][domain]")
{
    CHECK(BodyFormatSniffer::effectiveFormat(BodyFormat::Log, u"{\"a\": 1}"_s) == BodyFormat::Log);
    CHECK(BodyFormatSniffer::effectiveFormat(BodyFormat::Plain, u"{\"a\": 1}"_s) == BodyFormat::Json);
}

TEST_CASE("sniffing a huge single-line paste looks only at its start", "[timeline][domain]")
{
    const QString huge = u"{\"data\": \""_s + QString(5 * 1024 * 1024, u'x') + u"\"}"_s;
    CHECK(BodyFormatSniffer::sniff(huge) == BodyFormat::Json);
}

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <catch2/catch_test_macros.hpp>

namespace tandem::test {

// A mail of the fixture corpus (tests/data/mail), as its bytes.
inline QByteArray mailFixture(const QString &name)
{
    QFile file(QStringLiteral(TANDEM_SOURCE_DIR "/tests/data/mail/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace tandem::test

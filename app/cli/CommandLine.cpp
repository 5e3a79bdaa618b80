// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CommandLine.h"

#include <QJsonDocument>

#include <cstdio>

namespace tandem::cli {

void printError(const QString &message)
{
    const QByteArray text = "tandemctl: " + message.toUtf8() + '\n';
    std::fputs(text.constData(), stderr);
}

void printJson(const QJsonObject &object)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, std::size_t(text.size()), stdout);
    std::fflush(stdout);
}

} // namespace tandem::cli

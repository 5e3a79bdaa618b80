// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tandem {

// A reply-template library as a JSON file, the format of resources/templates/default-library.json:
//   {"format": "tandem-templates", "version": 1, "templates": [{"category", "name", "shortcode",
//    "channel", "subject", "body", "referral"}, ...]}
// channel is a channel key ("email", "chat", ...) or absent for any channel; subject and referral may
// be left out.
class TemplateLibraryFile
{
    Q_DECLARE_TR_FUNCTIONS(tandem::TemplateLibraryFile)

public:
    struct Entry
    {
        qsizetype index = 0; // in the file, from 0
        ReplyTemplate replyTemplate; // owner and usage unset
    };

    struct Reading
    {
        QList<Entry> entries; // the well-formed ones, in file order
        // Translated, one per problem; a file-level problem (not JSON, wrong format) leaves entries empty.
        QStringList problems;
    };

    [[nodiscard]] static QByteArray write(const QList<ReplyTemplate> &templates);
    [[nodiscard]] static Reading read(const QByteArray &json);
    // How problems name an entry: its number counted from 1, and its name when it has one.
    [[nodiscard]] static QString entryLabel(qsizetype index, const QString &name);
};

} // namespace tandem

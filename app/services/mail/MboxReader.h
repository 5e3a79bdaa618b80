// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <optional>

namespace tandem {

// Reads an mbox file front to back, one message at a time: what an import of a mail history of gigabytes
// needs, where an index of every message (KMBox) costs memory by the message and a reopening of the file
// for each one. A message begins at a "From " line that names a time (hh:mm, as RFC 4155 writes it and as
// KMBox and mutt tell them); quoted ">From " lines come back unquoted (mboxrd).
class MboxReader
{
public:
    // `maxBytes`: a longer message comes back cut to maxBytes + 1 bytes, for the parser to refuse by its
    // size, so one huge message never sits in memory whole.
    explicit MboxReader(const QString &path, qsizetype maxBytes);

    // False when the file cannot be read.
    [[nodiscard]] bool open();
    // The next message without its "From " line; nothing after the last.
    [[nodiscard]] std::optional<QByteArray> next();
    // Moves past the next message without keeping it; false after the last.
    bool skip();

    // How many messages the file holds, read through once without keeping them; -1 when it cannot be read.
    [[nodiscard]] static qint64 count(const QString &path);

private:
    // Reads up to the next message's "From " line (or the end), appending the message to `message` when
    // given. False when no message was left.
    bool advance(QByteArray *message);
    // Reads one line, or a piece of a long one, into m_piece; false at the end.
    bool readPiece();

    QFile m_file;
    qsizetype m_maxBytes;
    QByteArray m_piece;
    QByteArrayView m_read; // what readPiece() read last
    bool m_lineStart = true; // the piece read last began a line
    bool m_inMessage = false; // the previous read ended on a message's "From " line
    bool m_atEnd = false;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/mail/MboxReader.h"

#include <algorithm>

namespace tandem {

namespace {

// Longer lines come in pieces; a message's "From " line fits easily.
constexpr qsizetype pieceBytes = 64 * 1024;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "From " and, somewhere after it, a time: a line in a message's text that begins with "From " and was
// left unquoted by the writer rarely holds one.
bool isSeparator(QByteArrayView line)
{
    if (!line.startsWith("From "))
        return false;
    for (qsizetype i = 5; i + 4 < line.size(); ++i) {
        if (line[i + 2] == ':' && isDigit(line[i]) && isDigit(line[i + 1]) && isDigit(line[i + 3])
            && isDigit(line[i + 4]))
            return true;
    }
    return false;
}

// ">From ", ">>From ", ...: one '>' less, as the writer added one.
bool isQuotedFrom(QByteArrayView line)
{
    qsizetype quotes = 0;
    while (quotes < line.size() && line[quotes] == '>')
        ++quotes;
    return quotes > 0 && line.sliced(quotes).startsWith("From ");
}

} // namespace

MboxReader::MboxReader(const QString &path, qsizetype maxBytes) : m_file(path), m_maxBytes(maxBytes)
{ }

bool MboxReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return false;
    m_piece.resize(pieceBytes);
    // Up to the first message's "From " line: what comes before it belongs to no message.
    while (readPiece()) {
        if (m_lineStart && isSeparator(m_read)) {
            m_inMessage = true;
            break;
        }
        m_lineStart = m_read.endsWith('\n');
    }
    return true;
}

bool MboxReader::readPiece()
{
    if (m_atEnd)
        return false;
    const qint64 read = m_file.readLine(m_piece.data(), m_piece.size());
    if (read <= 0) {
        m_atEnd = true;
        return false;
    }
    m_read = QByteArrayView(m_piece.constData(), read);
    return true;
}

bool MboxReader::advance(QByteArray *message)
{
    if (!m_inMessage)
        return false;
    // The rest of a "From " line too long for one piece.
    bool lineStart = m_read.endsWith('\n');
    while (!lineStart && readPiece())
        lineStart = m_read.endsWith('\n');
    m_inMessage = false;
    while (readPiece()) {
        if (lineStart && isSeparator(m_read)) {
            m_inMessage = true;
            return true;
        }
        QByteArrayView text = m_read;
        if (lineStart && isQuotedFrom(text))
            text = text.sliced(1);
        lineStart = m_read.endsWith('\n');
        if (message && message->size() <= m_maxBytes)
            message->append(text.first(std::min(text.size(), m_maxBytes + 1 - message->size())));
    }
    return true;
}

std::optional<QByteArray> MboxReader::next()
{
    QByteArray message;
    if (!advance(&message))
        return std::nullopt;
    return message;
}

bool MboxReader::skip()
{
    return advance(nullptr);
}

qint64 MboxReader::count(const QString &path)
{
    MboxReader reader(path, 0);
    if (!reader.open())
        return -1;
    qint64 messages = 0;
    while (reader.skip())
        ++messages;
    return messages;
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BenchMbox.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tandem::bench {

namespace {

const QList<QByteArray> &sentences()
{
    static const QList<QByteArray> all {
        "The parcel tracking page has not moved since Tuesday.",
        "My invoice shows the annual plan although I chose monthly billing.",
        "After the firmware update the bridge keeps dropping off the network.",
        "Could you tell me when the replacement part ships?",
        "The app asks me to sign in again every time I open it.",
        "I was charged twice for order 48213 and would like a refund.",
        "The printer reports a paper jam but the tray is empty.",
        "Thanks for the quick help last week, it works now.",
        "The export to CSV stops at ten thousand rows.",
        "Our team cannot see the shared calendar since this morning.",
    };
    return all;
}

} // namespace

qint64 writeBenchMbox(const QString &path, int count, quint32 seed, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    QRandomGenerator random(seed);
    const QDateTime start(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::UTC);
    constexpr int customers = 400;
    QByteArray mail;
    qint64 written = 0;
    for (int i = 0; i < count && (maxBytes < 0 || written < maxBytes); ++i) {
        const int customer = int(random.bounded(customers));
        const QByteArray address = "customer" + QByteArray::number(customer) + "@example.net";
        const QDateTime sent = start.addSecs(qint64(i) * 97);
        const bool answer = i > 10 && random.bounded(5) == 0;
        const int earlier = answer ? int(random.bounded(i)) : 0;
        mail.clear();
        mail += "From " + address + ' ' + sent.toString(u"ddd MMM d hh:mm:ss yyyy"_s).toLatin1() + '\n';
        mail += "From: Customer " + QByteArray::number(customer) + " <" + address + ">\n";
        mail += "To: Support <support@tandem.example>\n";
        mail += "Subject: " + QByteArray(answer ? "Re: " : "") + "Order question "
            + QByteArray::number(answer ? earlier : i) + '\n';
        mail += "Date: " + sent.toString(Qt::RFC2822Date).toLatin1() + '\n';
        mail += "Message-ID: <bench-" + QByteArray::number(seed) + '-' + QByteArray::number(i) + "@example.net>\n";
        if (answer)
            mail += "In-Reply-To: <bench-" + QByteArray::number(seed) + '-' + QByteArray::number(earlier)
                + "@example.net>\n";
        mail += "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nHello,\n\n";
        const int lines = 2 + int(random.bounded(12));
        for (int line = 0; line < lines; ++line)
            mail += sentences().at(int(random.bounded(qsizetype(sentences().size())))) + '\n';
        mail += "\nKind regards\nCustomer " + QByteArray::number(customer) + '\n';
        if (answer)
            mail += "\nOn an earlier day, Support wrote:\n> " + sentences().at(earlier % sentences().size()) + '\n';
        mail += '\n';
        if (file.write(mail) != mail.size())
            return -1;
        written += mail.size();
    }
    return file.size();
}

} // namespace tandem::bench

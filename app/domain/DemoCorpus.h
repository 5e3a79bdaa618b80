// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Enums.h"

#include <QString>
#include <QStringList>

namespace tandem {

// Small deterministic generator (SplitMix64): the same seed gives the same demo data on every
// platform and standard library, which std:: distributions do not promise.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_state(seed) { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31U);
    }
    // Uniform in [0, bound); bound must be positive.
    int below(int bound) { return int(next() % quint64(bound)); }
    // True with the given probability in percent.
    bool percent(int chance) { return below(100) < chance; }
    template<typename List> const auto &pick(const List &list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

// The text of one generated timeline entry.
struct DemoText
{
    QString subject;
    QString body;
    BodyFormat format = BodyFormat::Plain;
};

// Believable names, companies and message texts for demo workspaces, written for Tandem.
// Everything is chosen through the DemoRandom passed in, so output depends on the seed only.
namespace DemoCorpus {

const QStringList &firstNames();
const QStringList &lastNames();
const QStringList &companies();
// Causes offered for complaints; the team can add more in a workspace.
const QStringList &complaintCauses();
const QStringList &tags();
// Team queues of the shared inbox (general first) and tags agents put on conversations.
const QStringList &teamQueues();
const QStringList &conversationTags();

// Text for an interaction of the given kind on the given channel. Kinds Message/Call/Note may be
// technical (a pasted log, JSON, YAML, config, shell session, SQL or stack trace in the body) when
// `technical` is set. `firstName` is the customer's, used in greetings.
DemoText compose(DemoRandom &random, InteractionKind kind, Channel channel, Direction direction, bool technical,
    const QString &firstName);

// Text for a complaint with its cause.
DemoText complaint(DemoRandom &random, Channel channel, const QString &cause, const QString &firstName);

} // namespace DemoCorpus
} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace tandem::bench {

// One knowledge-base measure: its samples in microseconds, reported like the others (min, median, p95).
struct KbSamples
{
    QString name;
    QList<double> micros;
    QString unit; // "ms" or "s"
    double target = 0; // in `unit`; 0: none
};

// The knowledge base at `articles` published articles (issue 19), in a workspace of its own under `workdir`
// (made with tandemctl at `tandemctl`): publishing the self-service site, article search and suggestions for
// a customer's message.
QList<KbSamples> measureKnowledgeBase(const QString &workdir, const QString &tandemctl, int articles);

} // namespace tandem::bench

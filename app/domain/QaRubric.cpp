// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/QaRubric.h"

namespace tandem {

QList<QaCriterion> QaRubric::criteria()
{
    return { QaCriterion::Listen, QaCriterion::Empathize, QaCriterion::Apologize, QaCriterion::Solve,
        QaCriterion::Thank, QaCriterion::Accuracy, QaCriterion::Tone };
}

QString QaRubric::nameOf(QaCriterion criterion)
{
    switch (criterion) {
    case QaCriterion::Listen:
        return tr("Listen");
    case QaCriterion::Empathize:
        return tr("Empathize");
    case QaCriterion::Apologize:
        return tr("Apologize");
    case QaCriterion::Solve:
        return tr("Solve");
    case QaCriterion::Thank:
        return tr("Thank");
    case QaCriterion::Accuracy:
        return tr("Accuracy");
    case QaCriterion::Tone:
        return tr("Tone");
    }
    return {};
}

QString QaRubric::questionOf(QaCriterion criterion)
{
    switch (criterion) {
    case QaCriterion::Listen:
        return tr("Did the agent let the customer explain, and show they understood?");
    case QaCriterion::Empathize:
        return tr("Did the agent acknowledge how the customer feels?");
    case QaCriterion::Apologize:
        return tr("Did the agent apologize sincerely where it was due?");
    case QaCriterion::Solve:
        return tr("Did the agent solve the problem, or say clearly what happens next?");
    case QaCriterion::Thank:
        return tr("Did the agent thank the customer for raising it?");
    case QaCriterion::Accuracy:
        return tr("Was everything the agent said correct and complete?");
    case QaCriterion::Tone:
        return tr("Was the tone friendly, clear and professional?");
    }
    return {};
}

} // namespace tandem

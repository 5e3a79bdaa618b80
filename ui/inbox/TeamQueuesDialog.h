// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"

#include <QDialog>
#include <QHash>

class QComboBox;

namespace tandem {

class ConversationService;
class MessageBanner;

// The team queues' settings, for team leads: which survey (CSAT, NPS, CES or none) each queue mails when one
// of its e-mail conversations is closed. A change is saved as it is chosen, through the conversation service
// (leads only, audited); a refusal is shown and the choice put back.
class TeamQueuesDialog : public QDialog
{
    Q_OBJECT

public:
    TeamQueuesDialog(ConversationService &conversations, Actor actor, QWidget *parent = nullptr);

    // The survey choice of the queue (null when there is no such queue).
    [[nodiscard]] QComboBox *surveyChoice(Id queueId) const { return m_surveys.value(queueId); }
    [[nodiscard]] MessageBanner *banner() const { return m_banner; }

private:
    void saveSurvey(Id queueId, QComboBox *choice);

    ConversationService &m_conversations;
    Actor m_actor;
    MessageBanner *m_banner;
    QHash<Id, QComboBox *> m_surveys;
    QHash<Id, QString> m_names;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "inbox/TeamQueuesDialog.h"

#include "MessageBanner.h"
#include "domain/Error.h"
#include "services/ConversationService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// The item data of "no survey"; the others hold the kind's stable key.
const QString noSurvey = u"none"_s;

void choose(QComboBox *choice, const std::optional<SurveyKind> &survey)
{
    const QSignalBlocker quiet(choice);
    choice->setCurrentIndex(qMax(0, choice->findData(survey ? keyOf(*survey) : noSurvey)));
}

} // namespace

TeamQueuesDialog::TeamQueuesDialog(ConversationService &conversations, Actor actor, QWidget *parent)
    : QDialog(parent), m_conversations(conversations), m_actor(std::move(actor)), m_banner(new MessageBanner(this))
{
    setWindowTitle(tr("Team Queues"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("When a queue's e-mail conversation is closed, the customer can be sent a survey "
                                "from the shared survey template of its kind. Their answer counts in the KPIs."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    m_banner->hide();

    auto *form = new QFormLayout;
    QList<TeamQueue> queues;
    try {
        queues = m_conversations.queues();
    } catch (const Error &error) {
        m_banner->showError(error.message());
    }
    for (const TeamQueue &queue : std::as_const(queues)) {
        auto *choice = new QComboBox(this);
        choice->setObjectName(u"queueSurvey"_s);
        choice->setAccessibleName(tr("Survey of %1").arg(queue.name));
        choice->addItem(tr("No survey"), noSurvey);
        for (const SurveyKind kind : { SurveyKind::Csat, SurveyKind::Nps, SurveyKind::Ces })
            choice->addItem(tr("%1 survey").arg(displayName(kind)), keyOf(kind));
        choose(choice, queue.survey);
        connect(
            choice, &QComboBox::currentIndexChanged, this, [this, id = queue.id, choice] { saveSurvey(id, choice); });
        m_surveys.insert(queue.id, choice);
        m_names.insert(queue.id, queue.name);
        form->addRow(queue.name + u':', choice);
    }
    if (queues.isEmpty())
        form->addRow(new QLabel(tr("This workspace has no team queues."), this));
    layout->addLayout(form);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void TeamQueuesDialog::saveSurvey(Id queueId, QComboBox *choice)
{
    const QString key = choice->currentData().toString();
    const std::optional<SurveyKind> survey = key == noSurvey ? std::nullopt : fromKey<SurveyKind>(key);
    try {
        m_conversations.setQueueSurvey(m_actor, queueId, survey);
        m_banner->showDone(tr("%1: saved.").arg(m_names.value(queueId)));
    } catch (const Error &error) {
        m_banner->showError(error.message());
        // Back to what is stored, so the window never shows a setting that is not in force.
        try {
            for (const TeamQueue &queue : m_conversations.queues()) {
                if (queue.id == queueId)
                    choose(choice, queue.survey);
            }
        } catch (const Error &) {
            choice->setEnabled(false);
        }
    }
}

} // namespace tandem

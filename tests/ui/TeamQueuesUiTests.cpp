// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MessageBanner.h"
#include "TempWorkspace.h"
#include "inbox/TeamQueuesDialog.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"

#include <QComboBox>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

std::optional<SurveyKind> surveyOf(const ConversationService &conversations, Id queueId)
{
    for (const TeamQueue &queue : conversations.queues()) {
        if (queue.id == queueId)
            return queue.survey;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("a lead chooses the survey a queue mails when its conversations close", "[inbox][mail][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(3, 10, 1);
    ConversationService conversations(workspace, SystemClock::instance());
    const QList<TeamQueue> queues = conversations.queues();
    REQUIRE(queues.size() >= 2);
    const Id first = queues.at(0).id;
    const Id second = queues.at(1).id;

    TeamQueuesDialog dialog(conversations, AccountService(workspace).signInWithoutPassword(u"lead"_s));
    QComboBox *choice = dialog.surveyChoice(first);
    REQUIRE(choice);
    CHECK(choice->accessibleName() == u"Survey of "_s + queues.at(0).name);
    CHECK(choice->currentText() == u"No survey"_s);

    choice->setCurrentIndex(choice->findText(u"NPS survey"_s));
    CHECK(surveyOf(conversations, first) == SurveyKind::Nps);
    CHECK_FALSE(surveyOf(conversations, second).has_value()); // the other queue is untouched
    CHECK(dialog.banner()->isVisibleTo(&dialog));

    // Opened again, the window shows what is stored.
    TeamQueuesDialog again(conversations, AccountService(workspace).signInWithoutPassword(u"lead"_s));
    CHECK(again.surveyChoice(first)->currentText() == u"NPS survey"_s);
    again.surveyChoice(first)->setCurrentIndex(0);
    CHECK_FALSE(surveyOf(conversations, first).has_value());
}

TEST_CASE("a rep's survey choice is refused, shown, and the queue keeps its survey", "[inbox][mail][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(3, 10, 1);
    ConversationService conversations(workspace, SystemClock::instance());
    const Id queueId = conversations.queues().at(0).id;
    conversations.setQueueSurvey(AccountService(workspace).signInWithoutPassword(u"lead"_s), queueId, SurveyKind::Csat);

    TeamQueuesDialog dialog(conversations, AccountService(workspace).signInWithoutPassword(u"rep"_s));
    QComboBox *choice = dialog.surveyChoice(queueId);
    REQUIRE(choice);
    choice->setCurrentIndex(0);
    CHECK(surveyOf(conversations, queueId) == SurveyKind::Csat);
    CHECK(choice->currentText() == u"CSAT survey"_s); // put back: the window never shows what is not in force
    CHECK(dialog.banner()->isVisibleTo(&dialog));
}

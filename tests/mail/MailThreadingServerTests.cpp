// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MailTestServers.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/EmailConnector.h"
#include "services/MailAccountService.h"
#include "services/OutboxService.h"
#include "services/mail/MailFetcher.h"
#include "storage/Query.h"

#include <QUuid>

#include <catch2/catch_test_macros.hpp>

#include <KIMAP/SearchJob>
#include <KMime/Message>

using namespace tandem;
using namespace Qt::StringLiterals;
using test::MailTestServers;

namespace {

// The customer answers through Postfix, as their mail program would, with only the headers given.
void customerAnswers(const QString &subject, const QString &messageId, const QString &threadingHeaders)
{
    const QString mail = u"From: Noor Haddad <"_s + MailTestServers::customerUser() + u">\r\nTo: <"_s
        + MailTestServers::supportUser() + u">\r\nSubject: "_s + subject + u"\r\nMessage-ID: "_s + messageId
        + u"\r\nDate: "_s + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date) + u"\r\n"_s + threadingHeaders
        + u"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThat did it, thank you.\r\n"_s;
    SmtpConnection smtp(MailTestServers::customerAccount(), MailTestServers::customerPassword());
    REQUIRE(smtp.open().ok());
    bool permanent = false;
    REQUIRE(
        smtp.send(MailTestServers::customerUser(), { MailTestServers::supportUser() }, mail.toUtf8(), &permanent).ok());
}

} // namespace

TEST_CASE("the customer's answer to a sent reply lands in the same conversation, by In-Reply-To or by [#N]", "[mail]")
{
    if (!MailTestServers::available())
        SKIP("no mail servers for the tests (packaging/buildroot/test-inside.sh starts them)");
    if (!MailTestServers::smtpLoginPossible())
        SKIP("KSMTP cannot log in without Cyrus SASL's PLAIN plugin (libsasl2-modules)");
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(8, 40, 5);
    test::MockClock clock;
    clock.set(QDateTime::currentMSecsSinceEpoch());
    const test::SupportMailbox support = MailTestServers::addSupportAccount(workspace, clock);
    MailAccountService mail(workspace, support.store, clock);
    const MailAccount &account = support.account;
    ConversationService conversations(workspace, clock);
    OutboxService outbox(workspace, clock);
    outbox.addConnector(std::make_shared<EmailConnector>(account, support.store));
    MailFetcher fetcher(workspace, mail, conversations, clock);
    REQUIRE(fetcher.fetchOnce(account).problem.ok()); // what other tests left in the INBOX

    const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ChannelMessage question;
    question.channel = Channel::Email;
    question.fromAddress = MailTestServers::customerUser();
    question.fromName = u"Noor Haddad"_s;
    question.subject = u"Bridge offline "_s + run;
    question.body = u"The bridge has shown offline since this morning."_s;
    question.externalId = u"<question-"_s + run + u"@customer.example.test>"_s;
    question.receivedAt = clock.now();
    const Id conversation = conversations.recordInbound(question).conversationId;
    ReplyDraft draft;
    draft.body = u"Please unplug the bridge for ten seconds."_s;
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    const Actor lead = AccountService(workspace).signInWithoutPassword(u"lead"_s);
    const Id outboxId = conversations.reply(rep, conversation, draft).outboxId;
    const QList<OutboxService::Attempt> attempts = outbox.sendDue();
    const auto sent = std::find_if(attempts.cbegin(), attempts.cend(),
        [outboxId](const OutboxService::Attempt &attempt) { return attempt.outboxId == outboxId; });
    REQUIRE(sent != attempts.cend());
    REQUIRE(sent->state == OutboxState::Sent);

    QSharedPointer<KMime::Message> reply;
    REQUIRE(test::waitUntil(
        [&] {
            reply = MailTestServers::customersMail(KIMAP::Term(KIMAP::Term::Subject, run));
            return !reply.isNull();
        },
        30000));
    const QString replyId = reply->messageID()->asUnicodeString();
    const QString replySubject = reply->subject()->asUnicodeString();
    CHECK(replySubject.contains(u"[#"_s + QString::number(conversation) + u']'));

    const auto conversationOf = [&](const QString &messageId) {
        return Query::scalar(workspace.database(),
            u"SELECT conversation_id FROM channel_messages WHERE external_id = ?"_s, { messageId })
            .toLongLong();
    };
    const auto fetchedInto = [&](const QString &messageId) {
        Id found = 0;
        REQUIRE(test::waitUntil(
            [&] {
                clock.set(QDateTime::currentMSecsSinceEpoch());
                (void)fetcher.fetchOnce(account);
                found = conversationOf(messageId);
                return found != 0;
            },
            30000));
        return found;
    };

    // A client that keeps In-Reply-To but writes a subject of its own.
    const QString first = u"<answer-1-"_s + run + u"@customer.example.test>"_s;
    customerAnswers(u"Thanks "_s + run, first, u"In-Reply-To: "_s + replyId + u"\r\n"_s);
    CHECK(fetchedInto(first) == conversation);

    // One that drops every header but keeps the subject, after the conversation was closed (so no
    // fallback by subject and address finds it; the reference does).
    conversations.close(lead, { conversation });
    const QString second = u"<answer-2-"_s + run + u"@customer.example.test>"_s;
    customerAnswers(u"Re: "_s + replySubject, second, QString());
    CHECK(fetchedInto(second) == conversation);
    CHECK(conversations.conversation(lead, conversation).value_or(ConversationRow {}).conversation.status
        == ConversationStatus::Open);
}

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MailTestServers.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/ConversationService.h"
#include "services/MailAccountService.h"
#include "services/mail/MailFetcher.h"
#include "services/mail/MailIdleWait.h"
#include "storage/MailFetchStateRepository.h"
#include "storage/Query.h"

#include <QTimer>
#include <QUuid>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using test::MailTestServers;

namespace {

qint64 messagesWithSubject(Workspace &workspace, const QString &subject)
{
    return Query::scalar(workspace.database(), u"SELECT COUNT(*) FROM interactions WHERE subject = ?"_s, { subject })
        .toLongLong();
}

} // namespace

TEST_CASE("the fetcher records new customer mail from the INBOX once, and only what is new", "[mail][postgres]")
{
    if (!MailTestServers::available())
        SKIP("no mail servers for the tests (packaging/buildroot/test-inside.sh starts them)");
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(8, 40, 5);
    test::MockClock clock;
    const test::SupportMailbox support = MailTestServers::addSupportAccount(workspace, clock);
    MailAccountService mail(workspace, support.store, clock);
    const MailAccount &account = support.account;
    ConversationService conversations(workspace, clock);
    MailFetcher fetcher(workspace, mail, conversations, clock);

    // Other tests leave mail (and bounces) in the same INBOX: the first pass takes whatever is there.
    const MailFetchSummary first = fetcher.fetchOnce(account);
    REQUIRE(first.problem.ok());
    CHECK(first.startedOver);

    const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString subjectA = u"Bridge offline "_s + run + u" A"_s;
    const QString subjectB = u"Bridge offline "_s + run + u" B"_s;
    const QString subjectC = u"Bridge offline "_s + run + u" C"_s;
    REQUIRE(MailTestServers::deliverToSupport(subjectA, u"<a-"_s + run + u"@customer.example.test>"_s));
    REQUIRE(MailTestServers::deliverToSupport(subjectB, u"<b-"_s + run + u"@customer.example.test>"_s));

    const MailFetchSummary second = fetcher.fetchOnce(account);
    REQUIRE(second.problem.ok());
    CHECK_FALSE(second.startedOver);
    CHECK(second.fetched == 2);
    CHECK(second.mail.imported == 2);
    CHECK(second.lastUid > first.lastUid);
    CHECK(messagesWithSubject(workspace, subjectA) == 1);
    CHECK(messagesWithSubject(workspace, subjectB) == 1);

    const MailFetchSummary again = fetcher.fetchOnce(account);
    REQUIRE(again.problem.ok());
    CHECK(again.fetched == 0);
    CHECK(again.mail.imported == 0);
    CHECK(again.lastUid == second.lastUid);

    REQUIRE(MailTestServers::deliverToSupport(subjectC, u"<c-"_s + run + u"@customer.example.test>"_s));
    const MailFetchSummary third = fetcher.fetchOnce(account);
    REQUIRE(third.problem.ok());
    CHECK(third.fetched == 1);
    CHECK(third.mail.imported == 1);
    CHECK(messagesWithSubject(workspace, subjectC) == 1);
    CHECK(messagesWithSubject(workspace, subjectA) == 1);

    // A new UIDVALIDITY (the server renumbered the folder): everything is read again and nothing doubles.
    MailFetchStateRepository states(workspace);
    const std::optional<MailFetchState> found = states.find(account.id, u"INBOX"_s);
    REQUIRE(found);
    const MailFetchState stored = found.value_or(MailFetchState {});
    states.save(account.id, u"INBOX"_s, { stored.uidValidity + 1, stored.lastUid }, clock.now());
    const MailFetchSummary renumbered = fetcher.fetchOnce(account);
    REQUIRE(renumbered.problem.ok());
    CHECK(renumbered.startedOver);
    CHECK(renumbered.mail.imported == 0);
    CHECK(renumbered.mail.duplicates >= 3);
    CHECK(messagesWithSubject(workspace, subjectA) == 1);
    CHECK(messagesWithSubject(workspace, subjectC) == 1);
}

TEST_CASE("waiting on the INBOX ends when the server announces new mail, before the fallback", "[mail]")
{
    if (!MailTestServers::available())
        SKIP("no mail servers for the tests (packaging/buildroot/test-inside.sh starts them)");
    const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Delivered once the wait has begun (the timer fires inside the wait's event loop).
    QTimer::singleShot(1000, [&run] {
        CHECK(MailTestServers::deliverToSupport(u"Idle "_s + run, u"<idle-"_s + run + u"@customer.example.test>"_s));
    });
    bool announced = false;
    // The fallback is far off: only the server's announcement ends the wait with `announced` set.
    const MailProblem problem
        = waitForInboxChange(MailTestServers::supportAccount(), MailTestServers::supportPassword(), 300, &announced);
    CHECK(problem.ok());
    CHECK(announced);
}

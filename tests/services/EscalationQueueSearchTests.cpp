// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EscalationSamples.h"
#include "EscalationSteps.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/CustomerProfileService.h"
#include "services/CustomerService.h"
#include "services/EscalationService.h"
#include "services/ServiceError.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

QList<Id> idsIn(EscalationService &service, const Actor &actor, const EscalationQueueFilter &filter)
{
    QList<Id> ids;
    std::optional<EscalationCursor> cursor;
    do {
        const EscalationPage page = service.queue(actor, filter, cursor, 3);
        for (const EscalationListItem &item : page.items)
            ids.append(item.escalation.id);
        cursor = page.next;
    } while (cursor);
    return ids;
}

} // namespace

TEST_CASE("queue search folds accents on both backends; what support resolved has its own list, counted alike",
    "[frontline][escalation]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(12, 300, 11);
    test::MockClock clock;
    EscalationService service(workspace, clock);
    CustomerService customers(workspace);
    CustomerProfileService profiles(workspace, clock);
    AccountService accounts(workspace);
    const Actor rep = accounts.signInWithoutPassword(u"rep"_s);
    const Actor specialist = accounts.signInWithoutPassword(u"specialist"_s);

    Customer customer = *customers.customer(4);
    customer.lastName = u"Yılmaz-Müller"_s;
    profiles.updateDetails(specialist, customer);
    const Id hers = service.escalate(rep, test::sampleHandoff(4, Severity::S3, u"Façade lights flicker_100%"_s));
    const Id other = service.escalate(rep, test::sampleHandoff(5, Severity::S3, u"Export misses March"_s));
    const Id resolved = service.escalate(rep, test::sampleHandoff(4, Severity::S3, u"Old firmware on the hub"_s));
    for (const EscalationAction action : { EscalationAction::Claim, EscalationAction::Start })
        service.transition(specialist, resolved, action, {}, service.escalation(resolved)->escalation.version);
    service.transition(specialist, resolved, EscalationAction::Resolve, u"Updated"_s,
        service.escalation(resolved)->escalation.version);

    const auto search = [&](EscalationQueue queue, const QString &text) {
        const EscalationQueueFilter filter { queue, std::nullopt, std::nullopt, text };
        const QList<Id> ids = idsIn(service, specialist, filter);
        CHECK(ids.size() == service.queueCount(specialist, filter));
        return ids;
    };
    // Resolved ones are out of the working lists and in their own.
    const QList<Id> working = search(EscalationQueue::Support, {});
    CHECK(working.contains(hers));
    CHECK_FALSE(working.contains(resolved));
    CHECK(search(EscalationQueue::Resolved, {}).contains(resolved));
    CHECK_FALSE(search(EscalationQueue::Resolved, {}).contains(hers));

    CHECK(search(EscalationQueue::Support, u"yilmaz-mull"_s) == QList<Id> { hers });
    CHECK(search(EscalationQueue::Support, u"FACADE"_s) == QList<Id> { hers });
    // The demo history may have resolved escalations of hers too.
    const QList<Id> resolvedOfHers = search(EscalationQueue::Resolved, u"yilmaz-muller"_s);
    CHECK(resolvedOfHers.contains(resolved));
    CHECK_FALSE(resolvedOfHers.contains(hers));
    CHECK_FALSE(resolvedOfHers.contains(other));
    CHECK(search(EscalationQueue::Support, u"#"_s + QString::number(other)) == QList<Id> { other });
    // LIKE's own characters are only text.
    CHECK(search(EscalationQueue::Support, u"r_100%"_s) == QList<Id> { hers });
    CHECK(search(EscalationQueue::Support, u"%"_s) == QList<Id> { hers });
    CHECK(search(EscalationQueue::Support, u"no such thing"_s).isEmpty());

    // Support's own view: a rep is refused it.
    CHECK_THROWS_AS(
        service.queue(rep, { EscalationQueue::Resolved, std::nullopt, std::nullopt }, {}, 10), PermissionDenied);
}

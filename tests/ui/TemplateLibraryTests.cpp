// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainWindow.h"
#include "MockClock.h"
#include "ModelRoles.h"
#include "TempWorkspace.h"
#include "services/TemplateService.h"
#include "services/WorkspaceSession.h"
#include "templates/TemplateLibraryWidget.h"
#include "templates/TemplateListModel.h"
#include "timeline/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QListView>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<WorkspaceSession> demoSession(test::TempWorkspace &temp, const Clock &clock, const QString &login)
{
    temp.openWithDemo(20, 200, 41);
    auto session = std::make_unique<WorkspaceSession>(temp.take(), clock);
    session->setActor(session->accounts().signInWithoutPassword(login));
    // As a new workspace starts: with the library that ships with Tandem.
    session->templates().installDefaultLibrary();
    return session;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

TEST_CASE("the template library imports, exports and archives, and a broken file changes nothing", "[templates][ui]")
{
    test::TempWorkspace temp;
    test::MockClock clock;
    const std::unique_ptr<WorkspaceSession> session = demoSession(temp, clock, u"rep"_s);
    TemplateLibraryWidget library(session->templates(), session->customers(), session->actor());
    QAbstractItemModelTester tester(library.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int shipped = library.model()->rowCount();
    REQUIRE(shipped > 10);
    // Reps see no team-wide referral results.
    CHECK(library.referralResults() == nullptr);

    QTemporaryDir dir;
    const QString exported = dir.filePath(u"library.json"_s);
    REQUIRE(library.exportFile(exported));
    CHECK(QFile(exported).size() > 1000);

    // A file that is not a library: a clear message, and the list is what it was.
    const QString broken = dir.filePath(u"broken.json"_s);
    REQUIRE(writeFile(broken, R"({"format": "tandem-templates", "version": 1, "templates": [{"name": "Half)"));
    CHECK_FALSE(library.importFile(broken, false));
    CHECK(library.statusText().startsWith(u"Nothing was imported."_s));
    CHECK(library.model()->rowCount() == shipped);
    CHECK_FALSE(library.importFile(dir.filePath(u"missing.json"_s), false));
    CHECK(library.model()->rowCount() == shipped);

    // One personal template from a file, found by its shortcode.
    const QString mine = dir.filePath(u"mine.json"_s);
    REQUIRE(writeFile(mine, R"({"format": "tandem-templates", "version": 1, "templates": [
        {"category": "Check-in", "name": "Quick hello", "shortcode": "hello9", "body": "Hi {{customer.first_name}}!"}]})"));
    REQUIRE(library.importFile(mine, false));
    CHECK(library.model()->rowCount() == shipped + 1);
    library.model()->setFilterText(u"hello9"_s);
    REQUIRE(library.model()->rowCount() == 1);
    CHECK(library.model()->index(0).data(TemplateRoles::Personal).toBool());

    // A rep may not add shared templates; the service says so and nothing is added.
    library.model()->setFilterText(QString());
    CHECK_FALSE(library.importFile(mine, true));
    CHECK(library.model()->rowCount() == shipped + 1);

    // Archiving the personal one takes it out of the list.
    const Id personal = session->templates().findByShortcode(session->actor(), u"hello9"_s)->id;
    REQUIRE(library.model()->rowOf(personal) >= 0);
    library.list()->setCurrentIndex(library.model()->index(library.model()->rowOf(personal)));
    library.archiveCurrent();
    CHECK(library.model()->rowCount() == shipped);
    CHECK_FALSE(session->templates().findByShortcode(session->actor(), u"hello9"_s).has_value());
}

TEST_CASE("a referral logged from the main window links to the request and counts for the lead", "[templates][ui]")
{
    test::TempWorkspace temp;
    test::MockClock clock;
    MainWindow window(demoSession(temp, clock, u"rep"_s));
    WorkspaceSession &session = window.session();
    const Id customerId = window.timelineModel()->customerId();
    REQUIRE(customerId != 0);

    std::optional<ReplyTemplate> request;
    for (const ReplyTemplate &replyTemplate : session.templates().templates(session.actor())) {
        if (replyTemplate.referralRequest && !request)
            request = replyTemplate;
    }
    REQUIRE(request);
    const Actor lead = session.accounts().signInWithoutPassword(u"lead"_s);
    const auto referralsReceived = [&] {
        qint64 total = 0;
        for (const TemplateReferralCount &count : session.templates().referralCounts(lead))
            total += count.referralsReceived;
        return total;
    };
    const qint64 before = referralsReceived();

    session.templates().sendReply(session.actor(),
        { customerId, request->id, Channel::Email, u"A small favour"_s, u"Would a friend like Tandem too?"_s });
    clock.advance(60 * 60 * 1000);
    REQUIRE(window.recordReferral(u"Sent her neighbour Tom our way."_s));
    window.timelineModel()->refresh();
    const QModelIndex newest = window.timelineModel()->index(0);
    CHECK(InteractionKind(newest.data(TimelineRoles::Kind).toInt()) == InteractionKind::Referral);
    CHECK(Direction(newest.data(TimelineRoles::Direction).toInt()) == Direction::Inbound);
    CHECK(referralsReceived() == before + 1);

    // The lead's library shows what the service counts, template by template.
    TemplateLibraryWidget library(session.templates(), session.customers(), lead);
    REQUIRE(library.referralResults());
    const QList<TemplateReferralCount> counts = session.templates().referralCounts(lead);
    REQUIRE(library.referralResults()->topLevelItemCount() == counts.size());
    qint64 shown = 0;
    for (int row = 0; row < library.referralResults()->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = library.referralResults()->topLevelItem(row);
        CHECK(item->text(0).startsWith(counts.at(row).name));
        CHECK(item->text(1) == QLocale().toString(counts.at(row).requestsSent));
        shown += QLocale().toLongLong(item->text(2));
    }
    CHECK(shown == before + 1);
}

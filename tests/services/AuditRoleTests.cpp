// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "domain/StorageError.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/CustomerProfileService.h"
#include "services/CustomerService.h"
#include "services/EscalationService.h"
#include "services/TimelineService.h"
#include "storage/PostgresRoles.h"
#include "storage/Query.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

// A team server laid out as the README says: the tables belong to the owner (here the test server's
// superuser, which made them), and the desks log in as a role that does not own them.

namespace {

class AppRole
{
public:
    // Made on the server of `temp`, with the rights PostgresRoles grants, after the owner made the tables.
    explicit AppRole(test::TempWorkspace &temp) : m_temp(temp)
    {
        static QAtomicInteger<int> counter;
        m_name = u"tandem_app_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
        const QSqlDatabase owner = temp.open().database();
        const QString schema = Query::scalar(owner, u"SELECT current_schema()"_s).toString();
        const QString ownerRole = Query::scalar(owner, u"SELECT current_user"_s).toString();
        Query::execute(owner, u"CREATE ROLE %1 LOGIN"_s.arg(m_name));
        for (const QString &statement : PostgresRoles::appRoleGrants(ownerRole, m_name, schema))
            Query::execute(owner, statement);
    }
    ~AppRole()
    {
        try {
            const QSqlDatabase owner = m_temp.open().database();
            Query::execute(owner, u"DROP OWNED BY %1"_s.arg(m_name));
            Query::execute(owner, u"DROP ROLE %1"_s.arg(m_name));
        } catch (const Error &error) {
            qWarning("could not drop the test role: %s", error.what());
        }
    }
    AppRole(const AppRole &) = delete;
    AppRole &operator=(const AppRole &) = delete;

    // The workspace's address with the app role as its login.
    [[nodiscard]] QString url() const
    {
        QString url = m_temp.path();
        return url.replace(u"://tandem@"_s, u"://%1@"_s.arg(m_name));
    }

private:
    test::TempWorkspace &m_temp;
    QString m_name;
};

Workspace::OpenOptions existingOnly()
{
    Workspace::OpenOptions options;
    options.createIfMissing = false;
    return options;
}

// The statement fails, and the server says why.
std::string refusal(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return "it was allowed";
    return query.lastError().text().toStdString();
}

} // namespace

TEST_CASE("a desk logged in as a role that does not own the tables cannot wipe or unguard the audit trail",
    "[postgres][reliability]")
{
    if (test::postgresTestUrl().isEmpty())
        SKIP("no PostgreSQL test server");
    test::TempWorkspace temp(Backend::Postgres);
    temp.openWithDemo(5, 40, 2);
    const AppRole app(temp);
    temp.close();

    test::MockClock clock;
    const std::unique_ptr<Workspace> desk = Workspace::open(app.url(), existingOnly());
    const Actor rep = AccountService(*desk).signInWithoutPassword(u"rep"_s);
    Interaction call;
    call.customerId = 1;
    call.kind = InteractionKind::Call;
    call.channel = Channel::Phone;
    call.direction = Direction::Inbound;
    call.subject = u"Bridge offline after the update"_s;
    const Id callId = TimelineService(*desk, clock).logInteraction(rep, call);
    HandoffForm form;
    form.customerId = 1;
    form.interactionIds = { callId };
    form.summary = u"Bridge stops syncing after the firmware update"_s;
    form.category = EscalationCategory::Bug;
    form.severity = Severity::S2;
    form.stepsToReproduce = u"Update the bridge to 4.2"_s;
    form.expected = u"Devices show as online"_s;
    form.actual = u"Every device shows as offline"_s;
    form.environment = u"Bridge 4.2"_s;
    form.alreadyTried = u"Restarted the bridge"_s;
    EscalationService(*desk, clock).escalate(rep, form);

    const QSqlDatabase db = desk->database();
    const qint64 entries = Query::scalar(db, u"SELECT count(*) FROM audit_log"_s).toLongLong();
    CHECK_THAT(refusal(db, u"DELETE FROM audit_log"_s), ContainsSubstring("permission denied"));
    CHECK_THAT(refusal(db, u"UPDATE audit_log SET action = 'x'"_s), ContainsSubstring("permission denied"));
    CHECK_THAT(refusal(db, u"TRUNCATE audit_log"_s), ContainsSubstring("permission denied"));
    CHECK_THAT(refusal(db, u"ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"_s),
        ContainsSubstring("must be owner"));
    CHECK_THAT(refusal(db, u"DROP TABLE audit_log"_s), ContainsSubstring("must be owner"));
    CHECK(Query::scalar(db, u"SELECT count(*) FROM audit_log"_s).toLongLong() == entries);

    const Actor lead = AccountService(*desk).signInWithoutPassword(u"lead"_s);
    const AuditVerification result = AuditService(*desk).verify(lead);
    CHECK_FALSE(result.firstBrokenId.has_value());
    CHECK(result.entriesChecked == entries);
}

TEST_CASE("a desk logged in as a role that does not own the tables renames and merges customers, and search follows",
    "[postgres][reliability][search]")
{
    if (test::postgresTestUrl().isEmpty())
        SKIP("no PostgreSQL test server");
    test::TempWorkspace temp(Backend::Postgres);
    temp.openWithDemo(5, 0, 2);
    const AppRole app(temp);
    temp.close();

    test::MockClock clock;
    const std::unique_ptr<Workspace> desk = Workspace::open(app.url(), existingOnly());
    const Actor lead = AccountService(*desk).signInWithoutPassword(u"lead"_s);
    CustomerProfileService profiles(*desk, clock);
    const CustomerService customers(*desk);
    const auto found = [&](const QString &text) {
        QList<Id> ids;
        for (const Customer &customer : customers.search(text, std::nullopt, 50).customers)
            ids.append(customer.id);
        return ids;
    };
    Customer edited = *customers.customer(1);
    edited.firstName = u"Qwyx"_s;
    profiles.updateDetails(lead, edited);
    CHECK(found(u"qwy"_s) == QList<Id> { 1 });
    Customer twin = *customers.customer(2);
    twin.firstName = u"Qwyx"_s;
    profiles.updateDetails(lead, twin);
    REQUIRE(found(u"qwyx"_s).size() == 2);
    profiles.mergeCustomers(lead, 1, 2);
    CHECK(found(u"qwyx"_s) == QList<Id> { 1 });
}

TEST_CASE("a role that does not own the tables refuses to open an older workspace it cannot migrate",
    "[postgres][reliability]")
{
    if (test::postgresTestUrl().isEmpty())
        SKIP("no PostgreSQL test server");
    test::TempWorkspace temp(Backend::Postgres);
    Workspace::OpenOptions older;
    older.migrateUpTo = Workspace::latestSchemaVersion() - 1;
    temp.open(older);
    const AppRole app(temp);
    temp.close();
    CHECK_THROWS_WITH(Workspace::open(app.url(), existingOnly()),
        ContainsSubstring("does not own its tables, so it cannot update them")
            && ContainsSubstring("Nothing was written to it."));
    CHECK(Query::scalar(temp.open(older).database(), u"SELECT value FROM tandem_meta WHERE key = 'schema_version'"_s)
              .toInt()
        == Workspace::latestSchemaVersion() - 1);
}

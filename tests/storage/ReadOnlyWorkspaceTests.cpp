// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "domain/StorageError.h"
#include "storage/CustomerRepository.h"
#include "storage/Query.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <unistd.h>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

Workspace::OpenOptions readOnly()
{
    Workspace::OpenOptions options;
    options.readOnly = true;
    return options;
}

std::string messageOfOpening(const QString &spec, const Workspace::OpenOptions &options)
{
    try {
        Workspace::open(spec, options);
    } catch (const StorageError &error) {
        return error.message().toStdString();
    }
    return {};
}

Customer someone()
{
    Customer customer;
    customer.firstName = u"Ada"_s;
    customer.lastName = u"Read"_s;
    customer.createdAt = 1000;
    customer.updatedAt = 1000;
    return customer;
}

// File modes do not stop root (the CI runs the tests as root), so there the read-only path is taken on request.
bool modesStopUs()
{
    return ::geteuid() != 0;
}

} // namespace

TEST_CASE("a workspace opened read-only is read, refuses writes with a sentence and leaves no file behind",
    "[storage][reliability]")
{
    test::TempWorkspace temp;
    temp.openWithDemo(8, 40);
    temp.close();
    const QString path = temp.path();
    const QByteArray before = fileHash(path);
    const QStringList folder = listing(temp.dir());
    REQUIRE(folder == QStringList { QFileInfo(path).fileName() });

    const bool modes = modesStopUs();
    if (modes) {
        REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        REQUIRE(QFile::setPermissions(temp.dir(), QFile::ReadOwner | QFile::ExeOwner));
    }
    {
        // Unasked when the modes stop this user; asked for otherwise.
        std::unique_ptr<Workspace> workspace = Workspace::open(path, modes ? Workspace::OpenOptions {} : readOnly());
        CHECK(workspace->isReadOnly());
        CustomerRepository customers(*workspace);
        CHECK(customers.count() == 8);
        try {
            customers.insert(someone());
            FAIL("a read-only workspace took a new customer");
        } catch (const StorageError &error) {
            CHECK_THAT(error.message().toStdString(), ContainsSubstring("read-only"));
            CHECK_THAT(error.message().toStdString(), !ContainsSubstring("attempt to write"));
        }
        CHECK(customers.count() == 8);
    }
    if (modes) {
        QFile::setPermissions(temp.dir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    CHECK(fileHash(path) == before);
    CHECK(listing(temp.dir()) == folder);
}

TEST_CASE("a workspace of an older schema is not migrated when opened read-only", "[storage][reliability]")
{
    test::TempWorkspace temp;
    Workspace::OpenOptions old;
    old.migrateUpTo = Workspace::latestSchemaVersion() - 1;
    temp.open(old);
    temp.close();
    const QByteArray before = fileHash(temp.path());
    CHECK_THAT(messageOfOpening(temp.path(), readOnly()), ContainsSubstring("older version of Tandem"));
    CHECK(fileHash(temp.path()) == before);
    CHECK(listing(temp.dir()) == QStringList { QFileInfo(temp.path()).fileName() });
}

TEST_CASE("a missing or empty file is refused, not made into a workspace, and nothing appears beside it",
    "[storage][reliability]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(u"empty.tandem"_s);
    {
        QFile file(empty);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    const QDateTime modified = QFileInfo(empty).lastModified();
    Workspace::OpenOptions existing;
    existing.createIfMissing = false;
    for (const Workspace::OpenOptions &options : { readOnly(), existing }) {
        CHECK_THAT(messageOfOpening(empty, options), ContainsSubstring("holds no Tandem workspace"));
        CHECK_THAT(messageOfOpening(dir.filePath(u"absent.tandem"_s), options), ContainsSubstring("no workspace"));
    }
    const QFileInfo after(empty);
    CHECK(after.size() == 0);
    CHECK(after.lastModified() == modified);
    CHECK(listing(dir.path()) == QStringList { u"empty.tandem"_s });
}

TEST_CASE("a file another program holds locked gives one sentence saying so", "[storage][reliability]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.open();
    const QString holder = u"lock-holder"_s;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, holder);
        other.setDatabaseName(temp.path());
        REQUIRE(other.open());
        QSqlQuery lock(other);
        REQUIRE(lock.exec(u"BEGIN EXCLUSIVE"_s));
        // Waiting ten seconds for the lock, as a desk does, would only slow the test down.
        Query::execute(workspace.database(), u"PRAGMA busy_timeout = 50"_s);
        try {
            CustomerRepository(workspace).insert(someone());
            FAIL("the write went through a lock another program held");
        } catch (const StorageError &error) {
            const std::string message = error.message().toStdString();
            CHECK_THAT(message, ContainsSubstring("Another program is holding the workspace file"));
            CHECK_THAT(message, ContainsSubstring(QDir::toNativeSeparators(temp.path()).toStdString()));
            CHECK_THAT(message, !ContainsSubstring("database is locked"));
            CHECK_THAT(message, !ContainsSubstring("Unable to fetch row"));
        }
        REQUIRE(lock.exec(u"ROLLBACK"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(holder);
    CHECK(CustomerRepository(workspace).insert(someone()) > 0);
}

TEST_CASE("a team server that goes away mid-command gives one sentence, not the driver's text",
    "[postgres][storage][reliability]")
{
    if (test::postgresTestUrl().isEmpty())
        SKIP("No PostgreSQL test server (TANDEM_TEST_POSTGRES_URL is not set).");
    const QString control = qEnvironmentVariable("TANDEM_TEST_POSTGRES_CTL");
    if (control.isEmpty())
        SKIP("The test server cannot be stopped from here (TANDEM_TEST_POSTGRES_CTL is not set).");
    test::TempWorkspace temp(Backend::Postgres);
    Workspace &workspace = temp.open();
    CustomerRepository customers(workspace);
    customers.insert(someone());

    REQUIRE(QProcess::execute(control, { u"stop"_s, u"-m"_s, u"fast"_s }) == 0);
    std::string message;
    try {
        customers.insert(someone());
    } catch (const StorageError &error) {
        message = error.message().toStdString();
    }
    REQUIRE(QProcess::execute(control, { u"start"_s }) == 0);
    CHECK_THAT(message, ContainsSubstring("The team server went away"));
    CHECK_THAT(message, !ContainsSubstring("INSERT"));
    CHECK_THAT(message, !ContainsSubstring("server closed"));
    CHECK_THAT(message, !ContainsSubstring("QPSQL"));
    REQUIRE(workspace.reconnect());
    CHECK(customers.count() == 1);
}

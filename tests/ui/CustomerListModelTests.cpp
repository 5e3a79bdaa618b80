// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerListModel.h"
#include "ModelRoles.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/CustomerService.h"

#include <QAbstractItemModelTester>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

TEST_CASE("the customer list loads a page at a time and reaches every customer", "[customers][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(450, 100, 11);
    CustomerService service(workspace);
    CustomerListModel model(service);
    CHECK(model.rowCount() == CustomerListModel::pageSize);
    CHECK(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 450);

    // Name order, case-insensitively, as a person reads the list.
    for (int row = 1; row < model.rowCount(); ++row) {
        const QString previous = model.index(row - 1).data().toString().toCaseFolded();
        const QString current = model.index(row).data().toString().toCaseFolded();
        CHECK(previous <= current);
    }
    CHECK(model.index(0).data(CustomerRoles::Id).toLongLong() > 0);
    CHECK_FALSE(model.index(0).data(CustomerRoles::Tier).toString().isEmpty());
}

TEST_CASE("typing in the customer search narrows the list, and clearing it brings everyone back", "[customers][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(120, 50, 12);
    CustomerService service(workspace);
    CustomerListModel model(service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QString someone = model.index(17).data().toString();
    const QString lastName = someone.section(u' ', -1);
    model.setSearchText(lastName.left(4));
    REQUIRE(model.rowCount() >= 1);
    REQUIRE(model.rowCount() < 120);
    bool foundSomeone = false;
    for (int row = 0; row < model.rowCount(); ++row)
        foundSomeone = foundSomeone || model.index(row).data().toString() == someone;
    CHECK(foundSomeone);

    model.setSearchText(u"\"NEAR( OR *"_s);
    CHECK(model.rowCount() >= 0);
    model.setSearchText(u"zzzzzzzz"_s);
    CHECK(model.rowCount() == 0);
    model.setSearchText(QString());
    CHECK(model.rowCount() == 120);
}

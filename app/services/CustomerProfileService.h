// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/CustomerMerge.h"
#include "domain/CustomerProfile.h"
#include "services/Actor.h"

#include <QObject>

#include <memory>

namespace tandem {

class Workspace;

// Something that keeps edited customer details from being saved, with the field it concerns.
struct CustomerProblem
{
    enum class Field { Name, Email, Phone, Company, Tags };

    Field field = Field::Name;
    QString message; // translated
};

// What a merge or an unmerge did.
struct CustomerMergeResult
{
    CustomerMergeRecord moved; // the rows that changed customer
    Id timelineEntryId = 0; // the System entry on the kept customer's timeline
    Id auditEntryId = 0;
};

// One customer as a whole: the figures of their profile, editing their details, and merging a
// duplicate into them (and separating it again).
//
// Every role may edit contact details and merge or separate duplicates (DESIGN.md section 2 gives all
// roles the customers to read and log on and says nothing narrower); the audit trail records who did
// it, with the state before and after, in the transaction that makes the change.
class CustomerProfileService : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype maxFieldLength = 200;
    static constexpr qsizetype maxTags = 20;
    static constexpr qsizetype maxTagLength = 40;

    CustomerProfileService(Workspace &workspace, const Clock &clock, QObject *parent = nullptr);
    ~CustomerProfileService() override;

    [[nodiscard]] const Clock &clock() const { return m_clock; }

    // Throws ServiceError for a customer that does not exist.
    [[nodiscard]] CustomerProfile profile(Id customerId) const;

    // Trimmed fields and tags, tags without duplicates (ignoring case) in alphabetical order.
    [[nodiscard]] static Customer normalized(Customer customer);
    // Everything that keeps the (normalized) details from being saved; empty when they may be saved.
    [[nodiscard]] static QList<CustomerProblem> problemsWith(const Customer &customer);
    [[nodiscard]] static bool isPlausibleEmail(const QString &email);
    // Saves name, e-mail, phone, company, tier, lifecycle and tags of `edited` (its id names the
    // customer; its updatedAt is the version the agent saw: a change made since by someone else is not
    // overwritten, a ServiceError says so). Returns the customer as stored.
    Customer updateDetails(const Actor &actor, const Customer &edited);

    // What merging `duplicateId` into `keepId` would move.
    [[nodiscard]] CustomerMergePreview mergePreview(Id keepId, Id duplicateId) const;
    // Moves every interaction, survey response, follow-up, escalation and contact of the duplicate to
    // the customer kept, adds the duplicate's tags, marks the duplicate merged (it is never deleted),
    // and records the merge on the kept customer's timeline and in the audit trail, all in one
    // transaction.
    CustomerMergeResult mergeCustomers(const Actor &actor, Id keepId, Id duplicateId);
    // Undoes a merge with new records: the rows the merge moved go back (those still on the kept
    // customer), the duplicate is listed again, and both timelines and the audit trail say so. The
    // merge's own entries stay.
    CustomerMergeResult unmergeCustomer(const Actor &actor, Id mergedId);

signals:
    // Something in the workspace changed (here or at another desk).
    void changed();

private:
    // The customer, or a ServiceError saying there is none; called for the check alone too.
    Customer existingCustomer(Id customerId) const;

    Workspace &m_workspace;
    const Clock &m_clock;
    // The repositories, private to storage.
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem

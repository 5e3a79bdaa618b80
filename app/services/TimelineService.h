// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Article.h"
#include "domain/Clock.h"
#include "domain/TimelinePage.h"
#include "services/Actor.h"

#include <QObject>

#include <memory>

namespace tandem {

class Workspace;

// Customers' timelines. Every role reads every timeline (DESIGN.md section 2), so reading asks nobody's
// role; what is logged carries the actor who logged it.
class TimelineService : public QObject
{
    Q_OBJECT

public:
    TimelineService(Workspace &workspace, const Clock &clock, QObject *parent = nullptr);
    ~TimelineService() override;

    // A page of a customer's timeline, newest first.
    [[nodiscard]] InteractionPage page(Id customerId, const std::optional<TimelineCursor> &after, int limit) const
    {
        return page(customerId, TimelineFilter {}, after, limit);
    }
    [[nodiscard]] InteractionPage page(
        Id customerId, const TimelineFilter &filter, const std::optional<TimelineCursor> &after, int limit) const;
    // Events stored since a moment (by this or any other desk), for live timelines.
    [[nodiscard]] QList<Interaction> storedSince(
        Id customerId, const TimelineFilter &filter, Millis since, int limit) const;
    // The time the clock says now; live views remember it between refreshes.
    [[nodiscard]] Millis now() const { return m_clock.now(); }
    [[nodiscard]] qint64 eventCount(Id customerId) const { return eventCount(customerId, {}); }
    // How many of the customer's events the filter lets through.
    [[nodiscard]] qint64 eventCount(Id customerId, const TimelineFilter &filter) const;
    // One event with its whole body.
    [[nodiscard]] std::optional<Interaction> interaction(Id id) const;
    // Logs an interaction by the actor, with its audit record (and, for a survey answer, the response
    // the KPIs count), in one transaction; returns its id. Complaints need a cause; scores must fit
    // their scale (CSAT 1-5, NPS 0-10, CES 1-7).
    // `articles`: knowledge-base articles that went into it, counted when it is a reply (outbound) (ArticleUse.h).
    Id logInteraction(const Actor &actor, Interaction interaction, const std::optional<SurveyResponse> &survey = {},
        const QList<ArticleUse> &articles = {});
    // Why the actor may not correct this entry, or nothing when they may. A rep or specialist corrects
    // their own entries for ownEntryCorrectionWindow after logging them, a lead any entry (DESIGN.md
    // section 2); a corrected entry is corrected through its correction; a read-only workspace refuses.
    [[nodiscard]] std::optional<QString> correctionRefusal(const Actor &actor, const Interaction &entry) const;
    // Corrects an entry: a new interaction with `corrected`'s kind, channel, direction, subject, body and
    // cause, at the time the old one happened, supersedes it; the old one stays on the timeline, marked.
    // Both are audited in one transaction. Returns the correction's id.
    Id correctInteraction(const Actor &actor, Id interactionId, const Interaction &corrected);
    [[nodiscard]] QList<std::pair<Id, QString>> complaintCauses() const;
    // Adds a cause to the team's list (or returns the existing one of that name); audited.
    Id addComplaintCause(const Actor &actor, const QString &name);
    // The lowest and highest score of a survey scale.
    static std::pair<int, int> scaleOf(SurveyKind kind);

signals:
    void changed();

private:
    Workspace &m_workspace;
    const Clock &m_clock;
    // The repositories, private to storage.
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem

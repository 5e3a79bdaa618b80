// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScreenshotViews.h"

#include "MainWindow.h"
#include "TeamWorkspaceDialog.h"
#include "accounts/SignInDialog.h"
#include "customers/CustomerEditDialog.h"
#include "customers/CustomerProfileWidget.h"
#include "customers/MergeCustomersDialog.h"
#include "escalation/EscalationDialog.h"
#include "escalation/SpecialistQueueWidget.h"
#include "followups/FollowUpDialog.h"
#include "followups/MyFollowUpsWidget.h"
#include "review/AuditViewer.h"
#include "review/KpiDashboard.h"
#include "review/QaScorecard.h"
#include "review/RecordsBrowser.h"
#include "search/GlobalSearchWidget.h"
#include "services/AuditService.h"
#include "services/KpiService.h"
#include "services/RecordsService.h"
#include "services/ReviewService.h"
#include "services/WorkspaceSession.h"
#include "templates/TemplateEditorDialog.h"
#include "templates/TemplateLibraryWidget.h"
#include "templates/TemplateListModel.h"
#include "timeline/TimelineModel.h"

#include <QCoreApplication>
#include <QListView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace tandem::ScreenshotViews {

QStringList names()
{
    return { u"main"_s, u"team-workspace"_s, u"search"_s, u"profile"_s, u"customer-edit"_s, u"merge"_s, u"follow-ups"_s,
        u"follow-up-schedule"_s, u"kpis"_s, u"records"_s, u"qa"_s, u"audit"_s, u"sign-in"_s, u"escalate"_s, u"queue"_s,
        u"technical"_s, u"shortcuts"_s, u"templates"_s, u"template-editor"_s, u"error"_s };
}

std::unique_ptr<QWidget> create(const QString &name, MainWindow &window)
{
    if (name == u"team-workspace"_s) {
        auto dialog = std::make_unique<TeamWorkspaceDialog>(&window);
        dialog->setAddress(u"postgresql://sam@support-db.example.com/tandem?sslmode=require"_s);
        return dialog;
    }
    if (name == u"shortcuts"_s)
        return window.createShortcutsDialog();
    if (name == u"error"_s) {
        // The main window with an error at its top, as when the team server stops answering.
        window.showError(QCoreApplication::translate("tandem::ScreenshotViews",
            "The customer list could not be read: the team server did not answer. What was loaded stays on screen."));
        return nullptr;
    }
    WorkspaceSession &session = window.session();
    if (name == u"technical"_s) {
        // The main window on a customer's pasted stack trace, highlighted.
        const SearchPage hits = session.search().search(u"Exception"_s, SearchOrder::Newest);
        if (!hits.hits.isEmpty())
            window.openInteraction(hits.hits.front().customerId, hits.hits.front().interactionId);
        return nullptr;
    }
    if (name == u"escalate"_s) {
        const Id customer = window.timelineModel()->customerId();
        QList<Id> selected;
        if (window.timelineModel()->rowCount() > 0)
            selected.append(window.timelineModel()->interactionIdAt(0));
        auto dialog = std::make_unique<EscalationDialog>(session.escalations(), session.customers(), session.timeline(),
            session.actor(), customer, selected, &window);
        dialog->resize(900, 760);
        return dialog;
    }
    if (name == u"queue"_s) {
        auto queue = std::make_unique<SpecialistQueueWidget>(session.escalations(), session.actor());
        queue->resize(1200, 720);
        return queue;
    }
    if (name == u"templates"_s) {
        auto library
            = std::make_unique<TemplateLibraryWidget>(session.templates(), session.customers(), session.actor());
        library->resize(1100, 640);
        library->list()->setCurrentIndex(library->model()->index(0, 0));
        return library;
    }
    if (name == u"template-editor"_s) {
        // A referral request, previewed for the open customer.
        std::optional<ReplyTemplate> shown;
        for (const ReplyTemplate &replyTemplate : session.templates().templates(session.actor())) {
            if (replyTemplate.referralRequest && !shown)
                shown = replyTemplate;
        }
        auto editor = std::make_unique<TemplateEditorDialog>(
            session.templates(), session.customers(), session.actor(), shown, &window);
        if (window.timelineModel()->customerId())
            editor->setPreviewCustomer(window.timelineModel()->customerId());
        editor->resize(1100, 700);
        return editor;
    }
    if (name == u"kpis"_s) {
        auto dashboard = std::make_unique<KpiDashboard>(session.kpis(), session.actor());
        dashboard->setMinimumSize(1180, 760);
        return dashboard;
    }
    if (name == u"records"_s) {
        auto browser = std::make_unique<RecordsBrowser>(session.records(), session.reviews(), session.actor());
        browser->setMinimumSize(1180, 720);
        browser->selectRow(0);
        return browser;
    }
    if (name == u"qa"_s) {
        // A lead scoring a complaint beside its text, halfway through the scorecard.
        auto browser = std::make_unique<RecordsBrowser>(session.records(), session.reviews(), session.actor());
        browser->setMinimumSize(1180, 720);
        RecordsFilter complaints;
        complaints.kinds = { InteractionKind::Complaint };
        browser->setFilter(complaints);
        browser->selectRow(0);
        if (browser->scoreSelected()) {
            browser->scorecard()->setScore(QaCriterion::Listen, 4);
            browser->scorecard()->setScore(QaCriterion::Empathize, 5);
            browser->scorecard()->setScore(QaCriterion::Apologize, 3);
        }
        return browser;
    }
    if (name == u"audit"_s) {
        auto viewer = std::make_unique<AuditViewer>(session.audit(), session.actor());
        viewer->setMinimumSize(980, 640);
        viewer->verify();
        viewer->selectRow(0);
        return viewer;
    }
    if (name == u"sign-in"_s) {
        auto dialog = std::make_unique<SignInDialog>(session.accounts(), session.workspaceSpec(), &window);
        if (dialog->demoAccounts() && dialog->demoAccounts()->topLevelItemCount() > 0)
            dialog->demoAccounts()->setCurrentItem(dialog->demoAccounts()->topLevelItem(0));
        return dialog;
    }
    if (name == u"search"_s) {
        auto search = std::make_unique<GlobalSearchWidget>(session.search());
        search->setMinimumSize(760, 560);
        search->setQuery(u"refund"_s);
        return search;
    }
    const std::optional<Customer> first = session.customers().customer(1);
    if (name == u"profile"_s) {
        auto profile
            = std::make_unique<CustomerProfileWidget>(session.customers(), session.profiles(), session.actor());
        profile->setMinimumSize(760, 420);
        profile->setCustomer(1);
        return profile;
    }
    if (name == u"customer-edit"_s && first) {
        return std::make_unique<CustomerEditDialog>(session.profiles(), session.actor(), *first, &window);
    }
    if (name == u"merge"_s && first) {
        auto dialog = std::make_unique<MergeCustomersDialog>(
            session.customers(), session.profiles(), session.actor(), 1, &window);
        dialog->setSearchText(first->lastName);
        const CustomerPage candidates = session.customers().search(first->lastName, std::nullopt, 5);
        for (const Customer &candidate : candidates.customers) {
            if (candidate.id != first->id && dialog->selectDuplicate(candidate.id))
                break;
        }
        return dialog;
    }
    if (name == u"follow-ups"_s) {
        auto list = std::make_unique<MyFollowUpsWidget>(session.followUps(), session.actor());
        list->setMinimumSize(560, 420);
        return list;
    }
    if (name == u"follow-up-schedule"_s && first) {
        auto dialog = std::make_unique<FollowUpDialog>(
            session.followUps(), session.actor(), first->id, first->displayName(), &window);
        dialog->setNote(u"Check that the replacement charger arrived and works."_s);
        return dialog;
    }
    return nullptr;
}

} // namespace tandem::ScreenshotViews

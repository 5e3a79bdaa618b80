#include "ScreenshotViews.h"

#include "MainWindow.h"
#include "TeamWorkspaceDialog.h"
#include "customers/CustomerEditDialog.h"
#include "customers/CustomerProfileWidget.h"
#include "customers/MergeCustomersDialog.h"
#include "followups/FollowUpDialog.h"
#include "followups/MyFollowUpsWidget.h"
#include "search/GlobalSearchWidget.h"
#include "services/CustomerProfileService.h"
#include "services/FollowUpService.h"
#include "services/SearchService.h"
#include "services/WorkspaceSession.h"


using namespace Qt::StringLiterals;

namespace tandem::ScreenshotViews {

QStringList names()
{
    return {u"main"_s, u"team-workspace"_s, u"search"_s, u"profile"_s, u"customer-edit"_s, u"merge"_s, u"follow-ups"_s,
            u"follow-up-schedule"_s};
}

std::unique_ptr<QWidget> create(const QString &name, MainWindow &window)
{
    if (name == u"team-workspace"_s) {
        auto dialog = std::make_unique<TeamWorkspaceDialog>(&window);
        dialog->setAddress(u"postgresql://sam@support-db.example.com/tandem?sslmode=require"_s);
        return dialog;
    }
    WorkspaceSession &session = window.session();
    // The services live as long as the window, which outlives the view.
    const Clock &clock = SystemClock::instance();
    if (name == u"search"_s) {
        auto *service = new SearchService(session.workspace(), &window);
        auto search = std::make_unique<GlobalSearchWidget>(*service, session.actor());
        search->setMinimumSize(760, 560);
        search->setQuery(u"refund"_s);
        return search;
    }
    const std::optional<Customer> first = session.customers().customer(session.actor(), 1);
    if (name == u"profile"_s) {
        auto *profiles = new CustomerProfileService(session.workspace(), clock, &window);
        auto profile = std::make_unique<CustomerProfileWidget>(session.customers(), *profiles, session.actor());
        profile->setMinimumSize(760, 420);
        profile->setCustomer(1);
        return profile;
    }
    if (name == u"customer-edit"_s && first) {
        auto *profiles = new CustomerProfileService(session.workspace(), clock, &window);
        return std::make_unique<CustomerEditDialog>(*profiles, session.actor(), *first, &window);
    }
    if (name == u"merge"_s && first) {
        auto *profiles = new CustomerProfileService(session.workspace(), clock, &window);
        auto dialog = std::make_unique<MergeCustomersDialog>(session.customers(), *profiles, session.actor(), 1, &window);
        dialog->setSearchText(first->lastName);
        const CustomerPage candidates = session.customers().search(session.actor(), first->lastName, std::nullopt, 5);
        for (const Customer &candidate : candidates.customers) {
            if (candidate.id != first->id && dialog->selectDuplicate(candidate.id))
                break;
        }
        return dialog;
    }
    if (name == u"follow-ups"_s) {
        auto *followUps = new FollowUpService(session.workspace(), clock, &window);
        auto list = std::make_unique<MyFollowUpsWidget>(*followUps, session.actor());
        list->setMinimumSize(560, 420);
        return list;
    }
    if (name == u"follow-up-schedule"_s && first) {
        auto *followUps = new FollowUpService(session.workspace(), clock, &window);
        auto dialog = std::make_unique<FollowUpDialog>(*followUps, session.actor(), first->id, first->displayName(),
                                                       &window);
        dialog->setNote(u"Check that the replacement charger arrived and works."_s);
        return dialog;
    }
    return nullptr;
}

} // namespace tandem::ScreenshotViews

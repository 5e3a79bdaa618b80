#include "ScreenshotViews.h"

#include "MainWindow.h"
#include "TeamWorkspaceDialog.h"

using namespace Qt::StringLiterals;

namespace tandem::ScreenshotViews {

QStringList names()
{
    return {u"main"_s, u"team-workspace"_s};
}

std::unique_ptr<QWidget> create(const QString &name, MainWindow &window)
{
    if (name == u"team-workspace"_s) {
        auto dialog = std::make_unique<TeamWorkspaceDialog>(&window);
        dialog->setAddress(u"postgresql://sam@support-db.example.com/tandem?sslmode=require"_s);
        return dialog;
    }
    return nullptr;
}

} // namespace tandem::ScreenshotViews

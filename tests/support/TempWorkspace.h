#pragma once

#include "storage/DemoDataWriter.h"
#include "storage/Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace tandem::test {

// A workspace file in a temporary folder that disappears with the object.
class TempWorkspace
{
public:
    TempWorkspace();

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString dir() const { return m_dir.path(); }
    // Opens (creating on first use) the workspace.
    Workspace &open(const Workspace::OpenOptions &options = {});
    // Opens and fills it with a small demo data set.
    Workspace &openWithDemo(int customers = 40, qint64 interactions = 600, quint64 seed = 7);
    std::unique_ptr<Workspace> take() { return std::move(m_workspace); }
    void close() { m_workspace.reset(); }

    // A fixed end of demo history, so demo data is the same in every run.
    static constexpr Millis demoAnchor = 1'767'225'600'000;

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace tandem::test

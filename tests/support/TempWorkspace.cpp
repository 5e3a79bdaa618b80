#include "TempWorkspace.h"

using namespace Qt::StringLiterals;

namespace tandem::test {

TempWorkspace::TempWorkspace() : m_path(m_dir.filePath(u"test.tandem"_s)) {}

Workspace &TempWorkspace::open(const Workspace::OpenOptions &options)
{
    if (!m_workspace)
        m_workspace = Workspace::open(m_path, options);
    return *m_workspace;
}

Workspace &TempWorkspace::openWithDemo(int customers, qint64 interactions, quint64 seed)
{
    Workspace &workspace = open();
    DemoDataWriter(workspace).write({customers, interactions, seed, demoAnchor});
    return workspace;
}

} // namespace tandem::test

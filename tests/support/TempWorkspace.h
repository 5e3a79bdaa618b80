// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/DemoDataWriter.h"
#include "storage/Workspace.h"

#include <QList>
#include <QTemporaryDir>

#include <memory>

namespace tandem::test {

// The backends tests run against: SQLite always, PostgreSQL when TANDEM_TEST_POSTGRES_URL names a
// server (packaging/buildroot/test-inside.sh starts a throwaway one).
QList<Backend> testBackends();
QString backendName(Backend backend);
// The server URL for PostgreSQL tests, or empty.
QString postgresTestUrl();

// A workspace that disappears with the object: a file in a temporary folder, or a schema of its own
// on the test PostgreSQL server.
class TempWorkspace
{
public:
    explicit TempWorkspace(Backend backend = Backend::Sqlite);
    ~TempWorkspace();
    TempWorkspace(const TempWorkspace &) = delete;
    TempWorkspace &operator=(const TempWorkspace &) = delete;

    // What Workspace::open takes: the file path or the postgresql:// URL.
    [[nodiscard]] QString path() const { return m_spec; }
    [[nodiscard]] QString dir() const { return m_dir.path(); }
    [[nodiscard]] Backend backend() const { return m_backend; }
    // Opens (creating on first use) the workspace.
    Workspace &open(const Workspace::OpenOptions &options = {});
    // Opens and fills it with a small demo data set.
    Workspace &openWithDemo(int customers = 40, qint64 interactions = 600, quint64 seed = 7);
    std::unique_ptr<Workspace> take() { return std::move(m_workspace); }
    void close() { m_workspace.reset(); }

    // A fixed end of demo history, so demo data is the same in every run.
    static constexpr Millis demoAnchor = 1'767'225'600'000;

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_schema;
    QString m_spec;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace tandem::test

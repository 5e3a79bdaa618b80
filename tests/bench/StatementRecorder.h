// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayList>
#include <QSqlDatabase>

#include <functional>

struct sqlite3;

namespace tandem {

// Records every statement the app's own SQLite connection runs while a piece of work runs, with its
// bound values written into the text, so the bench can time exactly that SQL through SQLite's C API.
class StatementRecorder
{
public:
    explicit StatementRecorder(const QSqlDatabase &db);

    [[nodiscard]] QByteArrayList record(const std::function<void()> &work);

private:
    sqlite3 *m_db = nullptr;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/SearchPage.h"

#include <QObject>

#include <memory>

namespace tandem {

class Workspace;

// Search across every interaction of every customer. Every role reads every timeline (DESIGN.md
// section 2), so every agent searches everything.
class SearchService : public QObject
{
    Q_OBJECT

public:
    static constexpr int pageSize = 50;
    static constexpr int maxPageSize = 500;

    explicit SearchService(Workspace &workspace, QObject *parent = nullptr);
    ~SearchService() override;

    // A page of hits for what the agent typed: every word must occur, the last may be the start of a
    // word. Any text is safe to pass; text without a word finds nothing. Pass back the page's `next`
    // with the same text and order for the page after it.
    [[nodiscard]] SearchPage search(const QString &text, SearchOrder order,
        const std::optional<SearchCursor> &after = std::nullopt, int limit = pageSize) const;
    // Whether `text` holds a word to search for.
    [[nodiscard]] bool isSearchable(const QString &text) const;

signals:
    // Something in the workspace changed (here or at another desk).
    void changed();

private:
    // The repositories, private to storage.
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/KbSitePages.h"

#include <QByteArray>
#include <QList>

namespace tandem::KbSiteSearchIndex {

// A language's search index as a script (search-index.js) that sets window.TANDEM_SEARCH_INDEX, so the
// site's search works from a plain folder too, where a browser refuses to fetch a JSON file. One entry per
// article: title (t), topic (c), tags (g), page in the language's folder (u), summary (s) and the distinct
// folded words of its text (w), which the search matches query words against.
[[nodiscard]] QByteArray script(const QList<KbSiteArticle> &articles);

} // namespace tandem::KbSiteSearchIndex

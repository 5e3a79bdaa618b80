// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace tandem {

// RFC 3676 format=flowed: soft line breaks (a trailing space) joined back into paragraphs, space-stuffing
// removed, quote depth kept ("> " per level). With DelSp=yes the trailing space is part of the break.
[[nodiscard]] QString unflowText(const QString &flowed, bool delSp);

} // namespace tandem

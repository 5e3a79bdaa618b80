// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace tandem {

// The form every search box compares text in, so "yilm" finds "Yılmaz", "muller" finds "Müller" and
// "facade" finds "façade" wherever an agent types: compatibility decomposition (NFKD), combining marks
// dropped, full case folding ("ß" -> "ss"), and the letters that carry no mark to drop but stand for a
// plain Latin one (dotless "ı", "ø", "đ", "ł", ...) mapped to it. Stored folded columns are computed
// with it too, so changing it means a migration that recomputes them.
[[nodiscard]] QString foldText(const QString &text);

} // namespace tandem

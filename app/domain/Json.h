// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>

namespace tandem {

// One line of JSON, as the audit trail stores states and details.
[[nodiscard]] QString compactJson(const QJsonObject &object);

} // namespace tandem

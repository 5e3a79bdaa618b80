// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace tandem {

// Registers the files compiled in from resources/resources.qrc (the default template library, the
// template syntax definition). The services library is static, so nothing would otherwise pull the
// resource's object file into the program; call this before reading from ":/". Safe to call often.
void ensureEmbeddedResources();

} // namespace tandem

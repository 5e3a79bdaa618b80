// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"

#include <QCoreApplication>

class QWidget;

namespace tandem {

class KbSiteService;

// Review > Publish Help Site…: asks for the site's folder, publishes the public articles there
// (KbSiteService) and says where the site is, with a button that opens it in the browser.
class KbSitePublishing
{
    Q_DECLARE_TR_FUNCTIONS(tandem::KbSitePublishing)

public:
    static void run(KbSiteService &site, const Actor &actor, QWidget *parent);
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "inbox/SafeTextBrowser.h"

#include "UiLog.h"

namespace tandem {

SafeTextBrowser::SafeTextBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type);
    // A long thread could ask many times; a few hundred are enough to tell a test or a log what happened.
    if (m_refused.size() < 500)
        m_refused.append(name);
    qCDebug(lcUi) << "refused to load a resource for the conversation view:" << name.toDisplayString();
    return {};
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/SyntaxRepository.h"

#include "services/EmbeddedResources.h"

#include <QCoreApplication>
#include <QPointer>

#include <KSyntaxHighlighting/Repository>

namespace tandem {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static QPointer<KSyntaxHighlighting::Repository> shared;
    if (!shared) {
        ensureEmbeddedResources();
        shared = new KSyntaxHighlighting::Repository;
        shared->setParent(QCoreApplication::instance());
    }
    return *shared;
}

} // namespace tandem

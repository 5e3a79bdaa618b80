// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplateListDelegate.h"

#include "ModelRoles.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tandem {

QString TemplateListDelegate::detailLine(const QModelIndex &index) const
{
    QStringList details;
    const QString shortcode = index.data(TemplateRoles::Shortcode).toString();
    if (!shortcode.isEmpty())
        details.append(u'/' + shortcode);
    details.append(index.data(TemplateRoles::ChannelName).toString());
    const QString category = index.data(TemplateRoles::Category).toString();
    if (!category.isEmpty())
        details.append(category);
    if (index.data(TemplateRoles::Personal).toBool())
        details.append(QCoreApplication::translate("tandem::TemplateListDelegate", "personal"));
    return details.join(u"  ·  "_s);
}

} // namespace tandem

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
    // A template for another channel still shows, so it says first that it is not for this one.
    const bool otherChannel = index.data(TemplateRoles::OtherChannel).toBool();
    if (otherChannel) {
        details.append(QCoreApplication::translate("tandem::TemplateListDelegate", "for %1")
                .arg(index.data(TemplateRoles::ChannelName).toString()));
    }
    const QString shortcode = index.data(TemplateRoles::Shortcode).toString();
    if (!shortcode.isEmpty())
        details.append(u'/' + shortcode);
    if (!otherChannel)
        details.append(index.data(TemplateRoles::ChannelName).toString());
    const QString category = index.data(TemplateRoles::Category).toString();
    if (!category.isEmpty())
        details.append(category);
    if (index.data(TemplateRoles::Personal).toBool())
        details.append(QCoreApplication::translate("tandem::TemplateListDelegate", "personal"));
    return details.join(u"  ·  "_s);
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/CustomerMerge.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// The record's lists of moved rows, with their keys in the audit entry's JSON.
struct MovedRows
{
    const char16_t *key;
    QList<Id> CustomerMergeRecord::*ids;
};

const MovedRows movedRows[] = {
    { u"interactions", &CustomerMergeRecord::interactions },
    { u"surveyResponses", &CustomerMergeRecord::surveyResponses },
    { u"followUps", &CustomerMergeRecord::followUps },
    { u"escalations", &CustomerMergeRecord::escalations },
    { u"contacts", &CustomerMergeRecord::contacts },
};

QJsonArray idArray(const QList<Id> &ids)
{
    QJsonArray array;
    for (const Id id : ids)
        array.append(id);
    return array;
}

} // namespace

QJsonObject CustomerMergeRecord::toJson() const
{
    QJsonObject json { { u"kept"_s, keptId }, { u"merged"_s, mergedId },
        { u"tagsAdded"_s, QJsonArray::fromStringList(tagsAdded) } };
    for (const MovedRows &moved : movedRows)
        json.insert(QString::fromUtf16(moved.key), idArray(this->*moved.ids));
    return json;
}

std::optional<CustomerMergeRecord> CustomerMergeRecord::fromJson(const QJsonObject &json)
{
    CustomerMergeRecord record;
    record.keptId = json.value(u"kept"_s).toInteger();
    record.mergedId = json.value(u"merged"_s).toInteger();
    if (record.keptId <= 0 || record.mergedId <= 0)
        return std::nullopt;
    for (const MovedRows &moved : movedRows) {
        for (const auto &id : json.value(QString::fromUtf16(moved.key)).toArray())
            (record.*moved.ids).append(id.toInteger());
    }
    for (const auto &tag : json.value(u"tagsAdded"_s).toArray())
        record.tagsAdded.append(tag.toString());
    return record;
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/TemplateLibraryFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const auto formatName = u"tandem-templates"_s;
constexpr int formatVersion = 1;

} // namespace

QByteArray TemplateLibraryFile::write(const QList<ReplyTemplate> &templates)
{
    QJsonArray entries;
    for (const ReplyTemplate &replyTemplate : templates) {
        QJsonObject entry { { u"category"_s, replyTemplate.category }, { u"name"_s, replyTemplate.name },
            { u"shortcode"_s, replyTemplate.shortcode } };
        if (replyTemplate.channel)
            entry.insert(u"channel"_s, keyOf(*replyTemplate.channel));
        if (!replyTemplate.subject.isEmpty())
            entry.insert(u"subject"_s, replyTemplate.subject);
        entry.insert(u"body"_s, replyTemplate.body);
        if (replyTemplate.referralRequest)
            entry.insert(u"referral"_s, true);
        entries.append(entry);
    }
    const QJsonObject library { { u"format"_s, formatName }, { u"version"_s, formatVersion },
        { u"templates"_s, entries } };
    return QJsonDocument(library).toJson(QJsonDocument::Indented);
}

QString TemplateLibraryFile::entryLabel(qsizetype index, const QString &name)
{
    const QString shown = name.trimmed();
    if (shown.isEmpty())
        return tr("Entry %1").arg(index + 1);
    return tr("Entry %1 (“%2”)").arg(index + 1).arg(shown);
}

TemplateLibraryFile::Reading TemplateLibraryFile::read(const QByteArray &json)
{
    Reading reading;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reading.problems.append(tr("The file is not valid JSON: %1 (at character %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset));
        return reading;
    }
    if (!document.isObject()) {
        reading.problems.append(tr("The file is not a Tandem template library: it holds no JSON object."));
        return reading;
    }
    const QJsonObject library = document.object();
    const QString format = library.value(u"format"_s).toString();
    if (format != formatName) {
        reading.problems.append(tr("The file is not a Tandem template library: its format field is “%1”, not “%2”.")
                .arg(format, formatName));
        return reading;
    }
    const int version = library.value(u"version"_s).toInt(0);
    if (version < 1 || version > formatVersion) {
        reading.problems.append(tr("The library has version %1, which this version of Tandem cannot read (it reads "
                                   "version %2).")
                .arg(library.value(u"version"_s).toVariant().toString())
                .arg(formatVersion));
        return reading;
    }
    if (!library.value(u"templates"_s).isArray()) {
        reading.problems.append(tr("The library has no list of templates."));
        return reading;
    }

    const QJsonArray entries = library.value(u"templates"_s).toArray();
    for (qsizetype index = 0; index < entries.size(); ++index) {
        const QJsonValue value = entries.at(index);
        if (!value.isObject()) {
            reading.problems.append(tr("%1: is not a JSON object.").arg(entryLabel(index, QString())));
            continue;
        }
        const QJsonObject entry = value.toObject();
        const QString label = entryLabel(index, entry.value(u"name"_s).toString());
        ReplyTemplate replyTemplate;
        bool usable = true;
        const auto text = [&](const QString &field, bool required, QString &out) {
            const QJsonValue fieldValue = entry.value(field);
            if (fieldValue.isUndefined() || fieldValue.isNull()) {
                if (required) {
                    reading.problems.append(tr("%1: the field “%2” is missing.").arg(label, field));
                    usable = false;
                }
                return;
            }
            if (!fieldValue.isString()) {
                reading.problems.append(tr("%1: the field “%2” must be text.").arg(label, field));
                usable = false;
                return;
            }
            out = fieldValue.toString();
        };
        text(u"name"_s, true, replyTemplate.name);
        text(u"body"_s, true, replyTemplate.body);
        text(u"category"_s, false, replyTemplate.category);
        text(u"shortcode"_s, false, replyTemplate.shortcode);
        text(u"subject"_s, false, replyTemplate.subject);
        QString channel;
        text(u"channel"_s, false, channel);
        if (!channel.isEmpty()) {
            replyTemplate.channel = fromKey<Channel>(channel);
            if (!replyTemplate.channel) {
                QStringList known;
                for (const Channel each : allValues<Channel>())
                    known.append(keyOf(each));
                reading.problems.append(
                    tr("%1: unknown channel “%2” (known: %3).").arg(label, channel, known.join(u", "_s)));
                usable = false;
            }
        }
        const QJsonValue referral = entry.value(u"referral"_s);
        if (!referral.isUndefined() && !referral.isNull()) {
            if (referral.isBool()) {
                replyTemplate.referralRequest = referral.toBool();
            } else {
                reading.problems.append(tr("%1: the field “referral” must be true or false.").arg(label));
                usable = false;
            }
        }
        if (usable)
            reading.entries.append({ index, replyTemplate });
    }
    return reading;
}

} // namespace tandem

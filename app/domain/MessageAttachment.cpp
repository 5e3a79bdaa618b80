// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/MessageAttachment.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tandem {

AttachmentKind AttachmentRules::kindOf(const QString &fileName, const QString &mimeType)
{
    static const QSet<QString> executableSuffixes = {
        u"exe"_s,
        u"com"_s,
        u"bat"_s,
        u"cmd"_s,
        u"scr"_s,
        u"pif"_s,
        u"msi"_s,
        u"msp"_s,
        u"dll"_s,
        u"cpl"_s,
        u"js"_s,
        u"jse"_s,
        u"vbs"_s,
        u"vbe"_s,
        u"wsf"_s,
        u"wsh"_s,
        u"hta"_s,
        u"ps1"_s,
        u"psm1"_s,
        u"lnk"_s,
        u"reg"_s,
        u"jar"_s,
        u"apk"_s,
        u"app"_s,
        u"dmg"_s,
        u"pkg"_s,
        u"deb"_s,
        u"rpm"_s,
        u"sh"_s,
        u"run"_s,
        u"bin"_s,
        u"docm"_s,
        u"xlsm"_s,
        u"pptm"_s,
    };
    static const QSet<QString> archiveSuffixes = {
        u"zip"_s,
        u"rar"_s,
        u"7z"_s,
        u"tar"_s,
        u"gz"_s,
        u"tgz"_s,
        u"bz2"_s,
        u"xz"_s,
        u"zst"_s,
        u"cab"_s,
        u"arj"_s,
        u"lzh"_s,
        u"ace"_s,
        u"iso"_s,
        u"img"_s,
    };
    static const QSet<QString> textSuffixes = {
        u"txt"_s,
        u"log"_s,
        u"out"_s,
        u"err"_s,
        u"trace"_s,
        u"conf"_s,
        u"cfg"_s,
        u"ini"_s,
        u"properties"_s,
        u"json"_s,
        u"xml"_s,
        u"yaml"_s,
        u"yml"_s,
        u"toml"_s,
        u"csv"_s,
        u"sql"_s,
        u"md"_s,
        u"diff"_s,
        u"patch"_s,
    };
    static const QSet<QString> executableTypes = {
        u"application/x-msdownload"_s,
        u"application/x-msdos-program"_s,
        u"application/x-executable"_s,
        u"application/x-sh"_s,
        u"application/x-shellscript"_s,
        u"application/java-archive"_s,
        u"application/x-msi"_s,
        u"application/vnd.microsoft.portable-executable"_s,
        u"application/javascript"_s,
        u"text/javascript"_s,
    };
    static const QSet<QString> archiveTypes = {
        u"application/zip"_s,
        u"application/x-zip-compressed"_s,
        u"application/x-rar-compressed"_s,
        u"application/vnd.rar"_s,
        u"application/x-7z-compressed"_s,
        u"application/x-tar"_s,
        u"application/gzip"_s,
        u"application/x-gzip"_s,
        u"application/x-bzip2"_s,
        u"application/x-xz"_s,
        u"application/x-iso9660-image"_s,
    };
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QString type = mimeType.toLower();
    if (executableSuffixes.contains(suffix) || executableTypes.contains(type))
        return AttachmentKind::Executable;
    if (archiveSuffixes.contains(suffix) || archiveTypes.contains(type))
        return AttachmentKind::Archive;
    // HTML is text, but opening it as such invites pasting it somewhere that renders it: it is saved instead.
    if (textSuffixes.contains(suffix) || (type.startsWith(u"text/"_s) && type != u"text/html"_s))
        return AttachmentKind::Text;
    return AttachmentKind::Other;
}

QString AttachmentRules::refusalFor(qint64 size, qint64 maxBytes)
{
    const QLocale locale;
    // Files refused before the limit was kept with them (workspaces before schema 22).
    if (maxBytes <= 0 || size <= maxBytes) {
        return tr("Not kept: the file is %1, larger than a message may carry. Ask the customer for a smaller file or "
                  "another way to share it.")
            .arg(locale.formattedDataSize(size));
    }
    return tr("Not kept: the file is %1, larger than the %2 a message may carry. Ask the customer for a smaller "
              "file or another way to share it.")
        .arg(locale.formattedDataSize(size), locale.formattedDataSize(maxBytes));
}

void AttachmentRules::admit(ChannelAttachment &attachment, qint64 maxBytes)
{
    attachment.size = qMax(attachment.size, qint64(attachment.bytes.size()));
    attachment.refusedAbove.reset();
    if (attachment.size > maxBytes) {
        attachment.refusedAbove = maxBytes;
        attachment.bytes = QByteArray();
    }
}

QString MessageAttachment::refusal() const
{
    return refusedAbove ? AttachmentRules::refusalFor(size, *refusedAbove) : QString();
}

BodyFormat AttachmentRules::textFormatOf(const QString &fileName)
{
    static const QHash<QString, BodyFormat> formats = {
        { u"log"_s, BodyFormat::Log },
        { u"out"_s, BodyFormat::Log },
        { u"err"_s, BodyFormat::Log },
        { u"trace"_s, BodyFormat::StackTrace },
        { u"json"_s, BodyFormat::Json },
        { u"xml"_s, BodyFormat::Xml },
        { u"yaml"_s, BodyFormat::Yaml },
        { u"yml"_s, BodyFormat::Yaml },
        { u"ini"_s, BodyFormat::Ini },
        { u"conf"_s, BodyFormat::Ini },
        { u"cfg"_s, BodyFormat::Ini },
        { u"properties"_s, BodyFormat::Ini },
        { u"toml"_s, BodyFormat::Ini },
        { u"sql"_s, BodyFormat::Sql },
    };
    return formats.value(QFileInfo(fileName).suffix().toLower(), BodyFormat::Plain);
}

} // namespace tandem

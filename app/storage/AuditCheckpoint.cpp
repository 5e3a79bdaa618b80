// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/AuditCheckpoint.h"

#include "domain/Error.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

#include <array>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const auto formatName = u"tandem-audit-checkpoint"_s;
constexpr int formatVersion = 1;
constexpr QByteArrayView secretKeyLabel = "secret-key:";
// A checkpoint is a few hundred bytes; anything far larger is not one.
constexpr qint64 largestCheckpoint = 64 * 1024;

using PublicKey = std::array<unsigned char, crypto_sign_PUBLICKEYBYTES>;
using Signature = std::array<unsigned char, crypto_sign_BYTES>;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void startSodium()
{
    // Safe to call again and from several threads.
    if (sodium_init() < 0)
        throw Error(AuditCheckpoint::tr("The cryptography library could not start."));
}

// Bytes wiped when they go out of scope, for everything that holds the secret key.
class Wiped
{
public:
    explicit Wiped(QByteArray bytes = {}) : m_bytes(std::move(bytes)) { }
    ~Wiped() { wipe(); }
    Wiped(const Wiped &) = delete;
    Wiped &operator=(const Wiped &) = delete;

    QByteArray &bytes() { return m_bytes; }
    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    void wipe()
    {
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), std::size_t(m_bytes.size()));
    }

private:
    QByteArray m_bytes;
};

class SecretKey
{
public:
    SecretKey() = default;
    ~SecretKey() { sodium_memzero(m_bytes.data(), m_bytes.size()); }
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;

    unsigned char *data() { return m_bytes.data(); }
    [[nodiscard]] const unsigned char *data() const { return m_bytes.data(); }
    [[nodiscard]] PublicKey publicKey() const
    {
        PublicKey key {};
        crypto_sign_ed25519_sk_to_pk(key.data(), m_bytes.data());
        return key;
    }

private:
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> m_bytes {};
};

template<std::size_t N> QString base64(const std::array<unsigned char, N> &bytes)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())).toBase64());
}

// Exactly N bytes from base64 text, or nothing.
template<std::size_t N> std::optional<std::array<unsigned char, N>> decoded(QByteArrayView text)
{
    const auto result = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.size() != qsizetype(N))
        return std::nullopt;
    std::array<unsigned char, N> bytes {};
    std::copy_n(result.decoded.constData(), N, reinterpret_cast<char *>(bytes.data()));
    return bytes;
}

// What the signature covers: every field, each with its length, so no two checkpoints sign the same bytes.
QByteArray signedBytes(const AuditCheckpointInfo &info)
{
    QByteArray bytes = QByteArrayLiteral("tandem-audit-checkpoint/1\n");
    const auto field = [&bytes](const QString &value) {
        const QByteArray utf8 = value.toUtf8();
        bytes += QByteArray::number(utf8.size());
        bytes += ':';
        bytes += utf8;
    };
    field(info.workspace);
    field(info.head.firstEntryHash);
    field(QString::number(info.head.entryId));
    field(info.head.entryHash);
    field(QString::number(info.head.entries));
    field(QString::number(info.createdAt));
    field(info.publicKey);
    return bytes;
}

// At most `limit` bytes of the file; one more tells the caller it is larger.
QByteArray readSmallFile(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(AuditCheckpoint::tr("Cannot read %1: %2").arg(shown(path), file.errorString()));
    return file.read(limit + 1);
}

// The line that follows `label`, without it and its spaces; empty when there is none.
QByteArrayView valueAfter(QByteArrayView content, QByteArrayView label)
{
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        const QByteArrayView line = content.sliced(start, end - start);
        if (line.startsWith(label))
            return line.sliced(label.size()).trimmed();
        start = end + 1;
    }
    return {};
}

void readSecretKey(const QString &keyFile, SecretKey &key)
{
    const QFileInfo info(keyFile);
    if (!info.exists()) {
        throw Error(AuditCheckpoint::tr("There is no key file at %1; make one with tandemctl audit keygen.")
                .arg(shown(keyFile)));
    }
    constexpr QFileDevice::Permissions othersMay
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (info.permissions() & othersMay) {
        throw Error(AuditCheckpoint::tr("Other users can read or change the key file %1; make it private to "
                                        "its owner (chmod 600) first.")
                .arg(shown(keyFile)));
    }
    Wiped content(readSmallFile(keyFile, 4096));
    Wiped encoded(valueAfter(content.bytes(), secretKeyLabel).toByteArray());
    Wiped secret(QByteArray::fromBase64(encoded.bytes()));
    if (secret.bytes().size() == crypto_sign_SECRETKEYBYTES) {
        std::copy_n(std::as_const(secret).bytes().constData(), crypto_sign_SECRETKEYBYTES,
            reinterpret_cast<char *>(key.data()));
        // The secret key carries its public half; a damaged file would sign with a key nobody can check.
        PublicKey derived {};
        SecretKey again;
        std::array<unsigned char, crypto_sign_SEEDBYTES> seed {};
        crypto_sign_ed25519_sk_to_seed(seed.data(), key.data());
        crypto_sign_seed_keypair(derived.data(), again.data(), seed.data());
        sodium_memzero(seed.data(), seed.size());
        if (derived == key.publicKey())
            return;
    }
    throw Error(AuditCheckpoint::tr("%1 is not a Tandem checkpoint key, or it is damaged.").arg(shown(keyFile)));
}

PublicKey readPublicKey(const QString &publicKeyFile)
{
    const QByteArray content = readSmallFile(publicKeyFile, 4096);
    if (const std::optional<PublicKey> key = decoded<crypto_sign_PUBLICKEYBYTES>(QByteArrayView(content).trimmed()))
        return *key;
    throw Error(AuditCheckpoint::tr("%1 holds no public key of a Tandem checkpoint key.").arg(shown(publicKeyFile)));
}

void writeNewFile(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions))
        throw Error(AuditCheckpoint::tr("Cannot create %1: %2").arg(shown(path), file.errorString()));
    if (file.write(content) != content.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        file.remove();
        throw Error(AuditCheckpoint::tr("Cannot write %1: %2").arg(shown(path), reason));
    }
}

QString timeText(Millis millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QString AuditCheckpoint::createKey(const QString &keyFile)
{
    startSodium();
    const QString publicKeyFile = publicKeyFileOf(keyFile);
    for (const QString &path : { keyFile, publicKeyFile }) {
        if (QFileInfo::exists(path))
            throw Error(tr("%1 already exists, and a key is never replaced; choose another file.").arg(shown(path)));
    }
    SecretKey secret;
    PublicKey key {};
    crypto_sign_keypair(key.data(), secret.data());
    Wiped content(
        QByteArrayLiteral("# Tandem audit checkpoint key (Ed25519). Keep it secret and away from the workspace:\n"
                          "# whoever has it can sign checkpoints.\n"));
    {
        Wiped encoded(QByteArray(reinterpret_cast<const char *>(secret.data()), crypto_sign_SECRETKEYBYTES).toBase64());
        content.bytes() += secretKeyLabel.toByteArray() + ' ' + encoded.bytes() + '\n';
    }
    writeNewFile(keyFile, content.bytes(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString publicKey = base64(key);
    try {
        writeNewFile(publicKeyFile, publicKey.toLatin1() + '\n',
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    } catch (const Error &) {
        QFile::remove(keyFile);
        throw;
    }
    return publicKey;
}

AuditCheckpointInfo AuditCheckpoint::write(
    AuditCheckpointInfo info, const QString &keyFile, const QString &checkpointFile)
{
    startSodium();
    SecretKey secret;
    readSecretKey(keyFile, secret);
    info.publicKey = base64(secret.publicKey());
    const QByteArray message = signedBytes(info);
    Signature signature {};
    crypto_sign_detached(signature.data(), nullptr, reinterpret_cast<const unsigned char *>(message.constData()),
        static_cast<unsigned long long>(message.size()), secret.data());

    const QJsonObject json { { u"format"_s, formatName }, { u"version"_s, formatVersion },
        { u"workspace"_s, info.workspace }, { u"first_entry_hash"_s, info.head.firstEntryHash },
        { u"entry_id"_s, info.head.entryId }, { u"entry_hash"_s, info.head.entryHash },
        { u"entries"_s, info.head.entries }, { u"created_at"_s, timeText(info.createdAt) },
        { u"public_key"_s, info.publicKey }, { u"signature"_s, base64(signature) } };
    QSaveFile file(checkpointFile);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write the checkpoint %1: %2").arg(shown(checkpointFile), file.errorString()));
    file.write(QJsonDocument(json).toJson());
    if (!file.commit())
        throw Error(tr("Cannot write the checkpoint %1: %2").arg(shown(checkpointFile), file.errorString()));
    return info;
}

AuditCheckpointInfo AuditCheckpoint::read(const QString &checkpointFile, const QString &publicKeyFile)
{
    startSodium();
    const QByteArray content = readSmallFile(checkpointFile, largestCheckpoint);
    const QJsonObject json = QJsonDocument::fromJson(content).object();
    const auto text = [&json](const QString &key) { return json.value(key).toString(); };
    const auto number = [&json](const QString &key) { return json.value(key).toInteger(-1); };

    AuditCheckpointInfo info;
    info.workspace = text(u"workspace"_s);
    info.head.firstEntryHash = text(u"first_entry_hash"_s);
    info.head.entryId = number(u"entry_id"_s);
    info.head.entryHash = text(u"entry_hash"_s);
    info.head.entries = number(u"entries"_s);
    const QDateTime createdAt = QDateTime::fromString(text(u"created_at"_s), Qt::ISODateWithMs);
    info.createdAt = createdAt.toMSecsSinceEpoch();
    info.publicKey = text(u"public_key"_s);
    const std::optional<PublicKey> carriedKey = decoded<crypto_sign_PUBLICKEYBYTES>(info.publicKey.toLatin1());
    const std::optional<Signature> signature = decoded<crypto_sign_BYTES>(text(u"signature"_s).toLatin1());
    if (content.size() > largestCheckpoint || text(u"format"_s) != formatName
        || json.value(u"version"_s).toInt() != formatVersion || info.head.entryId < 1 || info.head.entries < 1
        || info.head.entryHash.isEmpty() || info.head.firstEntryHash.isEmpty() || !createdAt.isValid() || !carriedKey
        || !signature) {
        throw Error(tr("%1 is not a Tandem audit checkpoint, or it is damaged.").arg(shown(checkpointFile)));
    }
    if (!publicKeyFile.isEmpty() && readPublicKey(publicKeyFile) != *carriedKey) {
        throw Error(tr("The checkpoint %1 was signed with another key than the one in %2, so it proves nothing "
                       "about this trail.")
                .arg(shown(checkpointFile), shown(publicKeyFile)));
    }
    const QByteArray message = signedBytes(info);
    if (crypto_sign_verify_detached(signature->data(), reinterpret_cast<const unsigned char *>(message.constData()),
            static_cast<unsigned long long>(message.size()), carriedKey->data())
        != 0) {
        throw Error(tr("The checkpoint %1 does not match its signature: it was changed after it was signed, so it "
                       "proves nothing about this trail.")
                .arg(shown(checkpointFile)));
    }
    return info;
}

} // namespace tandem

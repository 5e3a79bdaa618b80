// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/KeychainSecretStore.h"

#include "services/FileSecretStore.h"
#include "services/ServiceError.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const QString serviceName = u"Tandem"_s;

// Runs the job to its end on this thread.
void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

QString KeychainSecretStore::description() const
{
    return tr("the keyring");
}

std::optional<QString> KeychainSecretStore::read(const QString &key) const
{
    QKeychain::ReadPasswordJob job(serviceName);
    job.setKey(key);
    runToEnd(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::nullopt;
    if (job.error() != QKeychain::NoError)
        throw ServiceError(tr("The password could not be read from the keyring: %1").arg(job.errorString()));
    return job.textData();
}

void KeychainSecretStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(serviceName);
    job.setKey(key);
    job.setTextData(secret);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        throw ServiceError(tr("The password could not be stored in the keyring: %1").arg(job.errorString()));
}

void KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(serviceName);
    job.setKey(key);
    runToEnd(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        throw ServiceError(tr("The password could not be removed from the keyring: %1").arg(job.errorString()));
}

std::shared_ptr<SecretStore> SecretStore::forThisProcess(const QString &file)
{
    const QString path = file.isEmpty() ? qEnvironmentVariable(fileVariable) : file;
    if (!path.isEmpty())
        return std::make_shared<FileSecretStore>(path);
    return std::make_shared<KeychainSecretStore>();
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/OutboxWorker.h"

#include "domain/Error.h"
#include "services/OutboxService.h"
#include "services/ServicesLog.h"

#include <QThread>

#include <memory>

namespace tandem {

OutboxWorker::OutboxWorker(OutboxService &service, QObject *parent) : QObject(parent), m_service(service)
{
    connect(&m_timer, &QTimer::timeout, this, &OutboxWorker::kick);
}

OutboxWorker::~OutboxWorker() = default;

void OutboxWorker::start(int intervalMs)
{
    // A queued connection: the change a claim or an outcome announces must not re-enter kick().
    connect(&m_service, &OutboxService::changed, this, &OutboxWorker::kick, Qt::QueuedConnection);
    m_timer.start(intervalMs);
    kick();
}

void OutboxWorker::kick()
{
    if (m_busy)
        return; // the delivery's end looks again
    std::optional<OutboxService::Claim> claim;
    try {
        claim = m_service.claimNext();
    } catch (const Error &error) {
        qCWarning(lcServices) << "the outbox could not be read:" << error.message();
        return;
    }
    if (!claim)
        return;
    m_busy = true;
    auto result = std::make_shared<DeliveryResult>();
    // The thread holds its own reference to the connector, so a connector replaced meanwhile lives on until
    // its delivery ends.
    QThread *delivery = QThread::create([connector = claim->connector, message = claim->message, result] {
        try {
            *result = connector->deliver(message);
        } catch (const std::exception &error) {
            *result = DeliveryResult::temporaryFailure(QString::fromUtf8(error.what()));
        }
    });
    connect(delivery, &QThread::finished, delivery, &QObject::deleteLater);
    connect(delivery, &QThread::finished, this, [this, held = *claim, result] {
        m_busy = false;
        try {
            m_service.finish(held, *result);
        } catch (const Error &error) {
            // The entry stays 'sending' and is delivered again, under the same key, once its claim is old.
            qCWarning(lcServices) << "the outcome of a delivery could not be recorded:" << error.message();
        }
        emit delivered();
        kick();
    });
    delivery->start();
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/ChannelConnector.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace tandem {

// A connector that "delivers" every reply as one file in a folder, named by its delivery key: what tests,
// screenshots and a trial desk use instead of a real channel. The app and tandemctl use it when
// TANDEM_SPOOL_CONNECTOR_DIR names a folder, for every channel.
//
// A file is written whole under a temporary name and then renamed to the key without replacing anything,
// so the folder never holds half a message and never two of one: when the key's file is there already the
// message is reported delivered before and nothing is written.
//
// Told to fail: a file FAIL in the folder (or TANDEM_SPOOL_CONNECTOR_FAIL) holding "permanent: why" or
// "temporary: why" makes every delivery fail so; TANDEM_SPOOL_CONNECTOR_STALL_MS makes each delivery wait
// that long before it writes (a slow server), TANDEM_SPOOL_CONNECTOR_STALL_AFTER_MS after it wrote (an
// answer lost on the way back): the crash tests kill a worker in those moments.
class SpoolConnector : public ChannelConnector
{
    Q_DECLARE_TR_FUNCTIONS(tandem::SpoolConnector)

public:
    static constexpr auto directoryVariable = "TANDEM_SPOOL_CONNECTOR_DIR";
    static constexpr auto failVariable = "TANDEM_SPOOL_CONNECTOR_FAIL";
    static constexpr auto stallVariable = "TANDEM_SPOOL_CONNECTOR_STALL_MS";
    static constexpr auto stallAfterVariable = "TANDEM_SPOOL_CONNECTOR_STALL_AFTER_MS";
    static constexpr auto failFileName = "FAIL";

    explicit SpoolConnector(QString directory, int stallMs = 0, int stallAfterMs = 0);
    // The connector the environment asks for, or none.
    [[nodiscard]] static std::shared_ptr<SpoolConnector> fromEnvironment();

    [[nodiscard]] QList<Channel> channels() const override;
    [[nodiscard]] DeliveryResult deliver(const OutgoingMessage &message) override;

    [[nodiscard]] QString directory() const { return m_directory; }
    // The file a message with this key is delivered to.
    [[nodiscard]] QString fileFor(const QString &deliveryKey) const;

private:
    // The failure the folder or the environment asks for, if any.
    [[nodiscard]] std::optional<DeliveryResult> toldToFail() const;

    QString m_directory;
    int m_stallMs = 0;
    int m_stallAfterMs = 0;
};

} // namespace tandem

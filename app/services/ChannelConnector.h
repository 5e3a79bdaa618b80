// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/OutgoingMessage.h"

#include <QList>

namespace tandem {

// The way replies leave for one or more channels (e-mail through a mail server, a chat platform, ...).
//
// deliver() may be slow (a server far away) and may fail because the other side is gone; the outbox
// calls it off the UI thread, one message at a time per worker, and never inside a database transaction.
// It must be callable from any thread. A connector recognises a delivery key it delivered before and
// reports it delivered without sending again: a worker that died after handing a message over but before
// recording it delivers the same message again under the same key, and this check is what keeps the
// customer from getting it twice.
class ChannelConnector
{
public:
    virtual ~ChannelConnector() = default;
    ChannelConnector(const ChannelConnector &) = delete;
    ChannelConnector &operator=(const ChannelConnector &) = delete;

    [[nodiscard]] virtual QList<Channel> channels() const = 0;
    [[nodiscard]] virtual DeliveryResult deliver(const OutgoingMessage &message) = 0;

protected:
    ChannelConnector() = default;
};

} // namespace tandem

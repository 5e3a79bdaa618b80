// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QTimer>

namespace tandem {

class OutboxService;

// Sends the outbox in the background of a window: on a timer and whenever the workspace changes (a reply
// was queued, a retry asked for), one entry at a time. Claims and outcomes are short transactions on the
// owner's thread; the connector's delivery, which may take as long as a far server does, runs on a thread
// of its own, so the UI never waits for it. When the window closes during a delivery, the entry stays
// 'sending' and a later worker delivers it again under the same key (see OutboxService).
class OutboxWorker : public QObject
{
    Q_OBJECT

public:
    explicit OutboxWorker(OutboxService &service, QObject *parent = nullptr);
    ~OutboxWorker() override;

    // Starts looking for due entries every `intervalMs` and on every change.
    void start(int intervalMs = 15000);
    // Looks for a due entry now, unless a delivery is under way (it looks again when that ends).
    void kick();
    [[nodiscard]] bool isBusy() const { return m_busy; }

signals:
    // One delivery ended (sent or failed): tests wait on it.
    void delivered();

private:
    OutboxService &m_service;
    QTimer m_timer;
    bool m_busy = false;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/EscalationService.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace tandem {

class MessageContentService;

// One escalation as the specialist takes it over: what is wrong, everything the rep collected (steps,
// expected and actual behaviour, environment, what was tried, the technical attachments highlighted
// read-only, the interactions the rep picked), its history, and the customer with their recent
// timeline, so nobody has to ask the customer again.
class HandoffCard : public QWidget
{
    Q_OBJECT

public:
    HandoffCard(EscalationService &service, Actor actor, QWidget *parent = nullptr);

    // Loads and shows an escalation (0: none). Returns false when it could not be read.
    bool showEscalation(Id escalationId);
    // Reads the shown escalation again (after a change).
    void reload();
    [[nodiscard]] Id escalationId() const { return m_escalationId; }
    [[nodiscard]] const std::optional<HandoffDetails> &details() const { return m_details; }
    // Lets the card list the files from the customer's mail attached to the escalation, to read and save.
    void setMessageContentService(const MessageContentService *content);

signals:
    void loadFailed(const QString &message);
    // Something the agent asked for (reading or saving a file) did not work; the message says why.
    void failed(const QString &message);

private:
    void rebuild();
    void addMailFiles(QVBoxLayout *layout, QWidget *content);

    EscalationService &m_service;
    const MessageContentService *m_content = nullptr;
    Actor m_actor;
    Id m_escalationId = 0;
    std::optional<HandoffDetails> m_details;
    QScrollArea *m_scroll;
    QLabel *m_placeholder;
};

} // namespace tandem

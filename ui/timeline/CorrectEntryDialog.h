// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"
#include "services/Actor.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace tandem {

class MessageBanner;
class TimelineService;

// Corrects a timeline entry that was filed wrong: its type, channel, direction, cause, subject and text,
// filled in from the entry. Saving logs the correction as a new entry that supersedes the old one; the old
// one stays on the timeline, marked. A refused correction keeps the dialog open with the reason.
class CorrectEntryDialog : public QDialog
{
    Q_OBJECT

public:
    CorrectEntryDialog(TimelineService &timeline, Actor actor, Interaction entry, QWidget *parent = nullptr);

    // The correction's id once saved, otherwise 0.
    [[nodiscard]] Id correctionId() const { return m_correctionId; }
    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }
    [[nodiscard]] QPlainTextEdit *bodyEdit() const { return m_body; }

    void accept() override;

private:
    void updateCauseRow();

    TimelineService &m_timeline;
    Actor m_actor;
    Interaction m_entry;
    Id m_correctionId = 0;
    MessageBanner *m_message;
    QComboBox *m_kind;
    QComboBox *m_channel;
    QComboBox *m_direction;
    QComboBox *m_cause;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
};

} // namespace tandem

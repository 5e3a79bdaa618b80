// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"
#include "services/Actor.h"

#include <QDateTime>
#include <QDialog>

class QButtonGroup;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace tandem {

class FollowUpService;
enum class FollowUpWhen;

// "Call back in 3 days": schedules a follow-up with a customer for the signed-in agent. Quick choices
// (tomorrow, in three days, next week) or a date and time, and a note for whoever calls.
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    FollowUpDialog(
        FollowUpService &service, Actor actor, Id customerId, const QString &customerName, QWidget *parent = nullptr);

    // Picks a quick choice.
    void choose(FollowUpWhen when);
    // Picks an exact date and time.
    void chooseDateTime(const QDateTime &due);
    void setNote(const QString &note);
    // When the follow-up would be due as the dialog stands.
    [[nodiscard]] QDateTime dueTime() const;
    // The new follow-up's id after a successful save, else 0.
    [[nodiscard]] Id scheduledId() const { return m_scheduledId; }
    [[nodiscard]] QString errorText() const;

    // Schedules; on a refusal the dialog stays open and says why.
    void accept() override;

private:
    QDateTime now() const;
    QRadioButton *quickChoice(FollowUpWhen when, const QString &label);
    void updateSummary();

    FollowUpService &m_service;
    Actor m_actor;
    Id m_customerId;
    Id m_scheduledId = 0;
    QButtonGroup *m_choices;
    QRadioButton *m_exact;
    QDateTimeEdit *m_dateTime;
    QPlainTextEdit *m_note;
    QLabel *m_summary;
    QLabel *m_error;
};

} // namespace tandem

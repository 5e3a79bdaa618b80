// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "followups/FollowUpDialog.h"

#include "DateTimeText.h"
#include "domain/Error.h"
#include "services/FollowUpService.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

constexpr int exactChoice = 100; // beside FollowUpWhen values; -1 would make QButtonGroup pick an id

QString whenText(const QDateTime &due)
{
    return QLocale().toString(due, u"dddd d MMMM, "_s + minutesTimeFormat());
}

} // namespace

FollowUpDialog::FollowUpDialog(
    FollowUpService &service, Actor actor, Id customerId, const QString &customerName, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_actor(std::move(actor)),
      m_customerId(customerId),
      m_choices(new QButtonGroup(this)),
      m_exact(new QRadioButton(tr("&On:"), this)),
      m_dateTime(new QDateTimeEdit(this)),
      m_note(new QPlainTextEdit(this)),
      m_summary(new QLabel(this)),
      m_error(new QLabel(this))
{
    setObjectName(u"followUpDialog"_s);
    setWindowTitle(tr("Follow Up with %1").arg(customerName));

    auto *intro = new QLabel(tr("When should you get back to %1?").arg(customerName), this);
    intro->setTextFormat(Qt::PlainText);
    auto *choices = new QGridLayout;
    const QList<std::pair<FollowUpWhen, QString>> quick { { FollowUpWhen::NextWorkingDay, tr("Next working &day") },
        { FollowUpWhen::InThreeWorkingDays, tr("In &3 working days") }, { FollowUpWhen::NextWeek, tr("&Next week") } };
    int row = 0;
    for (const auto &[when, label] : quick) {
        QRadioButton *button = quickChoice(when, label);
        auto *date = new QLabel(whenText(FollowUpService::dueTimeFor(when, now())), this);
        date->setForegroundRole(QPalette::PlaceholderText);
        choices->addWidget(button, row, 0);
        choices->addWidget(date, row, 1);
        ++row;
    }
    m_choices->addButton(m_exact, exactChoice);
    m_dateTime->setCalendarPopup(true);
    m_dateTime->setDateTime(FollowUpService::dueTimeFor(FollowUpWhen::NextWorkingDay, now()));
    m_dateTime->setMinimumDateTime(now().addSecs(-60));
    m_dateTime->setAccessibleName(tr("Due date and time"));
    choices->addWidget(m_exact, row, 0);
    choices->addWidget(m_dateTime, row, 1);
    choices->setColumnStretch(1, 1);

    m_note->setPlaceholderText(tr("What to follow up on, e.g. “Check the replacement arrived”"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 5);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *schedule = buttons->addButton(tr("&Schedule"), QDialogButtonBox::AcceptRole);
    schedule->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FollowUpDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(choices);
    layout->addSpacing(4);
    layout->addWidget(new QLabel(tr("Note:"), this));
    layout->addWidget(m_note);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateSummary();
    });
    connect(m_dateTime, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_exact->setChecked(true);
        updateSummary();
    });
    choose(FollowUpWhen::InThreeWorkingDays);
    setMinimumWidth(420);
}

QRadioButton *FollowUpDialog::quickChoice(FollowUpWhen when, const QString &label)
{
    auto *button = new QRadioButton(label, this);
    m_choices->addButton(button, int(when));
    return button;
}

QDateTime FollowUpDialog::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_service.clock().now()).toLocalTime();
}

void FollowUpDialog::choose(FollowUpWhen when)
{
    m_choices->button(int(when))->setChecked(true);
    updateSummary();
}

void FollowUpDialog::chooseDateTime(const QDateTime &due)
{
    m_dateTime->setDateTime(due.toLocalTime());
    m_exact->setChecked(true);
    updateSummary();
}

void FollowUpDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

QDateTime FollowUpDialog::dueTime() const
{
    const int choice = m_choices->checkedId();
    if (choice == exactChoice)
        return m_dateTime->dateTime();
    return FollowUpService::dueTimeFor(FollowUpWhen(choice), now());
}

QString FollowUpDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FollowUpDialog::updateSummary()
{
    m_summary->setText(
        tr("Due %1. It shows in your follow-ups and on the customer's timeline.").arg(whenText(dueTime())));
}

void FollowUpDialog::accept()
{
    m_error->setVisible(false);
    try {
        m_scheduledId = m_service.schedule(m_actor, m_customerId, dueTime().toMSecsSinceEpoch(), m_note->toPlainText());
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timeline/CorrectEntryDialog.h"

#include "InteractionIcons.h"
#include "MessageBanner.h"
#include "domain/Error.h"
#include "services/TimelineService.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// What an agent logs by hand (the compose panel's kinds); the others are made by the app itself.
const QList<InteractionKind> &correctableKinds()
{
    static const QList<InteractionKind> kinds { InteractionKind::Call, InteractionKind::Message, InteractionKind::Note,
        InteractionKind::Complaint, InteractionKind::Order, InteractionKind::Refund, InteractionKind::Feedback };
    return kinds;
}

} // namespace

CorrectEntryDialog::CorrectEntryDialog(TimelineService &timeline, Actor actor, Interaction entry, QWidget *parent)
    : QDialog(parent),
      m_timeline(timeline),
      m_actor(std::move(actor)),
      m_entry(std::move(entry)),
      m_message(new MessageBanner(this)),
      m_kind(new QComboBox(this)),
      m_channel(new QComboBox(this)),
      m_direction(new QComboBox(this)),
      m_cause(new QComboBox(this)),
      m_subject(new QLineEdit(m_entry.subject, this)),
      m_body(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Correct Entry"));
    const QString when
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_entry.occurredAt).toLocalTime(), QLocale::ShortFormat);
    auto *intro = new QLabel(tr("%1 of %2. The entry stays on the timeline, marked as corrected; the correction "
                                "takes its place, and the KPIs count only the correction.")
                                 .arg(displayName(m_entry.kind), when),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    QList<InteractionKind> kinds = correctableKinds();
    if (!kinds.contains(m_entry.kind))
        kinds.append(m_entry.kind);
    for (const InteractionKind kind : std::as_const(kinds))
        m_kind->addItem(InteractionIcons::icon(kind), displayName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(m_entry.kind)));
    for (const Channel channel : allValues<Channel>())
        m_channel->addItem(InteractionIcons::icon(channel), displayName(channel), int(channel));
    m_channel->setCurrentIndex(m_channel->findData(int(m_entry.channel)));
    for (const Direction direction : allValues<Direction>())
        m_direction->addItem(InteractionIcons::icon(direction), displayName(direction), int(direction));
    m_direction->setCurrentIndex(m_direction->findData(int(m_entry.direction)));
    try {
        for (const auto &[id, name] : m_timeline.complaintCauses())
            m_cause->addItem(name, id);
    } catch (const Error &error) {
        m_message->showError(error.message());
    }
    if (m_entry.complaintCauseId)
        m_cause->setCurrentIndex(qMax(0, m_cause->findData(*m_entry.complaintCauseId)));
    m_body->setPlainText(m_entry.body);
    m_body->setTabChangesFocus(true);
    m_kind->setAccessibleName(tr("Type of entry"));
    m_channel->setAccessibleName(tr("Channel"));
    m_direction->setAccessibleName(tr("Direction"));
    m_cause->setAccessibleName(tr("Complaint cause"));
    m_subject->setAccessibleName(tr("Subject"));
    m_body->setAccessibleName(tr("Text"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_kind);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("C&ause:"), m_cause);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("Te&xt:"), m_body);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save &Correction"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CorrectEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CorrectEntryDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CorrectEntryDialog::updateCauseRow);
    updateCauseRow();
    resize(560, 460);
    m_kind->setFocus();
}

void CorrectEntryDialog::updateCauseRow()
{
    const bool complaint = InteractionKind(m_kind->currentData().toInt()) == InteractionKind::Complaint;
    m_cause->setEnabled(complaint);
}

void CorrectEntryDialog::accept()
{
    Interaction corrected = m_entry;
    corrected.kind = InteractionKind(m_kind->currentData().toInt());
    corrected.channel = Channel(m_channel->currentData().toInt());
    corrected.direction = Direction(m_direction->currentData().toInt());
    corrected.complaintCauseId = corrected.kind == InteractionKind::Complaint && m_cause->currentIndex() >= 0
        ? std::optional<Id>(m_cause->currentData().toLongLong())
        : std::nullopt;
    corrected.subject = m_subject->text();
    corrected.body = m_body->toPlainText();
    try {
        m_correctionId = m_timeline.correctInteraction(m_actor, m_entry.id, corrected);
    } catch (const Error &error) {
        m_message->showError(error.message());
        return;
    }
    QDialog::accept();
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DetailsPanel.h"

#include "timeline/BodyViewer.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent),
      m_name(valueLabel(this)),
      m_company(valueLabel(this)),
      m_email(valueLabel(this)),
      m_phone(valueLabel(this)),
      m_tier(valueLabel(this)),
      m_lifecycle(valueLabel(this)),
      m_tags(valueLabel(this)),
      m_events(valueLabel(this)),
      m_eventHeader(valueLabel(this)),
      m_body(new BodyViewer(this))
{
    QFont title = m_name->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setWeight(QFont::DemiBold);
    m_name->setFont(title);

    auto *form = new QFormLayout;
    form->addRow(tr("Company:"), m_company);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Tier:"), m_tier);
    form->addRow(tr("Lifecycle:"), m_lifecycle);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("Timeline:"), m_events);

    QFont eventFont = m_eventHeader->font();
    eventFont.setWeight(QFont::DemiBold);
    m_eventHeader->setFont(eventFont);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_eventHeader);
    layout->addWidget(m_body, 1);
    showCustomer(std::nullopt, 0);
}

void DetailsPanel::showCustomer(const std::optional<Customer> &customer, qint64 eventCount)
{
    if (!customer) {
        m_name->setText(tr("No customer selected"));
        for (QLabel *label : { m_company, m_email, m_phone, m_tier, m_lifecycle, m_tags, m_events })
            label->clear();
        showInteraction(std::nullopt);
        return;
    }
    m_name->setText(customer->displayName());
    m_company->setText(customer->company.isEmpty() ? tr("—") : customer->company);
    m_email->setText(customer->email);
    m_phone->setText(customer->phone);
    m_tier->setText(displayName(customer->tier));
    m_lifecycle->setText(displayName(customer->lifecycle));
    m_tags->setText(customer->tags.isEmpty() ? tr("—") : customer->tags.join(u", "_s));
    m_events->setText(tr("%n event(s)", nullptr, int(qMin<qint64>(eventCount, std::numeric_limits<int>::max()))));
    showInteraction(std::nullopt);
}

void DetailsPanel::showInteraction(const std::optional<Interaction> &interaction)
{
    if (!interaction) {
        m_eventHeader->clear();
        m_body->clear();
        return;
    }
    // The long date with the time to the second; the long format's spelled-out time zone adds nothing here.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(interaction->occurredAt).toLocalTime();
    const QString when
        = QLocale().toString(at.date(), QLocale::LongFormat) + u' ' + QLocale().toString(at.time(), u"HH:mm:ss"_s);
    QString header = displayName(interaction->kind) + u" · "_s + displayName(interaction->channel) + u" · "_s + when;
    if (!interaction->complaintCause.isEmpty())
        header += u"\n"_s + tr("Cause: %1").arg(interaction->complaintCause);
    if (!interaction->subject.isEmpty())
        header += u"\n"_s + interaction->subject;
    m_eventHeader->setText(header);
    m_body->setBody(interaction->body, interaction->bodyFormat);
}

} // namespace tandem

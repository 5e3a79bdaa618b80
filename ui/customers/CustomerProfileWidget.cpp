// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "customers/CustomerProfileWidget.h"

#include "customers/CustomerEditDialog.h"
#include "customers/MergeCustomersDialog.h"
#include "domain/Error.h"
#include "services/CustomerProfileService.h"
#include "services/CustomerService.h"

#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

QString symbolOf(const QString &currency)
{
    if (currency == u"EUR"_s)
        return u"€"_s;
    if (currency == u"USD"_s)
        return u"$"_s;
    if (currency == u"GBP"_s)
        return u"£"_s;
    return currency;
}

QString money(const MoneyTotal &total)
{
    if (total.currency.isEmpty())
        return QLocale().toString(double(total.cents) / 100.0, 'f', 2);
    return QLocale().toCurrencyString(double(total.cents) / 100.0, symbolOf(total.currency), 2);
}

QString moneyList(const QList<MoneyTotal> &totals)
{
    QStringList parts;
    for (const MoneyTotal &total : totals)
        parts.append(money(total));
    return parts.join(u" + "_s);
}

QString dateOf(Millis at)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).toLocalTime().date(), QLocale::ShortFormat);
}

QString ago(Millis at, Millis now)
{
    // Calendar days, as people count them: last evening is "yesterday" this morning.
    const qint64 days = QDateTime::fromMSecsSinceEpoch(at).toLocalTime().date().daysTo(
        QDateTime::fromMSecsSinceEpoch(now).toLocalTime().date());
    if (days <= 0)
        return CustomerProfileWidget::tr("today");
    if (days == 1)
        return CustomerProfileWidget::tr("yesterday");
    return CustomerProfileWidget::tr("%n day(s) ago", nullptr, int(qMin<qint64>(days, 100000)));
}

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CustomerProfileWidget::CustomerProfileWidget(
    CustomerService &customers, CustomerProfileService &profiles, Actor actor, QWidget *parent)
    : QWidget(parent),
      m_customers(customers),
      m_profiles(profiles),
      m_actor(std::move(actor)),
      m_name(plainLabel(this)),
      m_contact(plainLabel(this)),
      m_attributes(plainLabel(this)),
      m_merged(plainLabel(this)),
      m_edit(new QPushButton(tr("&Edit…"), this)),
      m_merge(new QPushButton(tr("&Merge Duplicate…"), this)),
      m_separate(new QPushButton(tr("&Separate…"), this))
{
    setObjectName(u"customerProfile"_s);
    QFont title = m_name->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setWeight(QFont::DemiBold);
    m_name->setFont(title);
    m_name->setObjectName(u"profileName"_s);
    m_contact->setWordWrap(true);
    m_attributes->setWordWrap(true);
    m_attributes->setForegroundRole(QPalette::PlaceholderText);
    m_merged->setWordWrap(true);
    m_edit->setToolTip(tr("Change the name, contact details, tier, lifecycle and tags"));
    m_merge->setToolTip(tr("Move a duplicate record's history into this customer"));
    m_separate->setToolTip(tr("Undo the merge of a duplicate into this customer"));

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_name, 1);
    heading->addWidget(m_edit);
    heading->addWidget(m_merge);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(10);
    addFigure(grid, Figure::Orders, tr("Orders"), 0, 0);
    addFigure(grid, Figure::Refunds, tr("Refunds"), 0, 1);
    addFigure(grid, Figure::Interactions, tr("Timeline entries"), 0, 2);
    addFigure(grid, Figure::Csat, tr("Latest CSAT"), 1, 0);
    addFigure(grid, Figure::Nps, tr("Latest NPS"), 1, 1);
    addFigure(grid, Figure::Ces, tr("Latest CES"), 1, 2);
    addFigure(grid, Figure::Escalations, tr("Open escalations"), 2, 0);
    addFigure(grid, Figure::FollowUps, tr("Open follow-ups"), 2, 1);
    addFigure(grid, Figure::Contact, tr("Last contact"), 2, 2);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);

    auto *mergedRow = new QHBoxLayout;
    mergedRow->addWidget(m_merged, 1);
    mergedRow->addWidget(m_separate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(m_contact);
    layout->addWidget(m_attributes);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addLayout(mergedRow);
    layout->addStretch(1);

    connect(m_edit, &QPushButton::clicked, this, &CustomerProfileWidget::openEditDialog);
    connect(m_merge, &QPushButton::clicked, this, &CustomerProfileWidget::openMergeDialog);
    connect(m_separate, &QPushButton::clicked, this, &CustomerProfileWidget::chooseAndSeparate);
    connect(&m_profiles, &CustomerProfileService::changed, this, &CustomerProfileWidget::reload);
    setCustomer(0);
}

void CustomerProfileWidget::addFigure(QGridLayout *grid, Figure figure, const QString &caption, int row, int column)
{
    auto *box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    box->setAccessibleName(caption);
    auto *captionLabel = new QLabel(caption, box);
    QFont small = captionLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    captionLabel->setFont(small);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    FigureBox labels { plainLabel(box), plainLabel(box) };
    QFont big = labels.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setWeight(QFont::DemiBold);
    labels.value->setFont(big);
    labels.detail->setFont(small);
    labels.detail->setWordWrap(true);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(2);
    layout->addWidget(captionLabel);
    layout->addWidget(labels.value);
    layout->addWidget(labels.detail);
    layout->addStretch(1);
    grid->addWidget(box, row, column);
    m_figures.insert(figure, labels);
}

void CustomerProfileWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_edit->setVisible(!readOnly);
    m_merge->setVisible(!readOnly);
    if (readOnly)
        m_separate->setVisible(false);
}

void CustomerProfileWidget::setCustomer(Id customerId)
{
    m_customerId = customerId;
    reload();
}

void CustomerProfileWidget::reload()
{
    if (m_customerId == 0) {
        display(std::nullopt, {});
        return;
    }
    try {
        const std::optional<Customer> customer = m_customers.customer(m_customerId);
        display(customer, customer ? m_profiles.profile(m_customerId) : CustomerProfile {});
    } catch (const Error &error) {
        emit failed(error.message());
    }
}

void CustomerProfileWidget::setFigure(Figure figure, const QString &value, const QString &detail, bool alert)
{
    const FigureBox &box = m_figures[figure];
    box.value->setText(value);
    box.detail->setText(detail);
    box.detail->setStyleSheet(alert ? u"color: #b3261e; font-weight: 600;"_s : QString());
}

void CustomerProfileWidget::display(const std::optional<Customer> &customer, const CustomerProfile &profile)
{
    m_customer = customer;
    m_profile = profile;
    const bool shown = customer.has_value();
    m_edit->setEnabled(shown && !customer->mergedInto);
    m_merge->setEnabled(shown && !customer->mergedInto);
    if (!shown) {
        m_name->setText(tr("No customer selected"));
        m_contact->clear();
        m_attributes->clear();
        for (const FigureBox &box : std::as_const(m_figures)) {
            box.value->setText(u"—"_s);
            box.detail->clear();
        }
        m_merged->setVisible(false);
        m_separate->setVisible(false);
        return;
    }

    m_name->setText(customer->displayName());
    QStringList contact;
    for (const QString &part : { customer->company, customer->email, customer->phone }) {
        if (!part.isEmpty())
            contact.append(part);
    }
    m_contact->setText(contact.join(u"  ·  "_s));
    QString attributes = displayName(customer->tier) + u"  ·  "_s + displayName(customer->lifecycle);
    if (!customer->tags.isEmpty())
        attributes += u"  ·  "_s + tr("Tags: %1").arg(customer->tags.join(u", "_s));
    if (customer->mergedInto)
        attributes += u"  ·  "_s + tr("merged into customer #%1").arg(*customer->mergedInto);
    m_attributes->setText(attributes);

    setFigure(Figure::Orders, QLocale().toString(profile.orders),
        profile.orderTotals.isEmpty() ? tr("No orders yet") : moneyList(profile.orderTotals));
    setFigure(Figure::Refunds, QLocale().toString(profile.refunds),
        profile.refundTotals.isEmpty() ? tr("No refunds") : moneyList(profile.refundTotals));
    setFigure(Figure::Interactions, QLocale().toString(profile.interactions),
        profile.firstContactAt ? tr("First contact %1").arg(dateOf(*profile.firstContactAt)) : tr("No contact yet"));
    const auto survey = [this](Figure figure, const std::optional<SurveyAnswer> &answer, int scale) {
        if (!answer) {
            setFigure(figure, u"—"_s, tr("No answer yet"));
            return;
        }
        QString detail = dateOf(answer->answeredAt);
        if (!answer->comment.isEmpty())
            detail += u" · “"_s + answer->comment.left(80) + u"”"_s;
        setFigure(figure, tr("%1 of %2").arg(answer->score).arg(scale), detail);
    };
    survey(Figure::Csat, profile.lastCsat, 5);
    survey(Figure::Nps, profile.lastNps, 10);
    survey(Figure::Ces, profile.lastCes, 7);
    setFigure(Figure::Escalations, QLocale().toString(profile.openEscalations),
        profile.openEscalations > 0 ? tr("with support or waiting to be closed") : tr("None open"));
    setFigure(Figure::FollowUps, QLocale().toString(profile.openFollowUps),
        profile.overdueFollowUps > 0 ? tr("%n overdue", nullptr, int(profile.overdueFollowUps))
                                     : (profile.openFollowUps > 0 ? tr("None overdue") : tr("Nothing planned")),
        profile.overdueFollowUps > 0);
    if (profile.lastContactAt)
        setFigure(
            Figure::Contact, ago(*profile.lastContactAt, m_profiles.clock().now()), dateOf(*profile.lastContactAt));
    else
        setFigure(Figure::Contact, u"—"_s, tr("No contact yet"));

    QStringList merged;
    for (const MergedDuplicate &duplicate : profile.mergedDuplicates)
        merged.append(u"%1 (#%2)"_s.arg(duplicate.name).arg(duplicate.id));
    m_merged->setText(tr("Merged into this customer: %1").arg(merged.join(u", "_s)));
    m_merged->setVisible(!merged.isEmpty());
    m_separate->setVisible(!merged.isEmpty() && !m_readOnly);
}

QString CustomerProfileWidget::figureValue(Figure figure) const
{
    return m_figures.value(figure).value->text();
}

QString CustomerProfileWidget::figureDetail(Figure figure) const
{
    return m_figures.value(figure).detail->text();
}

QString CustomerProfileWidget::nameText() const
{
    return m_name->text();
}

void CustomerProfileWidget::openEditDialog()
{
    if (!m_customer)
        return;
    auto *dialog = new CustomerEditDialog(m_profiles, m_actor, *m_customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        emit customerEdited(dialog->saved().id);
    });
    dialog->open();
}

void CustomerProfileWidget::openMergeDialog()
{
    if (!m_customer)
        return;
    auto *dialog = new MergeCustomersDialog(m_customers, m_profiles, m_actor, m_customer->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        if (dialog->result())
            emit customersMerged(dialog->result()->moved.keptId, dialog->result()->moved.mergedId);
    });
    dialog->open();
}

void CustomerProfileWidget::chooseAndSeparate()
{
    if (m_profile.mergedDuplicates.size() == 1) {
        separate(m_profile.mergedDuplicates.constFirst().id);
        return;
    }
    QMenu menu(this);
    for (const MergedDuplicate &duplicate : std::as_const(m_profile.mergedDuplicates)) {
        const Id id = duplicate.id;
        menu.addAction(u"%1 (#%2)"_s.arg(duplicate.name).arg(id), this, [this, id] { separate(id); });
    }
    menu.exec(m_separate->mapToGlobal(QPoint(0, m_separate->height())));
}

void CustomerProfileWidget::separate(Id mergedId)
{
    if (!m_customer)
        return;
    // Names are typed by people: the boxes show them as text, never as markup.
    QMessageBox ask(QMessageBox::Question, tr("Separate Customers"),
        tr("Move everything the merge brought from customer #%1 back to it, and list it again? Entries "
           "logged on %2 since stay with %2.")
            .arg(mergedId)
            .arg(m_customer->displayName()),
        QMessageBox::Yes | QMessageBox::No, this);
    ask.setTextFormat(Qt::PlainText);
    if (ask.exec() != QMessageBox::Yes)
        return;
    try {
        const CustomerMergeResult result = m_profiles.unmergeCustomer(m_actor, mergedId);
        reload();
        emit customerSeparated(result.moved.keptId, result.moved.mergedId);
    } catch (const Error &error) {
        QMessageBox refused(QMessageBox::Warning, tr("Separate Customers"), error.message(), QMessageBox::Ok, this);
        refused.setTextFormat(Qt::PlainText);
        refused.exec();
        emit failed(error.message());
    }
}

} // namespace tandem

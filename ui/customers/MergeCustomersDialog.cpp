// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "customers/MergeCustomersDialog.h"

#include "CustomerListDelegate.h"
#include "CustomerListModel.h"
#include "ModelRoles.h"
#include "domain/Error.h"
#include "services/CustomerService.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

QString labelOf(const Customer &customer)
{
    return u"%1 (#%2)"_s.arg(customer.displayName()).arg(customer.id);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"—"_s : text;
}

// Two customers side by side, as an HTML table with every value escaped.
QString comparisonTable(const Customer &kept, const std::optional<Customer> &duplicate)
{
    QString html = u"<table cellspacing='0' cellpadding='2'>"_s;
    const auto row
        = [&html, &duplicate](const QString &label, const QString &left, const QString &right, bool header = false) {
              const QString open = header ? u"<b>"_s : QString();
              const QString close = header ? u"</b>"_s : QString();
              html += u"<tr><td style='padding-right:12px'><i>"_s + label.toHtmlEscaped()
                  + u"</i></td><td style='padding-right:16px'>"_s + open + left.toHtmlEscaped() + close + u"</td>"_s;
              if (duplicate)
                  html += u"<td>"_s + open + right.toHtmlEscaped() + close + u"</td>"_s;
              html += u"</tr>"_s;
          };
    const auto date = [](Millis at) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).toLocalTime().date(), QLocale::ShortFormat);
    };
    const Customer other = duplicate.value_or(Customer {});
    row(QString(), MergeCustomersDialog::tr("Kept"), MergeCustomersDialog::tr("Duplicate"), true);
    row(MergeCustomersDialog::tr("Name"), labelOf(kept), labelOf(other));
    row(MergeCustomersDialog::tr("Email"), orDash(kept.email), orDash(other.email));
    row(MergeCustomersDialog::tr("Phone"), orDash(kept.phone), orDash(other.phone));
    row(MergeCustomersDialog::tr("Company"), orDash(kept.company), orDash(other.company));
    row(MergeCustomersDialog::tr("Tier"), displayName(kept.tier), displayName(other.tier));
    row(MergeCustomersDialog::tr("Customer since"), date(kept.createdAt), date(other.createdAt));
    return html + u"</table>"_s;
}

} // namespace

MergeCustomersDialog::MergeCustomersDialog(
    CustomerService &customers, CustomerProfileService &profiles, Actor actor, Id keepId, QWidget *parent)
    : QDialog(parent),
      m_customers(customers),
      m_profiles(profiles),
      m_actor(std::move(actor)),
      m_kept(customers.customer(keepId)),
      m_model(new CustomerListModel(customers, this)),
      m_search(new QLineEdit(this)),
      m_list(new QListView(this)),
      m_comparison(new QLabel(this)),
      m_preview(new QLabel(this)),
      m_error(new QLabel(this)),
      m_merge(new QPushButton(this)),
      m_typingPause(new QTimer(this))
{
    setObjectName(u"mergeCustomersDialog"_s);
    setWindowTitle(m_kept ? tr("Merge a Duplicate into %1").arg(m_kept->displayName()) : tr("Merge Customers"));

    auto *intro = new QLabel(tr("Find the duplicate record of this customer. Everything it holds moves to the "
                                "customer kept; the duplicate is hidden but never deleted, and the merge can be "
                                "undone from the kept customer's profile."),
        this);
    intro->setWordWrap(true);
    m_search->setPlaceholderText(tr("Find the duplicate by name, e-mail, company or phone"));
    m_search->setAccessibleName(tr("Find the duplicate"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(10000);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CustomerListDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Customers"));
    m_list->setMinimumWidth(240);
    m_comparison->setObjectName(u"comparison"_s);
    m_comparison->setTextFormat(Qt::RichText);
    m_comparison->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->setVisible(false);

    auto *details = new QVBoxLayout;
    details->addWidget(m_comparison);
    details->addSpacing(8);
    details->addWidget(m_preview, 1);
    details->addWidget(m_error);
    auto *middle = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_search);
    left->addWidget(m_list, 1);
    middle->addLayout(left, 1);
    middle->addSpacing(8);
    middle->addLayout(details, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge->setObjectName(u"mergeButton"_s);
    m_merge->setText(tr("Merge"));
    m_merge->setEnabled(false);
    buttons->addButton(m_merge, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeCustomersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeCustomersDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_typingPause, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showDuplicate({}); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &MergeCustomersDialog::showDuplicate);
    setFocusProxy(m_search);
    resize(820, 520);
    showDuplicate({});
}

MergeCustomersDialog::~MergeCustomersDialog()
{
    // The list view reads the model while it goes away; the model goes after it.
    delete m_list;
}

void MergeCustomersDialog::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_typingPause->stop();
    m_model->setSearchText(text);
}

bool MergeCustomersDialog::selectDuplicate(Id customerId)
{
    const int row = m_model->rowOf(customerId);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    return true;
}

QString MergeCustomersDialog::previewText() const
{
    return m_preview->text();
}

void MergeCustomersDialog::showDuplicate(const QModelIndex &current)
{
    m_error->setVisible(false);
    m_duplicateId = 0;
    m_merge->setEnabled(false);
    m_merge->setText(tr("Merge"));
    if (!m_kept) {
        m_comparison->clear();
        m_preview->setText(tr("The customer to keep no longer exists."));
        return;
    }
    const Id id = current.isValid() ? current.data(CustomerRoles::Id).toLongLong() : 0;
    std::optional<Customer> duplicate;
    try {
        if (id != 0)
            duplicate = m_customers.customer(id);
        if (!duplicate) {
            m_comparison->setText(comparisonTable(*m_kept, std::nullopt));
            m_preview->setText(tr("Choose the duplicate in the list."));
            return;
        }
        m_comparison->setText(comparisonTable(*m_kept, duplicate));
        if (duplicate->id == m_kept->id) {
            m_preview->setText(tr("That is the customer being kept; choose the duplicate."));
            return;
        }
        const CustomerMergePreview preview = m_profiles.mergePreview(m_kept->id, duplicate->id);
        QStringList moves { tr("%n interaction(s)", nullptr, int(preview.interactions)),
            tr("%n survey answer(s)", nullptr, int(preview.surveyResponses)),
            tr("%n follow-up(s)", nullptr, int(preview.followUps)),
            tr("%n escalation(s)", nullptr, int(preview.escalations)),
            tr("%n other contact(s)", nullptr, int(preview.contacts)) };
        QString text = tr("Merging moves from %1 to %2:").arg(labelOf(*duplicate), labelOf(*m_kept)) + u"\n  • "_s
            + moves.join(u"\n  • "_s);
        if (!preview.tagsAdded.isEmpty())
            text += u"\n  • "_s + tr("the tags %1").arg(preview.tagsAdded.join(u", "_s));
        text += u"\n\n"_s
            + tr("%1 then leaves the customer list. The merge is written on %2's timeline and in "
                 "the audit trail under your name.")
                  .arg(duplicate->displayName(), m_kept->displayName());
        m_preview->setText(text);
        m_duplicateId = duplicate->id;
        m_merge->setText(tr("Merge into %1").arg(m_kept->displayName()));
        m_merge->setEnabled(true);
    } catch (const Error &error) {
        m_preview->clear();
        m_error->setText(error.message());
        m_error->setVisible(true);
    }
}

void MergeCustomersDialog::accept()
{
    if (!m_kept || m_duplicateId == 0)
        return;
    try {
        m_result = m_profiles.mergeCustomers(m_actor, m_kept->id, m_duplicateId);
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace tandem

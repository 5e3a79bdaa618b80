// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "review/RecordsBrowser.h"

#include "DateTimeText.h"
#include "ModelRoles.h"
#include "domain/Error.h"
#include "domain/QaReview.h"
#include "review/QaScorecard.h"
#include "review/RecordsExportRunner.h"
#include "review/RecordsModel.h"
#include "services/RecordsService.h"
#include "services/ReviewAccess.h"
#include "services/ReviewService.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

constexpr Millis dayMs = 24LL * 60 * 60 * 1000;

template<typename E> QVariant listData(const QList<E> &values)
{
    QVariantList list;
    for (const E value : values)
        list.append(int(value));
    return list;
}

template<typename E> QList<E> listFrom(const QVariant &data)
{
    QList<E> values;
    for (const QVariant &value : data.toList())
        values.append(E(value.toInt()));
    return values;
}

// Selects the item carrying `data`, adding one named `name` when there is none (a drill-through can ask
// for two kinds at once, which the list does not offer).
void selectData(QComboBox *combo, const QVariant &data, const QString &name)
{
    int index = combo->findData(data);
    if (index < 0) {
        combo->addItem(name, data);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

template<typename E> QString namesOf(const QList<E> &values)
{
    QStringList names;
    for (const E value : values)
        names.append(displayName(value));
    return names.join(u", "_s);
}

Millis startOfDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch();
}

QDate dateOf(Millis millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis).toLocalTime().date();
}

} // namespace

RecordsBrowser::RecordsBrowser(RecordsService &records, ReviewService &reviews, Actor actor, QWidget *parent)
    : QWidget(parent),
      m_records(records),
      m_reviews(reviews),
      m_actor(std::move(actor)),
      m_model(new RecordsModel(records, m_actor, this)),
      m_type(new QComboBox(this)),
      m_agent(new QComboBox(this)),
      m_role(new QComboBox(this)),
      m_channel(new QComboBox(this)),
      m_kind(new QComboBox(this)),
      m_fromEnabled(new QCheckBox(tr("From"), this)),
      m_from(new QDateEdit(this)),
      m_toEnabled(new QCheckBox(tr("To"), this)),
      m_to(new QDateEdit(this)),
      m_sla(new QComboBox(this)),
      m_cause(new QComboBox(this)),
      m_customer(new QLineEdit(this)),
      m_reviewed(new QCheckBox(tr("With QA feedback"), this)),
      m_more(new QLabel(this)),
      m_clear(new QPushButton(tr("C&lear Filters"), this)),
      m_count(new QLabel(this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)),
      m_export(new QPushButton(tr("&Export CSV…"), this)),
      m_table(new QTableView(this)),
      m_record(new QTextBrowser(this)),
      m_scorecard(new QaScorecard(reviews, m_actor, this)),
      m_open(new QPushButton(tr("&Open in Timeline"), this)),
      m_score(new QPushButton(tr("Score &QA"), this)),
      m_status(new QLabel(this))
{
    setObjectName(u"recordsBrowser"_s);
    fillChoices();
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_from->setDate(today.addDays(-27));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_customer->setPlaceholderText(tr("Customer name, then Enter"));
    m_customer->setClearButtonEnabled(true);
    m_customer->setAccessibleName(tr("Customer"));
    m_more->setTextFormat(Qt::PlainText);
    m_more->setVisible(false);
    m_count->setTextFormat(Qt::PlainText);
    QFont bold = m_count->font();
    bold.setWeight(QFont::DemiBold);
    m_count->setFont(bold);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAccessibleName(tr("Records"));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(RecordsModel::SubjectColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthOf = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    header->resizeSection(
        RecordsModel::TimeColumn, widthOf(shortDateTimeText(QDateTime(QDate(2026, 12, 28), QTime(23, 58)))));
    header->resizeSection(RecordsModel::KindColumn, widthOf(tr("Escalation #%1 · %2").arg(9999).arg(u"Closed"_s)));
    header->resizeSection(RecordsModel::CustomerColumn, widthOf(u"Camille Martínez"_s));
    header->resizeSection(RecordsModel::AgentColumn, widthOf(u"Sam Carter → Priya Nair"_s));
    header->resizeSection(RecordsModel::ChannelColumn, widthOf(u"Social media"_s));
    header->resizeSection(RecordsModel::CauseColumn, widthOf(u"Refund delay"_s));
    header->resizeSection(RecordsModel::SlaColumn, widthOf(tr("Breached")));
    header->resizeSection(RecordsModel::QaColumn, widthOf(u"4.9"_s));
    updateSortIndicator();

    m_record->setOpenLinks(false);
    m_record->setAccessibleName(tr("Selected record"));
    m_record->setMinimumHeight(m_record->fontMetrics().height() * 5);
    m_scorecard->setVisible(false);
    m_score->setToolTip(tr("Score the selected record beside its text (Alt+Q)"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_score->setVisible(ReviewAccess::reviewsEveryone(m_actor));

    auto *firstRow = new QHBoxLayout;
    for (QWidget *widget :
        std::initializer_list<QWidget *> { m_type, m_agent, m_role, m_channel, m_kind, m_sla, m_cause })
        firstRow->addWidget(widget);
    firstRow->addStretch(1);
    auto *secondRow = new QHBoxLayout;
    secondRow->addWidget(m_fromEnabled);
    secondRow->addWidget(m_from);
    secondRow->addWidget(m_toEnabled);
    secondRow->addWidget(m_to);
    secondRow->addWidget(m_customer, 1);
    secondRow->addWidget(m_reviewed);
    secondRow->addWidget(m_clear);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count);
    countRow->addWidget(m_more);
    countRow->addStretch(1);
    countRow->addWidget(m_refresh);
    countRow->addWidget(m_export);
    auto *detailButtons = new QVBoxLayout;
    detailButtons->addWidget(m_open);
    detailButtons->addWidget(m_score);
    detailButtons->addStretch(1);
    auto *recordPane = new QWidget(this);
    auto *detailRow = new QHBoxLayout(recordPane);
    detailRow->setContentsMargins(0, 0, 0, 0);
    detailRow->addWidget(m_record, 1);
    detailRow->addLayout(detailButtons);
    // The scorecard sits beside the record it scores, never over it.
    auto *beside = new QSplitter(Qt::Horizontal, this);
    beside->setChildrenCollapsible(false);
    beside->addWidget(recordPane);
    beside->addWidget(m_scorecard);
    beside->setStretchFactor(0, 3);
    beside->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(beside);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(firstRow);
    layout->addLayout(secondRow);
    layout->addLayout(countRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    for (QComboBox *combo : { m_type, m_agent, m_role, m_channel, m_kind, m_sla, m_cause })
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordsBrowser::applyControls);
    for (QCheckBox *check : { m_fromEnabled, m_toEnabled, m_reviewed })
        connect(check, &QCheckBox::toggled, this, &RecordsBrowser::applyControls);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QDateEdit *edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &RecordsBrowser::applyControls);
    connect(m_customer, &QLineEdit::returnPressed, this, [this] { setCustomerText(m_customer->text()); });
    connect(m_customer, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && m_filter.customerId)
            setCustomerText(QString());
    });
    connect(m_clear, &QPushButton::clicked, this, [this] { setFilter(RecordsFilter {}); });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_model->reload();
        updateCount();
    });
    connect(m_export, &QPushButton::clicked, this, &RecordsBrowser::exportWithDialog);
    connect(m_open, &QPushButton::clicked, this, &RecordsBrowser::openSelected);
    connect(m_score, &QPushButton::clicked, this, &RecordsBrowser::scoreSelected);
    connect(m_scorecard, &QaScorecard::saved, this, &RecordsBrowser::scoreSaved);
    connect(m_scorecard, &QaScorecard::closed, this, &RecordsBrowser::updateDetails);
    connect(m_table, &QAbstractItemView::activated, this, [this] { openSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordsBrowser::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordsBrowser::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordsBrowser::updateSortIndicator);
    connect(m_model, &RecordsModel::loadFailed, this, [this](const QString &message) { setStatus(message, true); });
    // A header click on a column that does not sort puts the indicator back where the order really is.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (!RecordsModel::sortKeyOf(column))
            updateSortIndicator();
    });
    showFilter(m_filter);
    updateCount();
    updateDetails();
}

void RecordsBrowser::fillChoices()
{
    const bool lead = ReviewAccess::reviewsEveryone(m_actor);
    m_type->addItem(tr("All records"), -1);
    m_type->addItem(tr("Interactions"), int(RecordType::Interaction));
    m_type->addItem(tr("Escalations"), int(RecordType::Escalation));
    m_type->setAccessibleName(tr("Record type"));

    m_agent->setAccessibleName(tr("Agent"));
    if (lead)
        m_agent->addItem(tr("Any agent"), QVariant());
    try {
        for (const Agent &agent : m_records.filterableAgents(m_actor))
            m_agent->addItem(agent.active ? agent.displayName : tr("%1 (disabled)").arg(agent.displayName), agent.id);
        for (const auto &[id, name] : m_records.complaintCauses())
            m_cause->addItem(name, id);
    } catch (const Error &error) {
        setStatus(error.message(), true);
    }
    m_agent->setEnabled(lead);
    m_cause->insertItem(0, tr("Any cause"), QVariant());
    m_cause->setCurrentIndex(0);
    m_cause->setAccessibleName(tr("Complaint cause"));

    m_role->addItem(tr("Any role"), QVariant());
    for (const Role role : allValues<Role>())
        m_role->addItem(displayName(role), int(role));
    m_role->setVisible(lead);
    m_role->setAccessibleName(tr("Team role"));

    m_channel->addItem(tr("Any channel"), QVariantList());
    for (const Channel channel : allValues<Channel>())
        m_channel->addItem(displayName(channel), listData(QList<Channel> { channel }));
    m_channel->setAccessibleName(tr("Channel"));
    m_kind->addItem(tr("Any kind"), QVariantList());
    for (const InteractionKind kind : allValues<InteractionKind>())
        m_kind->addItem(displayName(kind), listData(QList<InteractionKind> { kind }));
    m_kind->setAccessibleName(tr("Kind"));

    m_sla->addItem(tr("Any SLA"), -1);
    m_sla->addItem(tr("SLA met"), int(SlaOutcome::Met));
    m_sla->addItem(tr("SLA breached"), int(SlaOutcome::Breached));
    m_sla->setAccessibleName(tr("SLA"));
}

void RecordsBrowser::setFilter(const RecordsFilter &filter)
{
    RecordsFilter shown = filter;
    if (!ReviewAccess::reviewsEveryone(m_actor)) {
        shown.agentId = m_actor.agentId;
        shown.role.reset();
    }
    showFilter(shown);
    m_filter = shown;
    m_model->setFilter(m_filter);
    updateCount();
    setStatus(QString(), false);
}

void RecordsBrowser::showFilter(const RecordsFilter &filter)
{
    m_updatingControls = true;
    m_type->setCurrentIndex(m_type->findData(filter.recordType ? int(*filter.recordType) : -1));
    if (filter.agentId)
        m_agent->setCurrentIndex(qMax(0, m_agent->findData(*filter.agentId)));
    else
        m_agent->setCurrentIndex(0);
    m_role->setCurrentIndex(filter.role ? m_role->findData(int(*filter.role)) : 0);
    selectData(m_channel, listData(filter.channels), namesOf(filter.channels));
    selectData(m_kind, listData(filter.kinds), namesOf(filter.kinds));
    m_fromEnabled->setChecked(filter.from.has_value());
    m_from->setEnabled(filter.from.has_value());
    if (filter.from)
        m_from->setDate(dateOf(*filter.from));
    m_toEnabled->setChecked(filter.to.has_value());
    m_to->setEnabled(filter.to.has_value());
    if (filter.to)
        m_to->setDate(dateOf(*filter.to - 1));
    m_sla->setCurrentIndex(m_sla->findData(filter.sla ? int(*filter.sla) : -1));
    m_cause->setCurrentIndex(filter.complaintCauseId ? qMax(0, m_cause->findData(*filter.complaintCauseId)) : 0);
    m_reviewed->setChecked(filter.reviewedOnly);
    m_customer->clear();
    if (filter.customerId) {
        try {
            if (const std::optional<Customer> customer = m_records.customer(*filter.customerId))
                m_customer->setText(customer->displayName());
        } catch (const Error &error) {
            setStatus(error.message(), true);
        }
    }
    QStringList more;
    if (filter.direction)
        more.append(displayName(*filter.direction));
    if (filter.surveyKind)
        more.append(tr("with a %1 answer").arg(displayName(*filter.surveyKind)));
    m_more->setText(more.isEmpty() ? QString() : tr("Also: %1").arg(more.join(u" · "_s)));
    m_more->setVisible(!more.isEmpty());
    m_updatingControls = false;
}

void RecordsBrowser::applyControls()
{
    if (m_updatingControls)
        return;
    RecordsFilter filter = m_filter;
    const int type = m_type->currentData().toInt();
    filter.recordType = type < 0 ? std::nullopt : std::optional(RecordType(type));
    const QVariant agent = m_agent->currentData();
    filter.agentId = agent.isValid() ? std::optional<Id>(agent.toLongLong()) : std::nullopt;
    const QVariant role = m_role->currentData();
    filter.role = role.isValid() ? std::optional(Role(role.toInt())) : std::nullopt;
    filter.channels = listFrom<Channel>(m_channel->currentData());
    filter.kinds = listFrom<InteractionKind>(m_kind->currentData());
    filter.from = m_fromEnabled->isChecked() ? std::optional(startOfDay(m_from->date())) : std::nullopt;
    filter.to = m_toEnabled->isChecked() ? std::optional(startOfDay(m_to->date()) + dayMs) : std::nullopt;
    const int sla = m_sla->currentData().toInt();
    filter.sla = sla < 0 ? std::nullopt : std::optional(SlaOutcome(sla));
    const QVariant cause = m_cause->currentData();
    filter.complaintCauseId = cause.isValid() ? std::optional<Id>(cause.toLongLong()) : std::nullopt;
    filter.reviewedOnly = m_reviewed->isChecked();
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_model->setFilter(m_filter);
    updateCount();
}

bool RecordsBrowser::setCustomerText(const QString &text)
{
    RecordsFilter filter = m_filter;
    if (text.trimmed().isEmpty()) {
        filter.customerId.reset();
    } else {
        QList<Customer> found;
        try {
            found = m_records.findCustomers(text, 1);
        } catch (const Error &error) {
            setStatus(error.message(), true);
            return false;
        }
        if (found.isEmpty()) {
            setStatus(tr("No customer matches “%1”.").arg(text.trimmed()), true);
            return false;
        }
        filter.customerId = found.constFirst().id;
    }
    setFilter(filter);
    return true;
}

void RecordsBrowser::updateCount()
{
    try {
        const qint64 count = m_records.count(m_actor, m_filter);
        m_count->setText(tr("%n record(s)", nullptr, int(qMin<qint64>(count, 2'000'000'000))));
        m_export->setEnabled(count > 0);
    } catch (const Error &error) {
        m_count->clear();
        setStatus(error.message(), true);
    }
}

QString RecordsBrowser::countText() const
{
    return m_count->text();
}

QString RecordsBrowser::statusText() const
{
    return m_status->text();
}

QString RecordsBrowser::detailsText() const
{
    return m_record->toPlainText();
}

void RecordsBrowser::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #b3261e;"_s : QString());
    m_status->setVisible(!text.isEmpty());
}

void RecordsBrowser::updateSortIndicator()
{
    const RecordsSort &sort = m_model->sortOrder();
    const QSignalBlocker blocker(m_table->horizontalHeader());
    m_table->horizontalHeader()->setSortIndicator(
        RecordsModel::columnOf(sort.key), sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

bool RecordsBrowser::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void RecordsBrowser::updateDetails()
{
    const RecordRow *row = m_model->rowAt(m_table->currentIndex().row());
    m_open->setEnabled(row != nullptr);
    m_score->setEnabled(row && row->type == RecordType::Interaction && row->agentId);
    // While a scorecard is open, the record it scores stays in view.
    if (m_scorecard->isVisible())
        return;
    showRecord(row);
}

void RecordsBrowser::showRecord(const RecordRow *row)
{
    if (!row) {
        m_record->setPlainText(tr("Select a record to see its details and QA feedback."));
        return;
    }
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(row->at).toLocalTime();
    const QString when = QLocale().toString(at.date(), QLocale::LongFormat) + u' '
        + QLocale().toString(at.time(), minutesTimeFormat());
    QString html = u"<h3>%1</h3>"_s.arg(row->subject.toHtmlEscaped());
    if (row->type == RecordType::Escalation) {
        html += tr("Escalation #%1 for %2, escalated by %3 on %4")
                    .arg(row->id)
                    .arg(row->customerName.toHtmlEscaped(), row->agentName.toHtmlEscaped(), when);
        if (!row->assigneeName.isEmpty())
            html += u"<br>"_s + tr("Assigned to %1").arg(row->assigneeName.toHtmlEscaped());
        m_record->setHtml(html);
        return;
    }
    html += tr("%1 with %2 on %3").arg(displayName(row->kind), row->customerName.toHtmlEscaped(), when);
    if (!row->agentName.isEmpty())
        html += u" · "_s + tr("handled by %1").arg(row->agentName.toHtmlEscaped());
    if (row->channel && row->direction)
        html += u"<br>"_s + u"%1 · %2"_s.arg(displayName(*row->channel), displayName(*row->direction));
    QList<QaReview> reviews;
    try {
        const std::optional<Interaction> entry = m_reviews.entryToReview(m_actor, row->id);
        const QString body = entry ? entry->body.trimmed() : QString();
        html += u"<hr>"_s
            + (body.isEmpty() ? u"<p><i>%1</i></p>"_s.arg(tr("(no text)"))
                              : Qt::convertFromPlainText(body, Qt::WhiteSpaceNormal));
        reviews = m_reviews.reviewsOf(m_actor, row->id);
    } catch (const Error &error) {
        html += u"<p><i>%1</i></p>"_s.arg(error.message().toHtmlEscaped());
    }
    if (!reviews.isEmpty() || (ReviewAccess::reviewsEveryone(m_actor) && row->agentId))
        html += u"<hr>"_s;
    for (const QaReview &review : std::as_const(reviews)) {
        QStringList scores;
        for (const QaCriterion criterion : QaRubric::criteria())
            scores.append(u"%1 %2"_s.arg(QaRubric::nameOf(criterion)).arg(review.score(criterion)));
        html += u"<p>"_s
            + tr("<b>QA %1</b> by %2, %3")
                  .arg(QLocale().toString(review.average(), 'f', 1), review.reviewerName.toHtmlEscaped(),
                      QLocale().toString(
                          QDateTime::fromMSecsSinceEpoch(review.reviewedAt).toLocalTime().date(), QLocale::ShortFormat))
            + u"<br>"_s + scores.join(u" · "_s).toHtmlEscaped();
        if (!review.comment.isEmpty())
            html += u"<br>“%1”"_s.arg(review.comment.toHtmlEscaped().replace(u'\n', u"<br>"_s));
        html += u"</p>"_s;
    }
    if (reviews.isEmpty() && ReviewAccess::reviewsEveryone(m_actor) && row->agentId)
        html += u"<p>"_s + tr("No QA review yet.") + u"</p>"_s;
    m_record->setHtml(html);
}

bool RecordsBrowser::openSelected()
{
    const RecordRow *row = m_model->rowAt(m_table->currentIndex().row());
    if (!row)
        return false;
    emit openRequested(row->customerId, row->interactionId.value_or(0));
    return true;
}

bool RecordsBrowser::scoreSelected()
{
    const RecordRow *row = m_model->rowAt(m_table->currentIndex().row());
    if (!row || row->type != RecordType::Interaction || !row->agentId || !ReviewAccess::reviewsEveryone(m_actor))
        return false;
    if (m_scorecard->isVisible() && m_scorecard->interactionId() != row->id && !m_scorecard->cancel())
        return false;
    showRecord(row);
    m_scoredAgentName = row->agentName;
    m_scorecard->start(
        row->id, tr("%1 with %2, handled by %3").arg(displayName(row->kind), row->customerName, row->agentName));
    setStatus(QString(), false);
    return true;
}

void RecordsBrowser::closeEvent(QCloseEvent *event)
{
    if (m_scorecard->isVisible() && !m_scorecard->cancel()) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

void RecordsBrowser::scoreSaved()
{
    const int current = m_table->currentIndex().row();
    m_model->reload();
    while (current >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    selectRow(current);
    updateDetails();
    m_table->setFocus(Qt::OtherFocusReason);
    setStatus(tr("QA review saved; %1 sees it on their records.").arg(m_scoredAgentName), false);
}

RecordsExportRunner *RecordsBrowser::exportTo(const QString &path)
{
    auto *runner = new RecordsExportRunner(m_records, m_actor, m_filter, m_model->sortOrder(), this);
    connect(runner, &RecordsExportRunner::finished, this, [this, runner](bool saved, const QString &message) {
        setStatus(message, !saved);
        m_export->setEnabled(true);
        runner->deleteLater();
    });
    m_export->setEnabled(false);
    runner->start(path);
    return runner;
}

void RecordsBrowser::exportWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder).filePath(tr("records-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Records"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace tandem

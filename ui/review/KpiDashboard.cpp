// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "review/KpiDashboard.h"

#include "RefreshThrottle.h"
#include "domain/Error.h"
#include "domain/KpiTarget.h"
#include "domain/SlaPolicy.h"
#include "review/KpiTile.h"
#include "review/TrendChart.h"
#include "services/ArticleService.h"
#include "services/ReviewAccess.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// Long enough to gather a burst of logged calls into one recomputation of the whole period.
constexpr int refreshDelayMs = 3000;

constexpr int tileColumns = 4;
constexpr int customPreset = 0;

Millis startOfDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch();
}

int clampedCount(qint64 count)
{
    return int(qMin<qint64>(count, 2'000'000'000));
}

// How a chart labels one of its values.
TrendChart::Formatter formatterFor(KpiMetric metric)
{
    const QLocale locale;
    switch (metric) {
    case KpiMetric::Csat:
    case KpiMetric::SlaCompliance:
    case KpiMetric::ReplySla:
    case KpiMetric::AnsweredWithArticle:
        return [locale](double value) { return KpiDashboard::tr("%1 %").arg(locale.toString(value, 'f', 0)); };
    case KpiMetric::ChurnRate:
    case KpiMetric::EscalationRate:
    case KpiMetric::ReopenRate:
        return [locale](double value) { return KpiDashboard::tr("%1 %").arg(locale.toString(value, 'f', 1)); };
    case KpiMetric::Nps:
        return [locale](double value) { return (value > 0 ? u"+"_s : QString()) + locale.toString(value, 'f', 0); };
    case KpiMetric::Ces:
        return [locale](double value) { return locale.toString(value, 'f', 1); };
    case KpiMetric::FirstResponseTime:
    case KpiMetric::TimeToResolution:
        return [](double hours) { return SlaPolicy::describeDuration(Millis(hours * 60 * 60 * 1000)); };
    case KpiMetric::ReferralRequests:
    case KpiMetric::ReferralsReceived:
        return [locale](double value) { return locale.toString(qint64(value)); };
    }
    return {};
}

} // namespace

KpiDashboard::KpiDashboard(KpiService &kpis, Actor actor, QWidget *parent)
    : QWidget(parent),
      m_kpis(kpis),
      m_actor(std::move(actor)),
      m_preset(new QComboBox(this)),
      m_first(new QDateEdit(this)),
      m_last(new QDateEdit(this)),
      m_scope(new QComboBox(this)),
      m_status(new QLabel(this)),
      m_causes(new QListWidget(this)),
      m_articlesTile(new QFrame(this)),
      m_articleList(new QListWidget(m_articlesTile)),
      m_refreshDelay(new RefreshThrottle(kpis.clock(), refreshDelayMs, this))
{
    setObjectName(u"kpiDashboard"_s);
    m_preset->addItem(tr("Custom period"), 0);
    for (const int weeks : { 4, 12, 26, 52 })
        m_preset->addItem(tr("Last %n week(s)", nullptr, weeks), weeks);
    m_preset->setAccessibleName(tr("Period"));
    for (QDateEdit *edit : { m_first, m_last }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_first->setAccessibleName(tr("First day"));
    m_last->setAccessibleName(tr("Last day"));
    m_scope->setAccessibleName(tr("Whose numbers"));
    if (ReviewAccess::reviewsEveryone(m_actor)) {
        m_scope->addItem(tr("Whole team"), QVariant());
        for (const Role role : allValues<Role>())
            m_scope->addItem(tr("Role: %1").arg(displayName(role)), QVariantList { u"role"_s, int(role) });
    }
    try {
        for (const Agent &agent : m_kpis.agentsFor(m_actor))
            m_scope->addItem(agent.displayName, QVariantList { u"agent"_s, agent.id });
    } catch (const Error &error) {
        m_status->setText(error.message());
    }
    m_scope->setEnabled(m_scope->count() > 1);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Period:"), this));
    controls->addWidget(m_preset);
    controls->addWidget(m_first);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_last);
    controls->addSpacing(16);
    controls->addWidget(new QLabel(tr("For:"), this));
    controls->addWidget(m_scope);
    controls->addStretch(1);
    controls->addWidget(refreshButton);

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    int index = 0;
    for (const KpiMetric metric : Kpi::metrics()) {
        auto *tile = new KpiTile(
            Kpi::nameOf(metric), Kpi::definitionOf(metric), KpiService::recordsBehind(metric, {}).has_value(), this);
        m_tiles.insert(metric, tile);
        grid->addWidget(tile, index / tileColumns, index % tileColumns);
        connect(tile, &KpiTile::clicked, this, [this, metric] {
            if (const std::optional<RecordsFilter> filter = KpiService::recordsBehind(metric, m_report.query))
                emit recordsRequested(*filter);
        });
        ++index;
    }
    auto *causesTile = new QFrame(this);
    causesTile->setObjectName(u"kpiTile"_s);
    causesTile->setStyleSheet(u"QFrame#kpiTile { background: palette(base); border: 1px solid palette(midlight);"
                              " border-radius: 6px; }"_s);
    auto *causesTitle = new QLabel(tr("Top complaint causes"), causesTile);
    QFont titleFont = causesTitle->font();
    titleFont.setWeight(QFont::DemiBold);
    causesTitle->setFont(titleFont);
    m_causes->setFrameShape(QFrame::NoFrame);
    m_causes->setAccessibleName(tr("Top complaint causes"));
    m_causes->setToolTip(tr("Complaints in the period by cause. Click one to see its complaints."));
    m_causes->setStyleSheet(u"QListWidget { background: transparent; }"_s);
    m_causes->setCursor(Qt::PointingHandCursor);
    // The list takes the height the KPI tiles beside it give, rather than setting the row's height.
    m_causes->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_causes->setMinimumHeight(m_causes->fontMetrics().height() * 3);
    auto *causesLayout = new QVBoxLayout(causesTile);
    causesLayout->setContentsMargins(12, 10, 12, 8);
    causesLayout->addWidget(causesTitle);
    causesLayout->addWidget(m_causes, 1);
    grid->addWidget(causesTile, index / tileColumns, index % tileColumns);
    ++index;

    // Leads only (setArticleService): which articles the team relies on, and which nobody uses.
    m_articlesTile->setObjectName(u"kpiTile"_s);
    m_articlesTile->setStyleSheet(causesTile->styleSheet());
    auto *articlesTitle = new QLabel(tr("Knowledge base articles"), m_articlesTile);
    articlesTitle->setFont(titleFont);
    m_articleList->setObjectName(u"kpiArticles"_s);
    m_articleList->setFrameShape(QFrame::NoFrame);
    m_articleList->setAccessibleName(tr("Most used and unused articles"));
    m_articleList->setToolTip(tr("Articles inserted into replies in the period (by link, text or template), how many "
                                 "of the conversations that got their link stayed closed for a week, and the "
                                 "published articles nobody used."));
    m_articleList->setStyleSheet(u"QListWidget { background: transparent; }"_s);
    // A long title gives way in its middle, so the count at the end of the line stays in sight.
    m_articleList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_articleList->setTextElideMode(Qt::ElideMiddle);
    m_articleList->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_articleList->setMinimumHeight(m_articleList->fontMetrics().height() * 3);
    auto *articlesLayout = new QVBoxLayout(m_articlesTile);
    articlesLayout->setContentsMargins(12, 10, 12, 8);
    articlesLayout->addWidget(articlesTitle);
    articlesLayout->addWidget(m_articleList, 1);
    grid->addWidget(m_articlesTile, index / tileColumns, index % tileColumns);
    m_articlesTile->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addLayout(grid);
    layout->addStretch(1);

    // A burst of changes on the team (every logged call) recomputes once, a moment later; a team that never
    // pauses still sees its numbers at most refreshDelayMs behind.
    connect(m_refreshDelay, &RefreshThrottle::refresh, this, &KpiDashboard::refresh);
    connect(&m_kpis, &KpiService::changed, m_refreshDelay, &RefreshThrottle::notice);
    connect(refreshButton, &QPushButton::clicked, this, &KpiDashboard::refresh);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &KpiDashboard::applyPreset);
    for (QDateEdit *edit : { m_first, m_last }) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_updating)
                return;
            m_updating = true;
            m_preset->setCurrentIndex(customPreset);
            m_updating = false;
            refresh();
        });
    }
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            refresh();
    });
    const auto openCause = [this](QListWidgetItem *item) {
        const QVariant cause = item->data(Qt::UserRole);
        if (cause.isValid())
            emit recordsRequested(KpiService::complaintsWithCause(cause.toLongLong(), m_report.query));
    };
    connect(m_causes, &QListWidget::itemClicked, this, openCause);
    connect(m_causes, &QListWidget::itemActivated, this, openCause);

    m_preset->setCurrentIndex(m_preset->findData(12));
}

void KpiDashboard::applyPreset()
{
    const int weeks = m_preset->currentData().toInt();
    if (m_updating || weeks <= 0)
        return;
    const QDate last = QDateTime::fromMSecsSinceEpoch(m_kpis.now()).toLocalTime().date();
    m_updating = true;
    m_last->setDate(last);
    m_first->setDate(last.addDays(1 - 7 * weeks));
    m_updating = false;
    refresh();
}

void KpiDashboard::setPeriod(const QDate &first, const QDate &last)
{
    m_updating = true;
    m_preset->setCurrentIndex(customPreset);
    m_first->setDate(first);
    m_last->setDate(last);
    m_updating = false;
    refresh();
}

void KpiDashboard::setScope(const std::optional<Id> &agentId, const std::optional<Role> &role)
{
    QVariant wanted;
    if (agentId)
        wanted = QVariantList { u"agent"_s, *agentId };
    else if (role)
        wanted = QVariantList { u"role"_s, int(*role) };
    const int index = m_scope->findData(wanted);
    if (index < 0)
        return;
    m_updating = true;
    m_scope->setCurrentIndex(index);
    m_updating = false;
    refresh();
}

KpiQuery KpiDashboard::query() const
{
    KpiQuery query;
    query.from = startOfDay(m_first->date());
    query.to = startOfDay(m_last->date().addDays(1));
    const QVariantList scope = m_scope->currentData().toList();
    if (scope.size() == 2 && scope.at(0).toString() == u"agent"_s)
        query.agentId = scope.at(1).toLongLong();
    else if (scope.size() == 2 && scope.at(0).toString() == u"role"_s)
        query.role = Role(scope.at(1).toInt());
    return query;
}

QString KpiDashboard::statusText() const
{
    return m_status->text();
}

void KpiDashboard::setArticleService(ArticleService *articles)
{
    m_articles = ReviewAccess::reviewsEveryone(m_actor) ? articles : nullptr;
    m_articlesTile->setVisible(m_articles != nullptr);
    showArticles();
}

void KpiDashboard::showArticles()
{
    if (!m_articles)
        return;
    m_articleList->clear();
    const auto addLine = [this](const QString &text, bool heading) {
        auto *item = new QListWidgetItem(text, m_articleList);
        item->setFlags(Qt::ItemIsEnabled);
        item->setToolTip(text);
        if (heading) {
            QFont font = item->font();
            font.setWeight(QFont::DemiBold);
            item->setFont(font);
        }
    };
    constexpr int shown = 3;
    const QLocale locale;
    try {
        const KpiQuery period = query();
        const QList<ArticleUsage> top = m_articles->topArticles(m_actor, period.from, period.to, shown);
        const QList<ArticleUsage> unused = m_articles->unusedArticles(m_actor, period.from, period.to);
        addLine(tr("Most used"), true);
        for (const ArticleUsage &article : top) {
            QString line = tr("%1 — %n time(s)", nullptr, clampedCount(article.insertions)).arg(article.title);
            if (article.linkedConversations > 0) {
                line += tr(", %1 of %n linked stayed closed", nullptr, clampedCount(article.linkedConversations))
                            .arg(locale.toString(article.stayedClosed));
            }
            addLine(line, false);
        }
        if (top.isEmpty())
            addLine(tr("No article went into a reply in this period."), false);
        addLine(tr("Unused: %n article(s)", nullptr, clampedCount(unused.size())), true);
        for (qsizetype i = 0; i < qMin<qsizetype>(unused.size(), shown); ++i)
            addLine(unused.at(i).title, false);
        if (unused.size() > shown)
            addLine(tr("… and %n more", nullptr, clampedCount(unused.size() - shown)), false);
    } catch (const Error &error) {
        addLine(error.message(), false);
    }
}

void KpiDashboard::refresh()
{
    try {
        m_report = m_kpis.report(m_actor, query());
        m_status->clear();
        m_status->setVisible(false);
    } catch (const Error &error) {
        m_report = KpiReport {};
        m_report.query = query();
        m_status->setText(error.message());
        m_status->setVisible(true);
    }
    showReport();
    showArticles();
}

QString KpiDashboard::captionOf(KpiMetric metric, const KpiCounts &counts) const
{
    switch (metric) {
    case KpiMetric::Csat:
        if (counts.csatAnswers == 0)
            return tr("no answers in this period");
        return tr("%1 of %n answer(s) satisfied", nullptr, clampedCount(counts.csatAnswers))
            .arg(QLocale().toString(counts.csatSatisfied));
    case KpiMetric::Nps:
        if (counts.npsAnswers == 0)
            return tr("no answers in this period");
        return tr("%1 promoters, %2 detractors of %n", nullptr, clampedCount(counts.npsAnswers))
            .arg(QLocale().toString(counts.npsPromoters), QLocale().toString(counts.npsDetractors));
    case KpiMetric::Ces:
        if (counts.cesAnswers == 0)
            return tr("no answers in this period");
        return tr("%n answer(s); lower is easier", nullptr, clampedCount(counts.cesAnswers));
    case KpiMetric::ChurnRate:
        return tr("%1 of %n customer(s) lost", nullptr, clampedCount(counts.customersAtStart))
            .arg(QLocale().toString(counts.customersLost));
    case KpiMetric::FirstResponseTime:
        if (counts.firstResponses == 0)
            return tr("no answered contacts in this period");
        return tr("over %n answered contact(s)", nullptr, clampedCount(counts.firstResponses));
    case KpiMetric::TimeToResolution:
        if (counts.resolutions == 0)
            return tr("no escalations resolved in this period");
        return tr("over %n resolved escalation(s)", nullptr, clampedCount(counts.resolutions));
    case KpiMetric::EscalationRate:
        if (counts.contacts == 0)
            return tr("no customer contacts in this period");
        return tr("%1 of %n contact(s) escalated", nullptr, clampedCount(counts.contacts))
            .arg(QLocale().toString(counts.escalations));
    case KpiMetric::SlaCompliance:
        if (counts.slaDue == 0)
            return tr("no escalations due in this period");
        return tr("%1 of %n due escalation(s) in time", nullptr, clampedCount(counts.slaDue))
            .arg(QLocale().toString(counts.slaMet));
    case KpiMetric::ReplySla:
        if (counts.repliesDue == 0)
            return tr("no answers due in this period");
        return tr("%1 of %n answer(s) in time, %2 breached", nullptr, clampedCount(counts.repliesDue))
            .arg(
                QLocale().toString(counts.repliesInTime), QLocale().toString(counts.repliesDue - counts.repliesInTime));
    case KpiMetric::ReopenRate:
        if (counts.resolveEvents == 0)
            return tr("no resolutions in this period");
        return tr("%1 of %n resolution(s) reopened", nullptr, clampedCount(counts.resolveEvents))
            .arg(QLocale().toString(counts.reopened));
    case KpiMetric::AnsweredWithArticle:
        if (counts.closedConversations == 0)
            return tr("no conversations closed in this period");
        return tr("%1 of %n closed conversation(s)", nullptr, clampedCount(counts.closedConversations))
            .arg(QLocale().toString(counts.closedWithArticle));
    case KpiMetric::ReferralRequests:
        return tr("requests asking for a recommendation");
    case KpiMetric::ReferralsReceived:
        return tr("new customers recommended to us");
    }
    return {};
}

void KpiDashboard::showReport()
{
    for (const KpiMetric metric : Kpi::metrics()) {
        KpiTile *tile = m_tiles.value(metric);
        tile->setValue(Kpi::format(metric, m_report.values), captionOf(metric, m_report.counts));
        tile->setTarget(KpiTargets::describe(metric), KpiTargets::standingOf(metric, m_report.values));
        QList<TrendChart::Point> points;
        for (const KpiWeek &week : std::as_const(m_report.weeks))
            points.append({ QDateTime::fromMSecsSinceEpoch(week.start).toLocalTime().date(),
                Kpi::numberOf(metric, week.values) });
        tile->chart()->setPoints(points, formatterFor(metric));
    }
    m_causes->clear();
    for (const ComplaintCauseCount &cause : std::as_const(m_report.topCauses)) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(cause.name, QLocale().toString(cause.complaints)), m_causes);
        item->setData(Qt::UserRole, cause.causeId);
    }
    if (m_report.topCauses.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No complaints in this period."), m_causes);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace tandem

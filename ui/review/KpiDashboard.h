// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Kpi.h"
#include "domain/RecordsFilter.h"
#include "services/Actor.h"
#include "services/KpiService.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;

namespace tandem {

class RefreshThrottle;

class ArticleService;
class KpiTile;

// The team lead's dashboard: every KPI for a chosen period and for the whole team, one role or one agent,
// each with its weekly trend; the top complaint causes; every number opens the records behind it. Reps
// and specialists see their own numbers.
class KpiDashboard : public QWidget
{
    Q_OBJECT

public:
    KpiDashboard(KpiService &kpis, Actor actor, QWidget *parent = nullptr);

    // The period from `first` to `last`, both days included (local time).
    void setPeriod(const QDate &first, const QDate &last);
    // Whose numbers: an agent, a role, or (neither) the whole team.
    void setScope(const std::optional<Id> &agentId, const std::optional<Role> &role);
    [[nodiscard]] KpiQuery query() const;
    [[nodiscard]] const KpiReport &report() const { return m_report; }
    [[nodiscard]] KpiTile *tile(KpiMetric metric) const { return m_tiles.value(metric); }
    [[nodiscard]] QListWidget *causes() const { return m_causes; }
    // Team leads also see the knowledge base's most used and unused articles of the period.
    void setArticleService(ArticleService *articles);
    [[nodiscard]] QListWidget *articles() const { return m_articleList; }
    [[nodiscard]] QString statusText() const;
    void refresh();
    // Gathers the team's changes into a refresh at most a few seconds behind them.
    [[nodiscard]] RefreshThrottle *refreshThrottle() const { return m_refreshDelay; }

signals:
    // The records behind a number the person clicked.
    void recordsRequested(const tandem::RecordsFilter &filter);

private:
    void applyPreset();
    void showReport();
    void showArticles();
    [[nodiscard]] QString captionOf(KpiMetric metric, const KpiCounts &counts) const;

    KpiService &m_kpis;
    Actor m_actor;
    KpiReport m_report;
    QComboBox *m_preset;
    QDateEdit *m_first;
    QDateEdit *m_last;
    QComboBox *m_scope;
    QLabel *m_status;
    QHash<KpiMetric, KpiTile *> m_tiles;
    QListWidget *m_causes;
    ArticleService *m_articles = nullptr;
    QWidget *m_articlesTile;
    QListWidget *m_articleList;
    RefreshThrottle *m_refreshDelay;
    bool m_updating = false;
};

} // namespace tandem

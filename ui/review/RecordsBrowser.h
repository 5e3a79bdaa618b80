// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/RecordRow.h"
#include "domain/RecordsFilter.h"
#include "services/Actor.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace tandem {

class QaScorecard;
class RecordsExportRunner;
class RecordsModel;
class RecordsService;
class ReviewService;

// Review of records: every interaction and escalation a lead may see (an agent: their own), filtered by
// agent, role, channel, kind, customer, dates, SLA and complaint cause, sorted by time, customer or agent,
// exported as CSV. The selected record shows in full with its QA feedback; a lead scores it in a scorecard
// beside its text, so the record stays readable while scoring. Opening a record asks for its customer's
// timeline.
class RecordsBrowser : public QWidget
{
    Q_OBJECT

public:
    RecordsBrowser(RecordsService &records, ReviewService &reviews, Actor actor, QWidget *parent = nullptr);

    // Shows the filter in the filter bar and lists its records (a KPI's drill-through lands here).
    void setFilter(const RecordsFilter &filter);
    [[nodiscard]] RecordsFilter filter() const { return m_filter; }
    [[nodiscard]] RecordsModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QString countText() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString detailsText() const;
    [[nodiscard]] QTextBrowser *recordView() const { return m_record; }
    [[nodiscard]] QaScorecard *scorecard() const { return m_scorecard; }
    bool selectRow(int row);
    // Asks to open the selected record in its customer's timeline.
    bool openSelected();
    // Exports the records of the current filter into `path` with progress and Cancel (the Export button asks
    // for the path first); the runner reports when it is done.
    RecordsExportRunner *exportTo(const QString &path);
    // Filters by a customer found by name (the first match); false when nobody matches.
    bool setCustomerText(const QString &text);
    // Opens the scorecard beside the selected interaction's text (Alt+Q); false when it cannot be scored.
    bool scoreSelected();

signals:
    void openRequested(tandem::Id customerId, tandem::Id interactionId);

protected:
    // Closing the window with scores entered asks first, as Esc does.
    void closeEvent(QCloseEvent *event) override;

private:
    void fillChoices();
    void applyControls();
    void showFilter(const RecordsFilter &filter);
    void updateCount();
    void updateDetails();
    void showRecord(const RecordRow *row);
    void updateSortIndicator();
    void exportWithDialog();
    void scoreSaved();
    void setStatus(const QString &text, bool problem);

    RecordsService &m_records;
    ReviewService &m_reviews;
    Actor m_actor;
    RecordsFilter m_filter;
    RecordsModel *m_model;
    QString m_scoredAgentName;
    bool m_updatingControls = false;

    QComboBox *m_type;
    QComboBox *m_agent;
    QComboBox *m_role;
    QComboBox *m_channel;
    QComboBox *m_kind;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QComboBox *m_sla;
    QComboBox *m_cause;
    QLineEdit *m_customer;
    QCheckBox *m_reviewed;
    QLabel *m_more;
    QPushButton *m_clear;
    QLabel *m_count;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QTableView *m_table;
    QTextBrowser *m_record;
    QaScorecard *m_scorecard;
    QPushButton *m_open;
    QPushButton *m_score;
    QLabel *m_status;
};

} // namespace tandem

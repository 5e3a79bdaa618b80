// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"
#include "services/Actor.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace tandem {

class SearchResultModel;
class SearchService;

// Search across every interaction of every customer: a search box, best-first or newest-first, and the
// hits with their matched words in bold. Searches as the agent types (a burst of keystrokes makes one
// query); Enter or a double-click asks to open the hit.
class GlobalSearchWidget : public QWidget
{
    Q_OBJECT

public:
    // How long typing must pause before the query runs.
    static constexpr int typingPauseMs = 150;

    explicit GlobalSearchWidget(SearchService &service, QWidget *parent = nullptr);

    // Puts the text in the search box and searches at once.
    void setQuery(const QString &text);
    void focusSearch();

    [[nodiscard]] SearchResultModel *model() const { return m_model; }
    [[nodiscard]] QLineEdit *searchBox() const { return m_search; }
    [[nodiscard]] QListView *resultList() const { return m_results; }
    [[nodiscard]] QComboBox *orderChoice() const { return m_order; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }

signals:
    void openRequested(tandem::Id customerId, tandem::Id interactionId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void openRow(int row);
    void updateStatus();

    SearchResultModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_order;
    QListView *m_results;
    QLabel *m_status;
    QTimer *m_typingPause;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "search/GlobalSearchWidget.h"

#include "search/SearchResultDelegate.h"
#include "search/SearchResultModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

GlobalSearchWidget::GlobalSearchWidget(SearchService &service, QWidget *parent)
    : QWidget(parent),
      m_model(new SearchResultModel(service, this)),
      m_search(new QLineEdit(this)),
      m_order(new QComboBox(this)),
      m_results(new QListView(this)),
      m_status(new QLabel(this)),
      m_typingPause(new QTimer(this))
{
    setObjectName(u"globalSearch"_s);
    m_search->setPlaceholderText(tr("Search every customer's interactions"));
    m_search->setAccessibleName(tr("Search all interactions"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(10000);
    m_order->addItem(tr("Newest first"), int(SearchOrder::Newest));
    m_order->addItem(tr("Best match first"), int(SearchOrder::BestMatch));
    m_order->setAccessibleName(tr("Order of results"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_status->setAccessibleName(tr("Search status"));
    m_status->setTextFormat(Qt::PlainText);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_order);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(typingPauseMs);
    connect(m_search, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_typingPause, &QTimer::timeout, this, &GlobalSearchWidget::runSearch);
    connect(m_order, &QComboBox::currentIndexChanged, this, &GlobalSearchWidget::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_typingPause->isActive())
            runSearch();
        const QModelIndex current = m_results->currentIndex();
        openRow(current.isValid() ? current.row() : 0);
    });
    connect(m_results, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &GlobalSearchWidget::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &GlobalSearchWidget::updateStatus);
    connect(m_model, &SearchResultModel::loadFailed, this,
        [this](const QString &message) { m_status->setText(tr("The search failed: %1").arg(message)); });
    m_search->installEventFilter(this);
    setFocusProxy(m_search);
    updateStatus();
}

void GlobalSearchWidget::setQuery(const QString &text)
{
    m_search->setText(text);
    runSearch();
}

void GlobalSearchWidget::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void GlobalSearchWidget::runSearch()
{
    m_typingPause->stop();
    m_model->setQuery(m_search->text(), SearchOrder(m_order->currentData().toInt()));
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0));
}

void GlobalSearchWidget::openRow(int row)
{
    const SearchHit *hit = m_model->hitAt(row);
    if (hit)
        emit openRequested(hit->customerId, hit->interactionId);
}

void GlobalSearchWidget::updateStatus()
{
    const int count = m_model->rowCount();
    if (!m_model->hasQuery())
        m_status->setText(tr("Type words to find them in every customer's timeline."));
    else if (count == 0)
        m_status->setText(tr("No interaction holds all of these words."));
    else if (m_model->hasMore())
        m_status->setText(tr("The first %n match(es); scroll down for more.", nullptr, count));
    else
        m_status->setText(tr("%n match(es).", nullptr, count));
}

bool GlobalSearchWidget::eventFilter(QObject *watched, QEvent *event)
{
    // Up and down in the search box walk the results, so the hands stay on the keyboard.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && m_model->rowCount() > 0) {
            const int current = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : -1;
            const int next = qBound(0, current + (key->key() == Qt::Key_Down ? 1 : -1), m_model->rowCount() - 1);
            m_results->setCurrentIndex(m_model->index(next));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tandem

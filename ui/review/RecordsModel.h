// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "KeysetPagedModel.h"
#include "domain/RecordRow.h"
#include "services/Actor.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace tandem {

class RecordsService;

// The records browser's table: interactions and escalations matching a filter, a page at a time as the
// view scrolls (keyset paging in the chosen sort). Time, customer and agent columns sort; sorting or
// filtering starts again at the first page.
class RecordsModel : public KeysetPagedModel<RecordsModel, QAbstractTableModel, RecordRow, RecordsCursor>
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        KindColumn,
        CustomerColumn,
        AgentColumn,
        ChannelColumn,
        SubjectColumn,
        CauseColumn,
        SlaColumn,
        QaColumn,
        ColumnCount
    };

    RecordsModel(RecordsService &service, Actor actor, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Time, customer and agent sort; other columns leave the order as it is.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const RecordsFilter &filter);
    [[nodiscard]] const RecordsFilter &filter() const { return m_filter; }
    [[nodiscard]] const RecordsSort &sortOrder() const { return m_sort; }
    // Reads the first page again (after a change, or on request).
    void reload();
    [[nodiscard]] const RecordRow *rowAt(int row) const { return rowPointer(row); }

    [[nodiscard]] static std::optional<RecordsSortKey> sortKeyOf(int column);
    [[nodiscard]] static int columnOf(RecordsSortKey key);

signals:
    void loadFailed(const QString &message);

private:
    Page fetchPage(const std::optional<RecordsCursor> &after, int limit) override;

    RecordsService &m_service;
    Actor m_actor;
    RecordsFilter m_filter;
    RecordsSort m_sort;
};

} // namespace tandem

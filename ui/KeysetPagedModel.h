// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Error.h"

#include <QHash>
#include <QList>
#include <QModelIndex>

#include <optional>

namespace tandem {

template<typename Row, typename Cursor> struct KeysetPage
{
    QList<Row> rows;
    // Where the next page starts; none after the last page.
    std::optional<Cursor> next;
};

// The rows of a list or table that a service hands out a page at a time (keyset paging), fetched as the
// view scrolls, so a large result costs no more than the rows on screen.
//
// Model is the concrete model (it declares the signal `void loadFailed(const QString &message)`, emitted
// when a page cannot be read; the rows shown then stay as they were), ItemModel is QAbstractListModel or
// QAbstractTableModel. The model supplies fetchPage() and data(); paging, resets and re-reading what is
// loaded are done here.
template<typename Model, typename ItemModel, typename Row, typename Cursor> class KeysetPagedModel : public ItemModel
{
public:
    using Page = KeysetPage<Row, Cursor>;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_next.has_value() && !m_changing;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || !m_next || m_changing)
            return;
        std::optional<Page> page = loadPage(m_next, m_pageSize);
        if (!page) {
            // Scrolling would only ask again and fail again; a reload starts over.
            m_next.reset();
            return;
        }
        m_next = page->next;
        acceptFetched(page->rows);
        if (page->rows.isEmpty())
            return;
        const int first = int(m_rows.size());
        m_changing = true;
        this->beginInsertRows({}, first, first + int(page->rows.size()) - 1);
        m_rows.append(page->rows);
        this->endInsertRows();
        m_changing = false;
    }

    // Whether more rows follow the ones loaded.
    [[nodiscard]] bool hasMore() const { return m_next.has_value(); }

protected:
    // Reads `limit` rows (or the service's own page size where it has one) after `after`, or from the start.
    // Throws Error when they cannot be read.
    virtual Page fetchPage(const std::optional<Cursor> &after, int limit) = 0;

    // Sees the rows of each page fetchMore() is about to append; may drop some.
    virtual void acceptFetched(QList<Row> &rows) { Q_UNUSED(rows); }

    // Applies a re-read of the loaded part of the list. By default the view is reset; a model whose
    // views keep selections across changes applies the difference row by row.
    virtual void replaceLoaded(const QList<Row> &fresh)
    {
        this->beginResetModel();
        m_rows = fresh;
        this->endResetModel();
    }

    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    [[nodiscard]] const Row *rowPointer(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    // True while the model changes its rows: views and testers call fetchMore() from inside our own change
    // signals; such calls wait for the next one.
    [[nodiscard]] bool isChanging() const { return m_changing; }

    // Starts over at the first page (or at `start`); a page that cannot be read leaves the list empty.
    void resetToFirstPage(const std::optional<Cursor> &start = std::nullopt)
    {
        m_changing = true;
        this->beginResetModel();
        std::optional<Page> first = loadPage(start, m_pageSize);
        m_rows = first ? first->rows : QList<Row> {};
        m_next = first ? first->next : std::nullopt;
        this->endResetModel();
        m_changing = false;
    }

    // Reads again as many rows as are loaded (at least a page), so nothing the view shows falls away and the
    // reader keeps their place; a list loaded to its end stays complete. A failed read keeps the rows shown.
    void reloadLoaded()
    {
        if (m_changing)
            return;
        const bool complete = !m_next.has_value();
        const qsizetype wanted = qMax<qsizetype>(m_pageSize, m_rows.size());
        QList<Row> fresh;
        std::optional<Cursor> cursor;
        do {
            const qsizetype limit = complete ? m_pageSize : qMin<qsizetype>(maxReloadChunk, wanted - fresh.size());
            std::optional<Page> page = loadPage(cursor, int(limit));
            if (!page)
                return;
            fresh.append(page->rows);
            cursor = page->next;
        } while (cursor && (complete || fresh.size() < wanted));
        m_changing = true;
        replaceLoaded(fresh);
        m_next = cursor;
        m_changing = false;
    }

    // Where the next page starts: none when the list is loaded to its end.
    [[nodiscard]] const std::optional<Cursor> &nextCursor() const { return m_next; }

    // Applies the model's own merge of what changed into the loaded rows (replaceLoaded()); the next page
    // starts where it did. Nothing while the model is changing its rows already.
    void replaceLoadedRows(const QList<Row> &fresh)
    {
        if (m_changing)
            return;
        m_changing = true;
        replaceLoaded(fresh);
        m_changing = false;
    }

    // One row inserted at its place (for models that add what arrived without a reload).
    void insertLoadedRow(int row, const Row &value)
    {
        m_changing = true;
        this->beginInsertRows({}, row, row);
        m_rows.insert(row, value);
        this->endInsertRows();
        m_changing = false;
    }

    // A replaceLoaded() that keeps views' selections: rows that left, or moved against the others, are
    // removed; the newcomers are inserted at their places; rows whose content changed report dataChanged.
    // `idOf` names a row across reads, `same` says whether two reads of a row look alike.
    template<typename IdOf, typename Same> void replaceLoadedInPlace(const QList<Row> &fresh, IdOf idOf, Same same)
    {
        QHash<decltype(idOf(fresh.front())), qsizetype> freshPlace;
        freshPlace.reserve(fresh.size());
        for (qsizetype i = 0; i < fresh.size(); ++i)
            freshPlace.insert(idOf(fresh.at(i)), i);
        // What stays keeps its order: each kept row comes later in `fresh` than the one kept before it.
        QList<bool> stays(m_rows.size(), false);
        qsizetype lastKept = -1;
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            const auto found = freshPlace.constFind(idOf(m_rows.at(row)));
            if (found != freshPlace.constEnd() && *found > lastKept) {
                stays[row] = true;
                lastKept = *found;
            }
        }
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (stays.at(row))
                continue;
            const int last = row;
            while (row > 0 && !stays.at(row - 1))
                --row;
            this->beginRemoveRows({}, row, last);
            m_rows.remove(row, last - row + 1);
            this->endRemoveRows();
        }
        int row = 0;
        qsizetype next = 0;
        while (next < fresh.size()) {
            if (row < m_rows.size() && idOf(m_rows.at(row)) == idOf(fresh.at(next))) {
                if (!same(m_rows.at(row), fresh.at(next))) {
                    m_rows[row] = fresh.at(next);
                    const int lastColumn = static_cast<const QAbstractItemModel *>(this)->columnCount({}) - 1;
                    emit this->dataChanged(this->index(row, 0), this->index(row, lastColumn));
                }
                ++row;
                ++next;
                continue;
            }
            const qsizetype start = next;
            while (next < fresh.size() && !(row < m_rows.size() && idOf(m_rows.at(row)) == idOf(fresh.at(next))))
                ++next;
            const int count = int(next - start);
            this->beginInsertRows({}, row, row + count - 1);
            for (int i = 0; i < count; ++i)
                m_rows.insert(row + i, fresh.at(start + i));
            this->endInsertRows();
            row += count;
        }
    }

    // For replaceLoaded() overrides that change the rows between their own begin/end calls.
    [[nodiscard]] QList<Row> &mutableRows() { return m_rows; }

    // Reports an error the model met outside paging the same way as a page that could not be read.
    void reportLoadFailure(const QString &message) { emit static_cast<Model *>(this)->loadFailed(message); }

private:
    // Only Model derives from this: the paging emits Model's loadFailed() through a cast to it.
    friend Model;
    KeysetPagedModel(int pageSize, QObject *parent) : ItemModel(parent), m_pageSize(pageSize) { }

    static constexpr qsizetype maxReloadChunk = 1000;

    std::optional<Page> loadPage(const std::optional<Cursor> &after, int limit)
    {
        try {
            return fetchPage(after, limit);
        } catch (const Error &error) {
            reportLoadFailure(error.message());
            return std::nullopt;
        }
    }

    const int m_pageSize;
    QList<Row> m_rows;
    std::optional<Cursor> m_next;
    bool m_changing = false;
};

} // namespace tandem

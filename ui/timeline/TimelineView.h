// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QTimer;
class QToolButton;

namespace tandem {

class TimelineModel;

// The centre of the desk: a customer's timeline with a compact filter bar (channels and kinds as
// menus of choices, words, "jump to date", how many of the events the filter lets through). New events
// from any desk appear in place without moving what the reader looks at.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    TimelineView(TimelineModel &model, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // Selects a loaded event (fetching pages until it is found); false when the event is not there.
    bool selectInteraction(Id interactionId);
    [[nodiscard]] QListView *list() const { return m_list; }
    [[nodiscard]] QLineEdit *textFilter() const { return m_textFilter; }
    [[nodiscard]] QToolButton *channelFilter() const { return m_channelButton; }
    [[nodiscard]] QToolButton *kindFilter() const { return m_kindButton; }
    // "n of m events match" while a filter hides some, else hidden.
    [[nodiscard]] QLabel *matchCount() const { return m_matchCount; }
    void focusList();

signals:
    void currentInteractionChanged(Id interactionId);

private:
    void applyFilter();
    void clearFilter();
    void updateFilterBar();
    void keepCurrentAfterReset();
    void rememberAnchor();
    void restoreAnchor(const QModelIndex &parent, int first);
    void updateNewestButton();

    TimelineModel &m_model;
    QLabel *m_title;
    QToolButton *m_channelButton;
    QToolButton *m_kindButton;
    QList<QAction *> m_channelChoices;
    QList<QAction *> m_kindChoices;
    QLabel *m_matchCount;
    QPushButton *m_clearFilter;
    QLineEdit *m_textFilter;
    QDateEdit *m_date;
    QPushButton *m_newest;
    QListView *m_list;
    QTimer *m_filterDelay;
    // What the reader looked at before rows were inserted above it.
    Id m_anchorId = 0;
    int m_anchorOffset = 0;
    // The event shown in the details before a reload; kept when the reloaded list still has it.
    Id m_currentBeforeReset = 0;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;
class QToolButton;

namespace tandem {

class TimelineModel;

// The centre of the desk: a customer's timeline with channel and kind chips, a text filter and
// "jump to date". New events from any desk appear in place without moving what the reader looks at.
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
    void focusList();

signals:
    void currentInteractionChanged(Id interactionId);

private:
    void applyFilter();
    void rememberAnchor();
    void restoreAnchor(const QModelIndex &parent, int first);
    void updateNewestButton();

    TimelineModel &m_model;
    QLabel *m_title;
    QList<QToolButton *> m_channelChips;
    QList<QToolButton *> m_kindChips;
    QLineEdit *m_textFilter;
    QDateEdit *m_date;
    QPushButton *m_newest;
    QListView *m_list;
    QTimer *m_filterDelay;
    // What the reader looked at before rows were inserted above it.
    Id m_anchorId = 0;
    int m_anchorOffset = 0;
};

} // namespace tandem

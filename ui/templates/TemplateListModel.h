// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/TemplateService.h"

#include <QAbstractListModel>

namespace tandem {

// The reply templates an agent can use (shared and their own), narrowed by a filter, best matches first
// (the channel being written on ranks first; templates for other channels say so).
// A library is written by people and stays small, so the model holds the whole filtered list.
class TemplateListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    TemplateListModel(TemplateService &service, Actor actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const TemplateFilter &filter() const { return m_filter; }
    void setFilter(const TemplateFilter &filter);
    void setFilterText(const QString &text);
    // The template at a row, or nullptr.
    [[nodiscard]] const ReplyTemplate *templateAt(int row) const;
    // Row of a listed template, or -1.
    [[nodiscard]] int rowOf(Id templateId) const;
    // Reads the list again; the service's changed() calls it too.
    void reload();

signals:
    // The list could not be read; it keeps what it had.
    void loadFailed(const QString &message);

private:
    std::optional<QList<ReplyTemplate>> load();

    TemplateService &m_service;
    Actor m_actor;
    TemplateFilter m_filter;
    QList<ReplyTemplate> m_templates;
};

} // namespace tandem

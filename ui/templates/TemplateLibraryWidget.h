// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTreeWidget;

namespace tandem {

class CustomerService;
class TemplateListModel;
class TemplateService;

// The reply-template library: find a template, write a new one, change or archive one, import a library
// file and export the templates one can see. For team leads it also shows how each referral-request
// template did. What may be changed is decided by TemplateService; the buttons only follow it.
class TemplateLibraryWidget : public QWidget
{
    Q_OBJECT

public:
    TemplateLibraryWidget(
        TemplateService &templates, CustomerService &customers, Actor actor, QWidget *parent = nullptr);

    // Previews in the editor are rendered for this customer (the one open in the main window).
    void setPreviewCustomer(Id customerId) { m_previewCustomer = customerId; }

    // Adds every template of a library file (shared ones only for team leads), or none; says why not.
    bool importFile(const QString &path, bool shared);
    // Writes the templates the agent can see to a library file.
    bool exportFile(const QString &path);
    void archiveCurrent();

    [[nodiscard]] TemplateListModel *model() const { return m_model; }
    [[nodiscard]] QListView *list() const { return m_list; }
    [[nodiscard]] QTreeWidget *referralResults() const { return m_referrals; }
    [[nodiscard]] QString statusText() const;

private:
    void newTemplate();
    void editCurrent();
    void chooseImportFile();
    void chooseExportFile();
    void updateButtons();
    void reloadReferrals();
    void showStatus(const QString &message, bool problem);

    TemplateService &m_templates;
    CustomerService &m_customers;
    Actor m_actor;
    Id m_previewCustomer = 0;
    TemplateListModel *m_model;
    QLineEdit *m_filter;
    QListView *m_list;
    QPushButton *m_edit;
    QPushButton *m_archive;
    QTreeWidget *m_referrals = nullptr;
    QLabel *m_status;
};

} // namespace tandem

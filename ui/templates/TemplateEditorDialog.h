// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/TemplateService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace tandem {

class CustomerService;
class LengthLimitedTextEdit;

// Writes or changes one reply template. The text is highlighted with resources/syntax/tandem-template.xml,
// mistakes are listed with their line and column as they are typed (a click selects them), and a preview
// shows the reply rendered for a chosen customer or with sample values. Saving goes through
// TemplateService, which has the last word on what may be saved and by whom; the dialog only leaves out
// the choices it would refuse (a shared template for an agent who is not a team lead).
class TemplateEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` none: a new template, personal unless a team lead makes it shared.
    TemplateEditorDialog(TemplateService &templates, CustomerService &customers, Actor actor,
        const std::optional<ReplyTemplate> &existing = std::nullopt, QWidget *parent = nullptr);
    ~TemplateEditorDialog() override;

    // Previews for this customer (the one open in the window, say) instead of sample values.
    void setPreviewCustomer(Id customerId);
    // The template as entered so far.
    [[nodiscard]] ReplyTemplate enteredTemplate() const;
    // Checks and saves; false (with the reasons shown) when the service refused.
    bool save();
    [[nodiscard]] std::optional<Id> savedTemplateId() const { return m_savedId; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] KSyntaxHighlighting::SyntaxHighlighter *highlighter() const { return m_highlighter; }

private:
    void fillCategories();
    void fillChannels();
    void load(const ReplyTemplate &replyTemplate);
    void setReadOnly(bool readOnly);
    void scheduleCheck();
    void check();
    [[nodiscard]] static bool tooLongToRender(const ReplyTemplate &entered);
    void updatePreview();
    void updateLength();
    void searchCustomers();
    void previewCustomerChosen(int index);
    void showProblemAt(QListWidgetItem *item);
    void applyHighlighting();

    TemplateService &m_templates;
    CustomerService &m_customers;
    Actor m_actor;
    std::optional<ReplyTemplate> m_existing;
    std::optional<Id> m_savedId;
    bool m_readOnly = false;
    std::optional<TemplateContext> m_previewContext;
    QList<TemplateProblem> m_problems;

    QLineEdit *m_name;
    QComboBox *m_category;
    QLineEdit *m_shortcode;
    QComboBox *m_channel;
    QComboBox *m_scope;
    QCheckBox *m_referral;
    QLineEdit *m_subject;
    LengthLimitedTextEdit *m_body;
    QLabel *m_length;
    QListWidget *m_problemList;
    QLineEdit *m_customerSearch;
    QComboBox *m_previewCustomer;
    QLabel *m_previewSubject;
    QPlainTextEdit *m_preview;
    QLabel *m_status;
    QPushButton *m_save;
    QTimer *m_checkDelay;
    QTimer *m_searchDelay;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace tandem

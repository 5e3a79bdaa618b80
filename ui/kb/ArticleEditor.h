// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Article.h"
#include "domain/Clock.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace tandem {

class ArticleReader;
class MessageBanner;
class RefreshThrottle;

// The form an article is written in: title, Markdown text with a live preview beside it, category, tags,
// language, who may read it and how soon it is due for a review, and the buttons for what may be done
// with it. Which buttons show depends on what is edited and by whom (a writer or a rep), but the form
// itself changes nothing: it asks, and the knowledge-base view does it through the service. A draft made
// from a customer's case carries a warning that stays until a writer confirms the check.
class ArticleEditor : public QWidget
{
    Q_OBJECT

public:
    ArticleEditor(const Clock &clock, bool writer, QWidget *parent = nullptr);

    // Starts editing `article` (a new one has id 0), offering the categories and languages already used.
    void edit(const Article &article, const QStringList &categories, const QStringList &languages);
    // The article as the form has it now: the one being edited with the form's fields.
    [[nodiscard]] Article article() const;
    [[nodiscard]] bool isModified() const;
    // After a save: what is in the form is what is stored.
    void markSaved(const Article &stored);
    // A writer confirmed the check: the warning goes, the form keeps what was typed.
    void markChecked();

    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }
    [[nodiscard]] QPlainTextEdit *bodyEdit() const { return m_body; }
    [[nodiscard]] ArticleReader *preview() const { return m_preview; }
    [[nodiscard]] QComboBox *categoryBox() const { return m_category; }
    [[nodiscard]] QLineEdit *tagsEdit() const { return m_tags; }
    [[nodiscard]] QComboBox *languageBox() const { return m_language; }
    [[nodiscard]] QComboBox *visibilityBox() const { return m_visibility; }
    [[nodiscard]] QSpinBox *staleAfterBox() const { return m_staleAfter; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QPushButton *publishButton() const { return m_publish; }
    [[nodiscard]] QPushButton *archiveButton() const { return m_archive; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    // The warning on a draft made from an escalation; hidden on any other.
    [[nodiscard]] MessageBanner *checkBanner() const { return m_checkBanner; }
    // The banner's "I checked it" (writers only).
    [[nodiscard]] QAction *confirmCheckAction() const { return m_confirmCheck; }

signals:
    void saveRequested();
    void publishRequested();
    void archiveRequested();
    void cancelRequested();
    void checkConfirmed();

private:
    void updatePreview();
    void updateButtons();

    bool m_writer;
    Article m_article;
    Article m_saved;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    ArticleReader *m_preview;
    QComboBox *m_category;
    QLineEdit *m_tags;
    QComboBox *m_language;
    QComboBox *m_visibility;
    QSpinBox *m_staleAfter;
    QPushButton *m_save;
    QPushButton *m_publish;
    QPushButton *m_archive;
    QPushButton *m_cancel;
    MessageBanner *m_checkBanner;
    QAction *m_confirmCheck;
    RefreshThrottle *m_previewDelay;
};

} // namespace tandem

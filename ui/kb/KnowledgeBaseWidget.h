// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "kb/ArticleHistoryDialog.h"
#include "services/Actor.h"
#include "services/ArticleService.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;

namespace tandem {

class ArticleEditor;
class ArticleListModel;
class ArticleReader;
class MessageBanner;
class RefreshThrottle;

// The knowledge base desk (issue 19): the articles on the left, searched as one types and narrowed by
// state, category and language (those due for a review and drafts waiting for a check flagged), the chosen
// one on the right, read as rendered Markdown. Team leads and specialists write, publish, review, archive
// and revert from the version history, and publish what reps suggested; reps read what is published,
// suggest changes and new articles as drafts of their own. The service decides; what it refuses is said in
// the banner at the top. Changes made here or at another desk show within a moment (RefreshThrottle).
class KnowledgeBaseWidget : public QWidget
{
    Q_OBJECT

public:
    // Wait after a change before the list is read again; changes meanwhile join that reading.
    static constexpr int changeDelayMs = 120;

    KnowledgeBaseWidget(ArticleService &service, Actor actor, bool readOnly, QWidget *parent = nullptr);

    [[nodiscard]] ArticleListModel *model() const { return m_model; }
    [[nodiscard]] QListView *list() const { return m_list; }
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] QComboBox *stateFilter() const { return m_state; }
    [[nodiscard]] QComboBox *categoryFilter() const { return m_category; }
    [[nodiscard]] QComboBox *languageFilter() const { return m_language; }
    [[nodiscard]] ArticleReader *reader() const { return m_reader; }
    // Lists the archived articles; false (nothing changes) at a desk that has no such list (not a writer).
    bool showArchived();
    [[nodiscard]] ArticleEditor *editor() const { return m_editor; }
    [[nodiscard]] MessageBanner *messageBanner() const { return m_message; }
    [[nodiscard]] QLabel *suggestionsLabel() const { return m_suggestions; }
    [[nodiscard]] QPushButton *newButton() const { return m_new; }
    [[nodiscard]] QPushButton *editButton() const { return m_edit; }
    [[nodiscard]] QPushButton *historyButton() const { return m_history; }
    [[nodiscard]] QPushButton *reviewedButton() const { return m_reviewed; }
    [[nodiscard]] QPushButton *archiveButton() const { return m_archive; }
    [[nodiscard]] RefreshThrottle *changeDelay() const { return m_changeDelay; }
    // The version history while it is open.
    [[nodiscard]] ArticleHistoryDialog *historyDialog() const { return m_historyDialog; }
    [[nodiscard]] bool isEditing() const;
    [[nodiscard]] Id selectedArticleId() const;

    // Puts the caret in the search box.
    void focusSearch();
    // Shows the article (selecting it in the list when it is there); false when the agent may not see it.
    bool openArticle(Id articleId);
    // Opens the article in the editor (a draft made from an escalation, say).
    bool editArticle(Id articleId);
    // Starts a new article in the editor.
    void startNewArticle();
    // Edits the chosen article; a rep's edit of a published one becomes a suggested change.
    void editSelected();
    void showHistory();
    void markSelectedReviewed();
    void archiveSelected();

private:
    void applyFilter();
    void refillChoices();
    void reloadAll();
    void applyChanges(bool followList);
    void showSelected();
    void updateActions();
    void showArticle(const std::optional<Article> &article);
    void startEditing(const Article &article);
    void stopEditing(Id show);
    void saveEdited();
    void publishEdited();
    void archiveEdited();
    void confirmEditedChecked();
    void reportRefusal(const QString &message);
    [[nodiscard]] std::optional<Article> selectedArticle() const;

    ArticleService &m_service;
    Actor m_actor;
    bool m_writer;
    bool m_readOnly;
    ArticleListModel *m_model;
    MessageBanner *m_message;
    QLineEdit *m_search;
    QComboBox *m_state;
    QComboBox *m_category;
    QComboBox *m_language;
    QListView *m_list;
    QLabel *m_count;
    QPushButton *m_new;
    QStackedWidget *m_pages;
    QPushButton *m_edit;
    QPushButton *m_history;
    QPushButton *m_reviewed;
    QPushButton *m_archive;
    QLabel *m_suggestions;
    ArticleReader *m_reader;
    ArticleEditor *m_editor;
    RefreshThrottle *m_changeDelay;
    QPointer<ArticleHistoryDialog> m_historyDialog;
    // The article on the right (0: none), kept while the list rearranges itself.
    Id m_shown = 0;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Article.h"
#include "services/Actor.h"

#include <QJsonArray>
#include <QKeySequence>
#include <QList>
#include <QUrl>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace tandem {

class ArticleService;

// The few knowledge-base articles that best answer the customer's message being replied to, beside a reply
// box: one key inserts the chosen article's link (its page on the self-service site), another its text, as
// plain text. The suggestions are worked out when the message changes (another conversation or timeline entry
// is chosen), after the selection has been shown, and never while the agent types. What went into the reply
// is kept (uses()) for the reply to carry when it is sent or logged, where it is counted.
class ArticleSuggestions : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleSuggestions(Actor actor, QWidget *parent = nullptr);

    [[nodiscard]] static QKeySequence linkShortcut() { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I); }
    [[nodiscard]] static QKeySequence textShortcut() { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B); }
    static constexpr int shownSuggestions = 3;

    // None: nothing is suggested and the widget stays hidden.
    void setArticleService(ArticleService *articles);
    // Where articles are inserted; the keys work there and in this widget.
    void setReplyEdit(QPlainTextEdit *reply);
    // The customer's message the reply answers (empty: none). The suggestions follow once control returns to
    // the event loop; the same message again changes nothing.
    void setCustomerMessage(const QString &message);
    // Works out pending suggestions now (tests, screenshots).
    void updateNow();

    // The article chosen in the list (the top one unless the agent chose another), if any.
    [[nodiscard]] std::optional<Article> currentArticle() const;
    // Its link on the self-service site; empty when it has none.
    [[nodiscard]] QUrl currentLink() const;
    // Insert the current article's link at the caret, or its text as a paragraph; false (with the reason shown)
    // when there is nothing to insert.
    bool insertLink();
    bool insertText();

    // What went into the reply since it was begun (clearUses()), including templates' placeholders (addUse()).
    [[nodiscard]] const QList<ArticleUse> &uses() const { return m_uses; }
    void addUse(const ArticleUse &use);
    void setUses(const QList<ArticleUse> &uses) { m_uses = uses; }
    void clearUses() { m_uses.clear(); }
    // The uses as a draft keeps them, and back.
    [[nodiscard]] static QJsonArray usesJson(const QList<ArticleUse> &uses);
    [[nodiscard]] static QList<ArticleUse> usesFrom(const QJsonArray &json);

    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }

signals:
    // Something was inserted into the reply edit.
    void inserted();

private:
    void refresh();

    Actor m_actor;
    ArticleService *m_articles = nullptr;
    QPlainTextEdit *m_reply = nullptr;
    QString m_message;
    QString m_shownFor;
    bool m_shownOnce = false;
    QList<Article> m_suggested;
    QList<ArticleUse> m_uses;
    QListWidget *m_list;
    QLabel *m_status;
    QPushButton *m_insertLink;
    QPushButton *m_insertText;
    QTimer *m_pending;
};

} // namespace tandem

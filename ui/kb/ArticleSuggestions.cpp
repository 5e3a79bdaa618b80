// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kb/ArticleSuggestions.h"

#include "UiLog.h"
#include "domain/Error.h"
#include "services/ArticleMarkdown.h"
#include "services/ArticleService.h"
#include "templates/ParagraphInsertion.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

ArticleSuggestions::ArticleSuggestions(Actor actor, QWidget *parent)
    : QWidget(parent),
      m_actor(std::move(actor)),
      m_list(new QListWidget(this)),
      m_status(new QLabel(this)),
      m_insertLink(new QPushButton(tr("Insert Lin&k"), this)),
      m_insertText(new QPushButton(tr("Insert Te&xt"), this)),
      m_pending(new QTimer(this))
{
    setObjectName(u"articleSuggestions"_s);
    auto *title = new QLabel(tr("Articles for this message:"), this);
    title->setBuddy(m_list);
    m_list->setObjectName(u"articleSuggestionList"_s);
    m_list->setAccessibleName(tr("Suggested articles"));
    m_list->setUniformItemSizes(true);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * (shownSuggestions + 1) + 8);
    m_status->setObjectName(u"articleSuggestionStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_insertLink->setToolTip(tr("Insert the chosen article's link on the self-service site (%1)")
            .arg(linkShortcut().toString(QKeySequence::NativeText)));
    m_insertText->setToolTip(
        tr("Insert the chosen article's text (%1)").arg(textShortcut().toString(QKeySequence::NativeText)));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_insertLink);
    buttons->addWidget(m_insertText);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addLayout(row);
    layout->addWidget(m_status);

    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &ArticleSuggestions::refresh);
    connect(m_insertLink, &QPushButton::clicked, this, &ArticleSuggestions::insertLink);
    connect(m_insertText, &QPushButton::clicked, this, &ArticleSuggestions::insertText);
    connect(m_list, &QListWidget::itemActivated, this, [this] { insertLink(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { m_status->clear(); });
    for (const auto &[keys, insert] : { std::pair { linkShortcut(), &ArticleSuggestions::insertLink },
             std::pair { textShortcut(), &ArticleSuggestions::insertText } }) {
        auto *shortcut = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, insert);
    }
    setVisible(false);
}

void ArticleSuggestions::setArticleService(ArticleService *articles)
{
    m_articles = articles;
    m_shownOnce = false;
    setVisible(articles != nullptr);
    if (articles)
        m_pending->start();
}

void ArticleSuggestions::setReplyEdit(QPlainTextEdit *reply)
{
    m_reply = reply;
    // The keys act where the agent writes, without leaving the reply.
    for (const auto &[keys, insert] : { std::pair { linkShortcut(), &ArticleSuggestions::insertLink },
             std::pair { textShortcut(), &ArticleSuggestions::insertText } }) {
        auto *shortcut = new QShortcut(keys, reply, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, insert);
    }
}

void ArticleSuggestions::setCustomerMessage(const QString &message)
{
    m_message = message;
    if (m_articles)
        m_pending->start();
}

void ArticleSuggestions::updateNow()
{
    if (m_pending->isActive()) {
        m_pending->stop();
        refresh();
    }
}

void ArticleSuggestions::refresh()
{
    if (!m_articles || (m_shownOnce && m_shownFor == m_message))
        return;
    m_shownOnce = true;
    m_shownFor = m_message;
    m_suggested.clear();
    m_list->clear();
    m_status->clear();
    if (!m_message.trimmed().isEmpty()) {
        try {
            // In the customer's language when the message says which; any language when that finds nothing.
            const QString language = ArticleRules::likelyLanguage(m_message);
            QList<ArticleHit> hits = m_articles->suggestFor(m_actor, m_message, language, shownSuggestions);
            if (hits.isEmpty() && !language.isEmpty())
                hits = m_articles->suggestFor(m_actor, m_message, {}, shownSuggestions);
            for (const ArticleHit &hit : std::as_const(hits))
                m_suggested.append(hit.article);
        } catch (const Error &error) {
            m_status->setText(error.message());
            qCInfo(lcUi) << "no article suggestions:" << error.message();
        }
    }
    for (const Article &article : std::as_const(m_suggested)) {
        QString text = article.title;
        if (article.visibility == ArticleVisibility::Internal)
            text = tr("%1 (internal)").arg(article.title);
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(
            article.category.isEmpty() ? article.title : tr("%1 · %2").arg(article.category, article.title));
    }
    if (!m_suggested.isEmpty())
        m_list->setCurrentRow(0);
    else if (!m_message.trimmed().isEmpty() && m_status->text().isEmpty())
        m_status->setText(tr("No article matches the customer's message."));
    m_insertLink->setEnabled(!m_suggested.isEmpty());
    m_insertText->setEnabled(!m_suggested.isEmpty());
}

std::optional<Article> ArticleSuggestions::currentArticle() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_suggested.size())
        return std::nullopt;
    return m_suggested.at(row);
}

QUrl ArticleSuggestions::currentLink() const
{
    const std::optional<Article> article = currentArticle();
    return article && m_articles ? m_articles->siteUrl(*article) : QUrl();
}

void ArticleSuggestions::addUse(const ArticleUse &use)
{
    if (!m_uses.contains(use))
        m_uses.append(use);
}

QJsonArray ArticleSuggestions::usesJson(const QList<ArticleUse> &uses)
{
    QJsonArray json;
    for (const ArticleUse &use : uses)
        json.append(QJsonObject { { u"article"_s, use.articleId }, { u"how"_s, ArticleRules::keyOf(use.how) } });
    return json;
}

QList<ArticleUse> ArticleSuggestions::usesFrom(const QJsonArray &json)
{
    QList<ArticleUse> uses;
    for (const auto &value : json) {
        const QJsonObject entry = value.toObject();
        const std::optional<ArticleInsertion> how = ArticleRules::insertionFromKey(entry.value(u"how"_s).toString());
        if (how && entry.value(u"article"_s).toInteger() > 0)
            uses.append({ entry.value(u"article"_s).toInteger(), *how });
    }
    return uses;
}

bool ArticleSuggestions::insertLink()
{
    updateNow();
    const std::optional<Article> article = currentArticle();
    if (!article || !m_reply || !m_reply->isEnabled()) {
        m_status->setText(tr("No article is suggested for this message."));
        return false;
    }
    const QUrl link = currentLink();
    if (link.isEmpty()) {
        // Say why rather than insert nothing: the agent can insert the text instead.
        const QString instead = textShortcut().toString(QKeySequence::NativeText);
        if (article->visibility == ArticleVisibility::Internal) {
            m_status->setText(tr("“%1” is internal, so it has no link for customers; insert its text instead (%2).")
                    .arg(article->title, instead));
        } else {
            m_status->setText(tr("No self-service site address is set for this workspace, so articles have no "
                                 "links yet; insert the text instead (%1).")
                    .arg(instead));
        }
        return false;
    }
    QTextCursor cursor = m_reply->textCursor();
    const QString before = m_reply->toPlainText().left(cursor.position());
    const bool apart = before.isEmpty() || before.back().isSpace();
    cursor.insertText((apart ? QString() : u" "_s) + link.toString());
    m_reply->setTextCursor(cursor);
    m_reply->setFocus(Qt::ShortcutFocusReason);
    addUse({ article->id, ArticleInsertion::Link });
    m_status->setText(tr("Link to “%1” inserted.").arg(article->title));
    emit inserted();
    return true;
}

bool ArticleSuggestions::insertText()
{
    updateNow();
    const std::optional<Article> article = currentArticle();
    if (!article || !m_reply || !m_reply->isEnabled()) {
        m_status->setText(tr("No article is suggested for this message."));
        return false;
    }
    const QString text = article->title + u"\n\n"_s + ArticleMarkdown::toPlainText(article->body);
    insertAsParagraph(m_reply, text, int(text.size()));
    addUse({ article->id, ArticleInsertion::Text });
    m_status->setText(tr("Text of “%1” inserted.").arg(article->title));
    emit inserted();
    return true;
}

} // namespace tandem

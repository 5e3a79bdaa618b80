// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kb/KnowledgeBaseWidget.h"

#include "DateTimeText.h"
#include "MessageBanner.h"
#include "ModelRoles.h"
#include "RefreshThrottle.h"
#include "domain/Error.h"
#include "kb/ArticleEditor.h"
#include "kb/ArticleHistoryDialog.h"
#include "kb/ArticleListDelegate.h"
#include "kb/ArticleListModel.h"
#include "kb/ArticleReader.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// The state filter's choices.
enum class Shown { PublishedAndDrafts, Published, Drafts, DueForReview, Archived };

// Keeps the chosen entry of a filter box while its entries are made anew; "any" (no data) first.
void refill(QComboBox *box, const QString &any, const QStringList &values)
{
    const QString chosen = box->currentData().toString();
    const QSignalBlocker quiet(box);
    box->clear();
    box->addItem(any, QString());
    for (const QString &value : values)
        box->addItem(value, value);
    box->setCurrentIndex(qMax(0, box->findData(chosen)));
}

} // namespace

KnowledgeBaseWidget::KnowledgeBaseWidget(ArticleService &service, Actor actor, bool readOnly, QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_actor(std::move(actor)),
      m_writer(ArticleService::canWrite(m_actor)),
      m_readOnly(readOnly),
      m_model(new ArticleListModel(service, m_actor, this)),
      m_message(new MessageBanner(this)),
      m_search(new QLineEdit(this)),
      m_state(new QComboBox(this)),
      m_category(new QComboBox(this)),
      m_language(new QComboBox(this)),
      m_list(new QListView(this)),
      m_count(new QLabel(this)),
      m_new(new QPushButton(tr("&New Article"), this)),
      m_pages(new QStackedWidget(this)),
      m_edit(new QPushButton(this)),
      m_history(new QPushButton(tr("&History"), this)),
      m_reviewed(new QPushButton(tr("&Mark Reviewed"), this)),
      m_archive(new QPushButton(this)),
      m_suggestions(new QLabel(this)),
      m_reader(new ArticleReader(this)),
      m_editor(new ArticleEditor(service.clock(), m_writer, this)),
      m_changeDelay(new RefreshThrottle(service.clock(), changeDelayMs, this))
{
    setObjectName(u"knowledgeBase"_s);
    m_message->setObjectName(u"knowledgeBaseMessage"_s);
    m_search->setObjectName(u"articleSearch"_s);
    m_search->setPlaceholderText(tr("Search articles (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search articles"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(1000);
    auto *find = new QAction(tr("Search Articles"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &KnowledgeBaseWidget::focusSearch);
    addAction(find);

    m_state->setObjectName(u"articleStateFilter"_s);
    m_state->setAccessibleName(tr("Which articles"));
    m_state->addItem(tr("Published and drafts"), int(Shown::PublishedAndDrafts));
    m_state->addItem(tr("Published"), int(Shown::Published));
    m_state->addItem(m_writer ? tr("Drafts and suggested changes") : tr("My drafts"), int(Shown::Drafts));
    m_state->addItem(tr("Due for review"), int(Shown::DueForReview));
    if (m_writer)
        m_state->addItem(tr("Archived"), int(Shown::Archived));
    m_category->setObjectName(u"articleCategoryFilter"_s);
    m_category->setAccessibleName(tr("Category"));
    m_language->setObjectName(u"articleLanguageFilter"_s);
    m_language->setAccessibleName(tr("Language"));

    m_list->setObjectName(u"articleList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ArticleListDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Articles"));
    m_count->setObjectName(u"articleCount"_s);
    m_new->setObjectName(u"newArticle"_s);
    m_new->setToolTip(m_writer ? tr("Write a new article")
                               : tr("Suggest a new article; a team lead or specialist "
                                    "publishes it"));
    m_new->setVisible(!m_readOnly);

    // The state on a row of its own, so "Any category" and "Any language" are read whole beside each other.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_category, 2);
    filters->addWidget(m_language, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_new);
    auto *left = new QWidget(this);
    left->setObjectName(u"articleListPane"_s);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_state);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(footer);

    m_edit->setObjectName(u"editArticle"_s);
    m_history->setObjectName(u"articleHistoryButton"_s);
    m_history->setToolTip(tr("Every published version, with who wrote it; revert to an earlier one"));
    m_reviewed->setObjectName(u"markReviewed"_s);
    m_reviewed->setToolTip(tr("Confirm that the article is still right; its review clock starts again"));
    m_archive->setObjectName(u"archiveSelected"_s);
    m_suggestions->setObjectName(u"suggestedChanges"_s);
    m_suggestions->setWordWrap(true);
    m_suggestions->setTextFormat(Qt::RichText);
    m_suggestions->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_history);
    actions->addWidget(m_reviewed);
    actions->addStretch(1);
    actions->addWidget(m_archive);
    auto *readerPage = new QWidget(this);
    auto *readerLayout = new QVBoxLayout(readerPage);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->addLayout(actions);
    readerLayout->addWidget(m_suggestions);
    readerLayout->addWidget(m_reader, 1);
    m_pages->addWidget(readerPage);
    m_pages->addWidget(m_editor);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 6, 6, 6);
    rightLayout->addWidget(m_pages);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"knowledgeBaseSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 360, 860 });
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearchText(text);
        applyChanges(true);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_list->setFocus(Qt::OtherFocusReason); });
    const auto filterChanged = [this] { applyFilter(); };
    connect(m_state, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_category, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &KnowledgeBaseWidget::showSelected);
    connect(m_model, &ArticleListModel::loadFailed, this, &KnowledgeBaseWidget::reportRefusal);
    connect(&m_service, &ArticleService::changed, m_changeDelay, &RefreshThrottle::notice);
    connect(m_changeDelay, &RefreshThrottle::refresh, this, &KnowledgeBaseWidget::reloadAll);
    connect(m_suggestions, &QLabel::linkActivated, this,
        [this](const QString &link) { editArticle(link.section(u':', 1).toLongLong()); });
    connect(m_edit, &QPushButton::clicked, this, &KnowledgeBaseWidget::editSelected);
    connect(m_history, &QPushButton::clicked, this, &KnowledgeBaseWidget::showHistory);
    connect(m_reviewed, &QPushButton::clicked, this, &KnowledgeBaseWidget::markSelectedReviewed);
    connect(m_archive, &QPushButton::clicked, this, &KnowledgeBaseWidget::archiveSelected);
    connect(m_new, &QPushButton::clicked, this, &KnowledgeBaseWidget::startNewArticle);
    connect(m_editor, &ArticleEditor::saveRequested, this, &KnowledgeBaseWidget::saveEdited);
    connect(m_editor, &ArticleEditor::publishRequested, this, &KnowledgeBaseWidget::publishEdited);
    connect(m_editor, &ArticleEditor::archiveRequested, this, &KnowledgeBaseWidget::archiveEdited);
    connect(m_editor, &ArticleEditor::checkConfirmed, this, &KnowledgeBaseWidget::confirmEditedChecked);
    connect(m_editor, &ArticleEditor::cancelRequested, this, [this] { stopEditing(m_editor->article().id); });

    refillChoices();
    applyFilter();
}

bool KnowledgeBaseWidget::showArchived()
{
    const int index = m_state->findData(int(Shown::Archived));
    if (index < 0)
        return false;
    m_state->setCurrentIndex(index);
    return true;
}

void KnowledgeBaseWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool KnowledgeBaseWidget::isEditing() const
{
    return m_pages->currentWidget() == m_editor;
}

Id KnowledgeBaseWidget::selectedArticleId() const
{
    return m_shown;
}

void KnowledgeBaseWidget::refillChoices()
{
    QStringList categories;
    QStringList languages;
    try {
        for (const Article &article : m_service.articles(m_actor)) {
            if (!article.category.isEmpty() && !categories.contains(article.category))
                categories.append(article.category);
            if (!languages.contains(article.language))
                languages.append(article.language);
        }
    } catch (const Error &error) {
        reportRefusal(error.message());
    }
    categories.sort(Qt::CaseInsensitive);
    languages.sort();
    refill(m_category, tr("Any category"), categories);
    refill(m_language, tr("Any language"), languages);
}

void KnowledgeBaseWidget::applyFilter()
{
    ArticleFilter filter;
    const auto shown = Shown(m_state->currentData().toInt());
    switch (shown) {
    case Shown::PublishedAndDrafts:
        filter.states = { ArticleState::Published, ArticleState::Draft };
        break;
    case Shown::Published:
    case Shown::DueForReview:
        filter.states = { ArticleState::Published };
        break;
    case Shown::Drafts:
        filter.states = { ArticleState::Draft };
        break;
    case Shown::Archived:
        filter.states = { ArticleState::Archived };
        break;
    }
    filter.category = m_category->currentData().toString();
    filter.language = m_language->currentData().toString();
    m_model->setFilter(filter, shown == Shown::DueForReview);
    applyChanges(true);
}

void KnowledgeBaseWidget::reloadAll()
{
    m_model->reload();
    refillChoices();
    applyChanges(false);
}

// The list as it is now, with the article on the right still chosen where the list has it. After a search
// or a filter the first article found is chosen instead of one the list no longer holds; after a change at
// another desk, the article being read stays on the right.
void KnowledgeBaseWidget::applyChanges(bool followList)
{
    const Id kept = m_shown;
    const int count = m_model->rowCount();
    m_count->setText(tr("%n article(s)", nullptr, count));
    if (isEditing())
        return;
    const int row = m_model->rowOf(kept);
    if (row >= 0) {
        const QSignalBlocker quiet(m_list->selectionModel());
        m_list->setCurrentIndex(m_model->index(row));
    } else if ((kept == 0 || followList) && count > 0) {
        m_list->setCurrentIndex(m_model->index(0));
        showSelected();
        return;
    } else {
        const QSignalBlocker quiet(m_list->selectionModel());
        m_list->selectionModel()->clear();
    }
    try {
        showArticle(kept != 0 && !(followList && row < 0) ? m_service.find(m_actor, kept) : std::nullopt);
    } catch (const Error &error) {
        reportRefusal(error.message());
    }
}

void KnowledgeBaseWidget::showSelected()
{
    if (isEditing())
        return;
    const Article *article = m_model->articleAt(m_list->currentIndex().row());
    showArticle(article ? std::optional<Article>(*article) : std::nullopt);
}

std::optional<Article> KnowledgeBaseWidget::selectedArticle() const
{
    if (m_shown == 0)
        return std::nullopt;
    if (const Article *listed = m_model->articleAt(m_model->rowOf(m_shown)))
        return *listed;
    return m_service.find(m_actor, m_shown);
}

void KnowledgeBaseWidget::showArticle(const std::optional<Article> &article)
{
    m_shown = article ? article->id : 0;
    m_suggestions->hide();
    if (!article) {
        m_reader->showPlaceholder(m_model->rowCount() == 0 ? tr("No article matches.") : tr("Choose an article."));
        updateActions();
        return;
    }
    m_reader->showArticle(*article, QDateTime::fromMSecsSinceEpoch(m_service.clock().now()).date());
    // What reps suggested for this article waits for a writer: each a link into the editor.
    if (m_writer && article->state == ArticleState::Published) {
        try {
            const QList<Article> edits = m_service.suggestedEdits(m_actor, article->id);
            QStringList links;
            for (const Article &edit : edits) {
                links.append(u"<a href=\"edit:%1\">%2</a>"_s.arg(QString::number(edit.id),
                    shortDateTimeText(QDateTime::fromMSecsSinceEpoch(edit.updatedAt)).toHtmlEscaped()));
            }
            if (!links.isEmpty()) {
                m_suggestions->setText(tr("%n suggested change(s) wait to be published:", nullptr, int(links.size()))
                    + u" "_s + links.join(u", "_s));
                m_suggestions->show();
            }
        } catch (const Error &error) {
            reportRefusal(error.message());
        }
    }
    updateActions();
}

void KnowledgeBaseWidget::updateActions()
{
    std::optional<Article> article;
    try {
        article = selectedArticle();
    } catch (const Error &error) {
        reportRefusal(error.message());
    }
    const bool own = article && article->ownerId == m_actor.agentId;
    const bool draft = article && article->state == ArticleState::Draft;
    const bool published = article && article->state == ArticleState::Published;
    const bool writes = !m_readOnly && article.has_value();
    m_edit->setText(m_writer || draft ? tr("&Edit") : tr("&Suggest an Edit"));
    m_edit->setToolTip(
        m_writer || draft ? tr("Change the article") : tr("Suggest a change; a team lead or specialist publishes it"));
    m_edit->setVisible(writes && (m_writer ? article->state != ArticleState::Archived : published || (draft && own)));
    m_history->setVisible(article && article->publishedVersion > 0 && !draft);
    m_reviewed->setVisible(writes && m_writer && published);
    // A writer's Archive becomes Restore on an archived article.
    const bool archived = article && article->state == ArticleState::Archived;
    m_archive->setText(m_writer ? (archived ? tr("&Restore") : tr("&Archive")) : tr("&Withdraw"));
    m_archive->setToolTip(m_writer
            ? (archived ? tr("Bring the article back: published again if it was published, otherwise a draft")
                        : tr("Take the article off every list and the self-service site"))
            : tr("Withdraw your draft"));
    m_archive->setVisible(writes && (m_writer || (draft && own)));
}

bool KnowledgeBaseWidget::openArticle(Id articleId)
{
    if (isEditing())
        stopEditing(0);
    std::optional<Article> article;
    try {
        article = m_service.find(m_actor, articleId);
    } catch (const Error &error) {
        reportRefusal(error.message());
        return false;
    }
    if (!article)
        return false;
    m_shown = articleId;
    applyChanges(false);
    if (m_model->rowOf(articleId) >= 0)
        m_list->scrollTo(m_model->index(m_model->rowOf(articleId)));
    return true;
}

bool KnowledgeBaseWidget::editArticle(Id articleId)
{
    if (!openArticle(articleId))
        return false;
    editSelected();
    return isEditing();
}

void KnowledgeBaseWidget::startNewArticle()
{
    if (m_readOnly)
        return;
    Article article;
    article.category = m_category->currentData().toString();
    if (const QString language = m_language->currentData().toString(); !language.isEmpty())
        article.language = language;
    startEditing(article);
}

void KnowledgeBaseWidget::editSelected()
{
    std::optional<Article> article;
    try {
        article = selectedArticle();
    } catch (const Error &error) {
        reportRefusal(error.message());
        return;
    }
    if (!article || m_readOnly)
        return;
    if (article->state == ArticleState::Archived) {
        reportRefusal(tr("An archived article cannot be changed."));
        return;
    }
    if (!m_writer && article->state == ArticleState::Draft && article->ownerId != m_actor.agentId) {
        reportRefusal(tr("Service reps can change only their own drafts."));
        return;
    }
    startEditing(*article);
}

void KnowledgeBaseWidget::startEditing(const Article &article)
{
    QStringList categories;
    QStringList languages;
    for (int i = 1; i < m_category->count(); ++i)
        categories.append(m_category->itemData(i).toString());
    for (int i = 1; i < m_language->count(); ++i)
        languages.append(m_language->itemData(i).toString());
    m_editor->edit(article, categories, languages);
    m_pages->setCurrentWidget(m_editor);
    // One article at a time: the list waits until the editor is closed.
    m_list->parentWidget()->setEnabled(false);
    m_editor->titleEdit()->setFocus(Qt::OtherFocusReason);
}

void KnowledgeBaseWidget::stopEditing(Id show)
{
    m_pages->setCurrentIndex(0);
    m_list->parentWidget()->setEnabled(true);
    m_shown = show;
    reloadAll();
    m_list->setFocus(Qt::OtherFocusReason);
}

void KnowledgeBaseWidget::saveEdited()
{
    const Article article = m_editor->article();
    try {
        if (article.id == 0) {
            const Id id = m_service.createDraft(m_actor, article);
            m_message->showDone(m_writer ? tr("The draft is saved; publish it when it is ready.")
                                         : tr("Your draft is saved; a team lead or specialist publishes it."));
            stopEditing(id);
        } else if (article.state == ArticleState::Published) {
            const Id id = m_service.suggestEdit(m_actor, article.id, article);
            m_message->showDone(m_writer
                    ? tr("The change is saved as a draft; the article reads as before until it is published.")
                    : tr("Your change is saved; a team lead or specialist publishes it."));
            stopEditing(id);
        } else {
            m_service.saveDraft(m_actor, article);
            m_message->showDone(tr("The draft is saved."));
            stopEditing(article.id);
        }
    } catch (const Error &error) {
        reportRefusal(error.message());
    }
}

void KnowledgeBaseWidget::publishEdited()
{
    Article article = m_editor->article();
    try {
        if (article.state == ArticleState::Published) {
            const int version = m_service.publishChanges(m_actor, article);
            m_message->showDone(tr("Version %1 is published.").arg(version));
            stopEditing(article.id);
            return;
        }
        // A draft is stored as it reads in the form, then published.
        if (article.id == 0) {
            article.id = m_service.createDraft(m_actor, article);
            if (const std::optional<Article> stored = m_service.find(m_actor, article.id))
                m_editor->markSaved(*stored);
        } else if (m_editor->isModified()) {
            m_service.saveDraft(m_actor, article);
            m_editor->markSaved(article);
        }
        const int version = m_service.publish(m_actor, article.id);
        m_message->showDone(tr("Version %1 is published.").arg(version));
        // A suggested change is published on its article; the draft is archived.
        stopEditing(article.editOf.value_or(article.id));
    } catch (const Error &error) {
        reportRefusal(error.message());
    }
}

void KnowledgeBaseWidget::archiveEdited()
{
    const Article article = m_editor->article();
    if (article.id == 0)
        return;
    try {
        m_service.archive(m_actor, article.id);
        m_message->showDone(m_writer ? tr("“%1” is archived.").arg(article.title)
                                     : tr("Your draft “%1” is withdrawn.").arg(article.title));
        stopEditing(0);
    } catch (const Error &error) {
        reportRefusal(error.message());
    }
}

void KnowledgeBaseWidget::confirmEditedChecked()
{
    const Article article = m_editor->article();
    try {
        m_service.confirmChecked(m_actor, article.id);
        m_editor->markChecked();
        m_message->showDone(tr("Confirmed as checked; the draft can be published."));
    } catch (const Error &error) {
        reportRefusal(error.message());
    }
}

void KnowledgeBaseWidget::showHistory()
{
    if (m_shown == 0)
        return;
    if (m_historyDialog)
        m_historyDialog->close();
    auto *dialog = new ArticleHistoryDialog(m_service, m_actor, m_shown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_historyDialog = dialog;
    dialog->open();
}

void KnowledgeBaseWidget::markSelectedReviewed()
{
    if (m_shown == 0)
        return;
    try {
        m_service.markReviewed(m_actor, m_shown);
        m_message->showDone(tr("Marked as reviewed today."));
        reloadAll();
    } catch (const Error &error) {
        reportRefusal(error.message());
    }
}

void KnowledgeBaseWidget::archiveSelected()
{
    try {
        const std::optional<Article> article = selectedArticle();
        if (!article)
            return;
        if (article->state == ArticleState::Archived) {
            const ArticleState now = m_service.restore(m_actor, article->id);
            m_message->showDone(now == ArticleState::Published ? tr("“%1” is published again.").arg(article->title)
                                                               : tr("“%1” is a draft again.").arg(article->title));
        } else {
            m_service.archive(m_actor, article->id);
            m_message->showDone(m_writer ? tr("“%1” is archived.").arg(article->title)
                                         : tr("Your draft “%1” is withdrawn.").arg(article->title));
        }
        m_shown = 0;
        reloadAll();
    } catch (const Error &error) {
        reportRefusal(error.message());
    }
}

void KnowledgeBaseWidget::reportRefusal(const QString &message)
{
    m_message->showError(message);
}

} // namespace tandem

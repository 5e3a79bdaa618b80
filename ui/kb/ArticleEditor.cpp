// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kb/ArticleEditor.h"

#include "MessageBanner.h"
#include "RefreshThrottle.h"
#include "kb/ArticleReader.h"
#include "services/ArticleService.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// A combo box offers what is known; its text is what was typed or chosen.
void offer(QComboBox *box, QStringList values, const QString &current)
{
    if (!current.isEmpty() && !values.contains(current))
        values.append(current);
    values.removeAll(QString());
    values.sort(Qt::CaseInsensitive);
    box->clear();
    box->addItems(values);
    box->setCurrentText(current);
}

QStringList tagsFrom(const QString &text)
{
    return ArticleRules::normalizedTags(text.split(u',', Qt::SkipEmptyParts));
}

// What a save would change, compared field by field.
bool sameContent(const Article &a, const Article &b)
{
    return a.title == b.title && a.body == b.body && a.category == b.category
        && ArticleRules::normalizedTags(a.tags) == ArticleRules::normalizedTags(b.tags) && a.language == b.language
        && a.visibility == b.visibility && a.staleAfterMonths == b.staleAfterMonths;
}

} // namespace

ArticleEditor::ArticleEditor(const Clock &clock, bool writer, QWidget *parent)
    : QWidget(parent),
      m_writer(writer),
      m_title(new QLineEdit(this)),
      m_body(new QPlainTextEdit(this)),
      m_preview(new ArticleReader(this)),
      m_category(new QComboBox(this)),
      m_tags(new QLineEdit(this)),
      m_language(new QComboBox(this)),
      m_visibility(new QComboBox(this)),
      m_staleAfter(new QSpinBox(this)),
      m_save(new QPushButton(this)),
      m_publish(new QPushButton(this)),
      m_archive(new QPushButton(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_checkBanner(new MessageBanner(this)),
      m_confirmCheck(new QAction(tr("I Checked It"), this)),
      m_previewDelay(new RefreshThrottle(clock, 150, this))
{
    setObjectName(u"articleEditor"_s);
    m_title->setObjectName(u"articleTitle"_s);
    m_title->setMaxLength(int(ArticleService::longestTitle));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("What the article answers, as a customer would ask it"));
    m_body->setObjectName(u"articleBody"_s);
    m_body->setAccessibleName(tr("Text (Markdown)"));
    m_body->setPlaceholderText(tr("The answer in Markdown: ## headings, lists, **bold**, `code`, ```blocks```."));
    m_body->setTabChangesFocus(true);
    m_preview->setObjectName(u"articlePreview"_s);
    m_preview->setAccessibleName(tr("Preview"));
    m_category->setEditable(true);
    m_category->setObjectName(u"articleCategory"_s);
    m_category->setAccessibleName(tr("Category"));
    m_category->lineEdit()->setMaxLength(int(ArticleService::longestCategory));
    m_tags->setObjectName(u"articleTags"_s);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("hub, wi-fi, offline"));
    m_language->setEditable(true);
    m_language->setObjectName(u"articleLanguage"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The two-letter code of the language the article is written in, such as en or de."));
    m_language->lineEdit()->setMaxLength(2);
    m_visibility->setObjectName(u"articleVisibility"_s);
    m_visibility->setAccessibleName(tr("Who may read it"));
    m_visibility->addItem(tr("Internal: the team only"), int(ArticleVisibility::Internal));
    m_visibility->addItem(tr("Public: also on the self-service site"), int(ArticleVisibility::Public));
    m_staleAfter->setObjectName(u"articleStaleAfter"_s);
    m_staleAfter->setAccessibleName(tr("Review every"));
    m_staleAfter->setRange(0, ArticleService::longestStaleAfterMonths);
    m_staleAfter->setSpecialValueText(tr("never"));
    m_staleAfter->setSuffix(tr(" months"));
    m_staleAfter->setToolTip(tr("After how many months without a review the article is flagged as due for one."));

    m_checkBanner->setObjectName(u"articleCheckBanner"_s);
    m_checkBanner->setCloseButtonVisible(false);
    m_confirmCheck->setObjectName(u"confirmCheck"_s);
    m_confirmCheck->setToolTip(tr("Confirm that the draft holds no customer data and is true in general"));
    if (m_writer)
        m_checkBanner->addAction(m_confirmCheck);
    connect(m_confirmCheck, &QAction::triggered, this, &ArticleEditor::checkConfirmed);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    auto *facts = new QHBoxLayout;
    facts->addWidget(m_category, 2);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    facts->addWidget(languageLabel);
    facts->addWidget(m_language);
    auto *visibilityLabel = new QLabel(tr("&Readers:"), this);
    visibilityLabel->setBuddy(m_visibility);
    facts->addWidget(visibilityLabel);
    facts->addWidget(m_visibility, 1);
    auto *staleLabel = new QLabel(tr("Re&view every:"), this);
    staleLabel->setBuddy(m_staleAfter);
    facts->addWidget(staleLabel);
    facts->addWidget(m_staleAfter);
    auto *categoryLabel = new QLabel(tr("&Category:"), this);
    categoryLabel->setBuddy(m_category);
    form->addRow(categoryLabel, facts);
    form->addRow(tr("Ta&gs:"), m_tags);

    auto *texts = new QSplitter(this);
    texts->setObjectName(u"articleEditorSplitter"_s);
    texts->addWidget(m_body);
    texts->addWidget(m_preview);
    texts->setChildrenCollapsible(false);

    m_save->setObjectName(u"saveArticle"_s);
    m_save->setShortcut(QKeySequence::Save);
    m_publish->setObjectName(u"publishArticle"_s);
    m_publish->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_archive->setObjectName(u"archiveArticle"_s);
    m_cancel->setObjectName(u"cancelArticle"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_archive);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    buttons->addWidget(m_publish);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_checkBanner);
    layout->addLayout(form);
    layout->addWidget(texts, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ArticleEditor::saveRequested);
    connect(m_publish, &QPushButton::clicked, this, &ArticleEditor::publishRequested);
    connect(m_archive, &QPushButton::clicked, this, &ArticleEditor::archiveRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ArticleEditor::cancelRequested);
    connect(m_title, &QLineEdit::textChanged, m_previewDelay, &RefreshThrottle::notice);
    connect(m_body, &QPlainTextEdit::textChanged, m_previewDelay, &RefreshThrottle::notice);
    connect(m_previewDelay, &RefreshThrottle::refresh, this, &ArticleEditor::updatePreview);
}

void ArticleEditor::edit(const Article &article, const QStringList &categories, const QStringList &languages)
{
    m_article = article;
    m_saved = article;
    m_title->setText(article.title);
    m_body->setPlainText(article.body);
    offer(m_category, categories, article.category);
    m_tags->setText(article.tags.join(u", "_s));
    QStringList codes = languages + QStringList { u"en"_s, u"de"_s, u"fr"_s };
    codes.removeDuplicates();
    offer(m_language, codes, article.language);
    m_visibility->setCurrentIndex(m_visibility->findData(int(article.visibility)));
    m_staleAfter->setValue(article.staleAfterMonths);
    updateButtons();
    updatePreview();
}

Article ArticleEditor::article() const
{
    Article article = m_article;
    article.title = m_title->text();
    article.body = m_body->toPlainText();
    article.category = m_category->currentText().simplified();
    article.tags = tagsFrom(m_tags->text());
    article.language = m_language->currentText().trimmed().toLower();
    article.visibility = ArticleVisibility(m_visibility->currentData().toInt());
    article.staleAfterMonths = m_staleAfter->value();
    return article;
}

bool ArticleEditor::isModified() const
{
    return !sameContent(article(), m_saved);
}

void ArticleEditor::markSaved(const Article &stored)
{
    m_article = stored;
    m_saved = article();
    updateButtons();
}

void ArticleEditor::markChecked()
{
    m_article.needsCheck = false;
    m_saved.needsCheck = false;
    updateButtons();
}

void ArticleEditor::updatePreview()
{
    m_preview->showText(m_title->text(), m_body->toPlainText());
}

void ArticleEditor::updateButtons()
{
    const bool published = m_article.state == ArticleState::Published;
    const bool stored = m_article.id != 0;
    if (published) {
        // A writer publishes the change at once or keeps it as a draft; a rep suggests it.
        m_save->setText(m_writer ? tr("Save as &Draft") : tr("&Suggest This Change"));
        m_save->setToolTip(m_writer ? tr("Keep the change as a draft of a change, published later (Ctrl+S)")
                                    : tr("A team lead or specialist publishes it (Ctrl+S)"));
        m_publish->setText(tr("&Publish Changes"));
    } else {
        m_save->setText(tr("Save &Draft"));
        m_save->setToolTip(m_writer ? tr("Save without publishing (Ctrl+S)")
                                    : tr("Save; a team lead or specialist publishes it (Ctrl+S)"));
        m_publish->setText(tr("&Publish"));
    }
    m_publish->setToolTip(m_article.visibility == ArticleVisibility::Public
            ? tr("Publish it for the team and the self-service site (Ctrl+Return)")
            : tr("Publish it for the team (Ctrl+Return)"));
    m_publish->setVisible(m_writer);
    m_publish->setEnabled(!m_article.needsCheck);
    // Archiving applies to what is stored: a writer's any article, a rep's own draft (withdrawn).
    m_archive->setVisible(stored && (m_writer || m_article.state == ArticleState::Draft));
    m_archive->setText(m_writer ? tr("&Archive") : tr("&Withdraw"));
    if (m_article.needsCheck) {
        m_checkBanner->showWarning(m_writer
                ? tr("Made from escalation #%1. Check that it holds no customer data (names, addresses, numbers) and "
                     "is true beyond that one case; it can be published once you confirm that.")
                      .arg(m_article.fromEscalation.value_or(0))
                : tr("Made from escalation #%1; a team lead or specialist checks it before it is published.")
                      .arg(m_article.fromEscalation.value_or(0)));
    } else {
        m_checkBanner->hide();
    }
}

} // namespace tandem

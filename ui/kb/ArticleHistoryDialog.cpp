// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kb/ArticleHistoryDialog.h"

#include "DateTimeText.h"
#include "MessageBanner.h"
#include "domain/Error.h"
#include "kb/ArticleReader.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

ArticleHistoryDialog::ArticleHistoryDialog(ArticleService &service, Actor actor, Id articleId, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_actor(std::move(actor)),
      m_articleId(articleId),
      m_versions(new QListWidget(this)),
      m_reader(new ArticleReader(this)),
      m_revert(new QPushButton(tr("&Revert to This Version"), this)),
      m_message(new MessageBanner(this))
{
    setObjectName(u"articleHistory"_s);
    setWindowTitle(tr("Version History"));
    m_versions->setObjectName(u"articleVersions"_s);
    m_versions->setAccessibleName(tr("Versions"));
    m_revert->setObjectName(u"revertArticle"_s);
    m_revert->setToolTip(tr("Publish this version's title and text again, as the newest version"));
    m_revert->setVisible(ArticleService::canWrite(m_actor));
    m_message->setObjectName(u"historyMessage"_s);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_versions);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 260, 520 });
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_revert, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_revert, &QPushButton::clicked, this, &ArticleHistoryDialog::revertToChosen);
    connect(m_versions, &QListWidget::currentRowChanged, this, &ArticleHistoryDialog::showChosen);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(860, 560);
    reload();
}

void ArticleHistoryDialog::reload()
{
    try {
        m_history = m_service.versions(m_actor, m_articleId);
    } catch (const Error &error) {
        m_message->showError(error.message());
        return;
    }
    const QSignalBlocker quiet(m_versions);
    m_versions->clear();
    for (const ArticleVersion &version : std::as_const(m_history)) {
        const QString when = shortDateTimeText(QDateTime::fromMSecsSinceEpoch(version.publishedAt));
        const QString author = version.authorName.isEmpty() ? tr("the starter set") : version.authorName;
        m_versions->addItem(tr("Version %1 · %2 · by %3").arg(QString::number(version.number), when, author));
    }
    m_versions->setCurrentRow(m_history.isEmpty() ? -1 : 0);
    showChosen();
}

void ArticleHistoryDialog::showChosen()
{
    const int row = m_versions->currentRow();
    if (row < 0 || row >= m_history.size()) {
        m_reader->showPlaceholder(tr("This article has not been published yet."));
        m_revert->setEnabled(false);
        return;
    }
    const ArticleVersion &version = m_history.at(row);
    m_reader->showText(version.title, version.body);
    // The newest version is what readers see already.
    m_revert->setEnabled(row > 0);
}

bool ArticleHistoryDialog::revertToChosen()
{
    const int row = m_versions->currentRow();
    if (row < 0 || row >= m_history.size())
        return false;
    const int number = m_history.at(row).number;
    try {
        const int published = m_service.revert(m_actor, m_articleId, number);
        reload();
        m_message->showDone(tr("Version %1 is published again as version %2.").arg(number).arg(published));
        return true;
    } catch (const Error &error) {
        m_message->showError(error.message());
        return false;
    }
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/ArticleService.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace tandem {

class ArticleReader;
class MessageBanner;

// An article's published versions, newest first, each with who wrote it and when; the chosen one is shown
// as it read then, and a writer can publish it again as the newest version (Revert), which keeps every
// version there was.
class ArticleHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ArticleHistoryDialog(ArticleService &service, Actor actor, Id articleId, QWidget *parent = nullptr);

    [[nodiscard]] QListWidget *versionList() const { return m_versions; }
    [[nodiscard]] ArticleReader *reader() const { return m_reader; }
    [[nodiscard]] QPushButton *revertButton() const { return m_revert; }
    [[nodiscard]] MessageBanner *messageBanner() const { return m_message; }
    // Publishes the chosen version again; false (and the reason shown) when the service refuses.
    bool revertToChosen();

private:
    void reload();
    void showChosen();

    ArticleService &m_service;
    Actor m_actor;
    Id m_articleId;
    QList<ArticleVersion> m_history;
    QListWidget *m_versions;
    ArticleReader *m_reader;
    QPushButton *m_revert;
    MessageBanner *m_message;
};

} // namespace tandem

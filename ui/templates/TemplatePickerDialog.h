// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/TemplateService.h"

#include <QDialog>
#include <QHash>
#include <QKeySequence>
#include <QUrl>

#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace tandem {

class TemplateListModel;

// Chooses a reply template for the open customer, keyboard first: the caller opens it with a shortcut,
// the agent types part of a name, shortcode or text, moves with the arrow keys and inserts with Enter.
// The preview is rendered for the customer. When a value has no fallback and nothing on record, Enter
// waits: the missing names are listed with a line edit each, and filling them in completes the reply.
class TemplatePickerDialog : public QDialog
{
    Q_OBJECT

public:
    TemplatePickerDialog(TemplateService &service, Actor actor, Id customerId, QWidget *parent = nullptr);
    ~TemplatePickerDialog() override;

    // The shortcut compose panels open the picker with.
    [[nodiscard]] static QKeySequence defaultShortcut() { return QKeySequence(Qt::CTRL | Qt::Key_Period); }

    // Fills {{escalation.*}} from the escalation the reply is about.
    void setEscalation(const std::optional<Escalation> &escalation);
    // The channel being written on: its templates are listed first, then those for any channel; the
    // others follow, marked as for their channel.
    void setChannel(std::optional<Channel> channel);
    // Opened right after an escalation was made, to tell the customer: fills {{escalation.*}} from it
    // and selects the hand-off template for the channel.
    void showHandoff(const Escalation &escalation);
    // Starts with this text in the filter (say, what followed a "/" in the reply).
    void setFilterText(const QString &text);
    // The knowledge-base article chosen for the reply fills {{article.title}} and {{article.url}} (its address on
    // the self-service site; empty: none, so the link is missing). Without one both are missing.
    void setArticle(Id articleId, const QString &title, const QUrl &url);

    // After the dialog was accepted: what to insert and where the caret goes in it.
    [[nodiscard]] std::optional<Id> chosenTemplateId() const { return m_chosenTemplateId; }
    [[nodiscard]] const QString &insertedText() const { return m_insertedText; }
    [[nodiscard]] const QString &insertedSubject() const { return m_insertedSubject; }
    [[nodiscard]] qsizetype caretPosition() const { return m_caretPosition; }
    // The article whose {{article.*}} placeholders the inserted template filled in, if it had any.
    [[nodiscard]] std::optional<Id> insertedArticleId() const { return m_insertedArticleId; }

    // The names that keep the selected template from being inserted right now.
    [[nodiscard]] QStringList missingNames() const;
    // The line edit for a missing name, or nullptr.
    [[nodiscard]] QLineEdit *valueEdit(const QString &name) const;
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] QListView *templateList() const { return m_list; }
    [[nodiscard]] TemplateListModel *model() const { return m_model; }
    [[nodiscard]] QPushButton *insertButton() const { return m_insert; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QPlainTextEdit *preview() const { return m_preview; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const ReplyTemplate *currentTemplate() const;
    void selectRow(int row);
    void moveSelection(int key);
    void templateChanged();
    void rebuildValueForm(const QStringList &names);
    void updatePreview();
    void updateStatus();
    void insertIfComplete();
    void showError(const QString &message);

    TemplateService &m_service;
    Actor m_actor;
    Id m_customerId;
    std::optional<Escalation> m_escalation;
    struct ChosenArticle
    {
        Id id = 0;
        QString title;
        QString url;
    };
    std::optional<ChosenArticle> m_article;
    std::optional<TemplateContext> m_context;
    QHash<QString, QString> m_filledIn;
    std::optional<ReplyRendering> m_rendering;
    bool m_templateValid = false;

    TemplateListModel *m_model;
    QLineEdit *m_filter;
    QListView *m_list;
    QLabel *m_subject;
    QPlainTextEdit *m_preview;
    QLabel *m_length;
    QGroupBox *m_valuesBox;
    QFormLayout *m_valuesForm;
    QHash<QString, QLineEdit *> m_valueEdits;
    QLabel *m_status;
    QPushButton *m_insert;

    Id m_keptTemplateId = 0;
    QString m_filterAtLastReset;

    std::optional<Id> m_chosenTemplateId;
    QString m_insertedText;
    QString m_insertedSubject;
    qsizetype m_caretPosition = 0;
    std::optional<Id> m_insertedArticleId;
};

} // namespace tandem

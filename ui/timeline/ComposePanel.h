// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"
#include "services/Actor.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace tandem {

class ArticleService;
class ArticleSuggestions;
class DraftStore;
class TemplateService;
class TimelineService;

// Logs what happened with the open customer: a call summary, an e-mail, a chat transcript, a social
// message, a note, a complaint (with its cause and the L.E.A.S.T. steps), an order or refund, or a survey
// answer. What is typed is kept as a draft on every pause, so a crash or a lost server loses nothing;
// a failed save shows why and keeps the draft.
class ComposePanel : public QWidget
{
    Q_OBJECT

public:
    enum class EntryType {
        CallSummary,
        Email,
        ChatTranscript,
        SocialMessage,
        Note,
        Complaint,
        Order,
        Refund,
        SurveyAnswer
    };
    Q_ENUM(EntryType)

    ComposePanel(
        TimelineService &timeline, const DraftStore &drafts, QString workspace, Actor actor, QWidget *parent = nullptr);
    ~ComposePanel() override;

    // Keeps the current draft and shows the given customer's (0: none).
    void setCustomer(Id customerId);
    [[nodiscard]] Id customerId() const { return m_customerId; }
    // Logs the entry; false (with the reason shown) when it was refused or could not be saved.
    bool logEntry();
    void setEntryType(EntryType type);
    [[nodiscard]] QPlainTextEdit *bodyEdit() const { return m_body; }
    [[nodiscard]] QLineEdit *subjectEdit() const { return m_subject; }
    // Inserts text at the caret (templates use this), a paragraph apart from text already typed; `caret` is
    // where the caret goes within it.
    void insertText(const QString &text, int caret);
    // Offers reply templates (Ctrl+.); a reply written from one is sent through the template service,
    // which counts the use and tracks referral requests.
    void setTemplateService(TemplateService *templates);
    // Opens the template picker for the open customer; false when nothing was inserted. Right after an
    // escalation, the picker starts on the template that tells the customer about it, filled in from it.
    bool pickTemplate(const std::optional<Escalation> &handedOff = std::nullopt);
    // Suggests knowledge-base articles for the customer's message chosen on the timeline; a key inserts an
    // article's link or text, and the articles a reply carried are counted when it is logged.
    void setArticleService(ArticleService *articles);
    // The timeline entry chosen now: a message from the open customer gets its articles suggested; other
    // entries leave the suggestions as they were.
    void suggestArticlesFor(const std::optional<Interaction> &entry);
    [[nodiscard]] ArticleSuggestions *articleSuggestions() const { return m_articles; }

    [[nodiscard]] QJsonObject draft() const;
    void restoreDraft(const QJsonObject &draft);

signals:
    void logged(Id interactionId);

private:
    void saveDraftSoon();
    void saveDraftNow();
    void updateFieldsForType();
    // A message the agent writes into (a template, an article) is a reply: outbound.
    void markAsReply();
    void reloadCauses();
    void clearForm();

    TimelineService &m_timeline;
    TemplateService *m_templates = nullptr;
    std::optional<Id> m_templateUsed;
    const DraftStore &m_drafts;
    QString m_workspace;
    Actor m_actor;
    Id m_customerId = 0;
    bool m_restoring = false;
    bool m_saidLogged = false; // the status line says the last entry was logged

    QComboBox *m_type;
    QComboBox *m_channel;
    QComboBox *m_direction;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QWidget *m_complaintBox;
    QComboBox *m_cause;
    QList<QCheckBox *> m_leastSteps;
    QWidget *m_amountBox;
    QDoubleSpinBox *m_amount;
    QWidget *m_surveyBox;
    QComboBox *m_surveyKind;
    QSpinBox *m_score;
    QLabel *m_status;
    QPushButton *m_log;
    QPushButton *m_pickTemplate;
    ArticleSuggestions *m_articles;
    QTimer *m_draftDelay;
};

} // namespace tandem

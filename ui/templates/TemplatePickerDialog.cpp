// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplatePickerDialog.h"

#include "ModelRoles.h"
#include "domain/Error.h"
#include "domain/TemplateParser.h"
#include "domain/TemplatePlaceholders.h"
#include "templates/TemplateListDelegate.h"
#include "templates/TemplateListModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

constexpr int pageStep = 5;

// The library's template for telling a customer their issue went to the specialists; a channel's own
// wording of it carries a suffix ("handoff-chat").
bool isHandoffShortcode(const QString &shortcode)
{
    return shortcode == u"handoff"_s || shortcode.startsWith(u"handoff-"_s);
}

QString describedName(const QString &name)
{
    const QString description = TemplatePlaceholders::description(name);
    return description.isEmpty() ? name : QString(description + u" (" + name + u')');
}

} // namespace

TemplatePickerDialog::TemplatePickerDialog(TemplateService &service, Actor actor, Id customerId, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_actor(std::move(actor)),
      m_customerId(customerId),
      m_model(new TemplateListModel(service, m_actor, this)),
      m_filter(new QLineEdit(this)),
      m_list(new QListView(this)),
      m_subject(new QLabel(this)),
      m_preview(new QPlainTextEdit(this)),
      m_length(new QLabel(this)),
      m_valuesBox(new QGroupBox(this)),
      m_valuesForm(new QFormLayout(m_valuesBox)),
      m_status(new QLabel(this)),
      m_insert(new QPushButton(this))
{
    setObjectName(u"templatePicker"_s);
    setWindowTitle(tr("Insert Reply Template"));

    m_filter->setPlaceholderText(tr("Type a name, shortcode or words from the text"));
    m_filter->setAccessibleName(tr("Filter templates"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaxLength(200);
    m_filter->installEventFilter(this);

    m_list->setModel(m_model);
    m_list->setItemDelegate(new TemplateListDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Templates"));
    // The filter keeps the keyboard; the list follows it.
    m_list->setFocusPolicy(Qt::ClickFocus);

    QFont subjectFont = m_subject->font();
    subjectFont.setWeight(QFont::DemiBold);
    m_subject->setFont(subjectFont);
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Preview for the customer"));
    m_preview->setFocusPolicy(Qt::ClickFocus);
    m_length->setTextFormat(Qt::PlainText);

    m_valuesBox->setTitle(tr("Fill in before inserting"));
    m_valuesBox->hide();
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Why the reply cannot be inserted yet"));

    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_subject);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_length);
    previewLayout->addWidget(m_valuesBox);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_insert->setText(tr("Insert"));
    buttons->addButton(m_insert, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Enter is handled by the picker itself, so a blocked reply is never inserted by a default button.
    m_insert->setAutoDefault(false);
    cancel->setAutoDefault(false);
    connect(m_insert, &QPushButton::clicked, this, &TemplatePickerDialog::insertIfComplete);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(860, 540);

    connect(m_filter, &QLineEdit::textChanged, m_model, &TemplateListModel::setFilterText);
    // A filter that leaves the rows as they were changes no selection, but the status names the text.
    connect(m_filter, &QLineEdit::textChanged, this, &TemplatePickerDialog::updateStatus);
    // Typing puts the best match on top and selects it; a change made elsewhere keeps the selection.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const ReplyTemplate *current = currentTemplate();
        m_keptTemplateId = current ? current->id : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const bool filterChanged = m_model->filter().text != m_filterAtLastReset;
        m_filterAtLastReset = m_model->filter().text;
        const int kept = m_model->rowOf(m_keptTemplateId);
        selectRow(filterChanged || kept < 0 ? 0 : kept);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TemplatePickerDialog::templateChanged);
    connect(m_model, &TemplateListModel::loadFailed, this, &TemplatePickerDialog::showError);
    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &TemplatePickerDialog::templateChanged);
    connect(m_list, &QListView::activated, this, &TemplatePickerDialog::insertIfComplete);

    setEscalation(std::nullopt);
    selectRow(0);
    m_filter->setFocus();
}

TemplatePickerDialog::~TemplatePickerDialog() = default;

void TemplatePickerDialog::setEscalation(const std::optional<Escalation> &escalation)
{
    m_escalation = escalation;
    try {
        m_context = m_service.contextFor(m_actor, m_customerId, m_escalation);
        if (m_article)
            m_context->setArticle(m_article->title, m_article->url);
        const QString customer = m_context->value(u"customer.name"_s);
        setWindowTitle(
            customer.isEmpty() ? tr("Insert Reply Template") : tr("Insert Reply Template for %1").arg(customer));
    } catch (const Error &error) {
        m_context.reset();
        showError(error.message());
    }
    templateChanged();
}

void TemplatePickerDialog::setChannel(std::optional<Channel> channel)
{
    TemplateFilter filter = m_model->filter();
    filter.channel = channel;
    m_model->setFilter(filter);
    // The channel's own templates now come first.
    selectRow(0);
}

void TemplatePickerDialog::showHandoff(const Escalation &escalation)
{
    setEscalation(escalation);
    // The list ranks the channel's own wording first.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (isHandoffShortcode(m_model->templateAt(row)->shortcode)) {
            selectRow(row);
            return;
        }
    }
}

void TemplatePickerDialog::setArticle(Id articleId, const QString &title, const QUrl &url)
{
    m_article = ChosenArticle { articleId, title, url.toString() };
    if (m_context)
        m_context->setArticle(m_article->title, m_article->url);
    templateChanged();
}

void TemplatePickerDialog::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

const ReplyTemplate *TemplatePickerDialog::currentTemplate() const
{
    return m_model->templateAt(m_list->currentIndex().row());
}

void TemplatePickerDialog::selectRow(int row)
{
    if (m_model->rowCount() == 0) {
        m_list->setCurrentIndex({});
        templateChanged();
        return;
    }
    const QModelIndex index = m_model->index(qBound(0, row, m_model->rowCount() - 1));
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void TemplatePickerDialog::moveSelection(int key)
{
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0;
    switch (key) {
    case Qt::Key_Up:
        selectRow(row - 1);
        break;
    case Qt::Key_Down:
        selectRow(row + 1);
        break;
    case Qt::Key_PageUp:
        selectRow(row - pageStep);
        break;
    case Qt::Key_PageDown:
        selectRow(row + pageStep);
        break;
    default:
        break;
    }
}

void TemplatePickerDialog::templateChanged()
{
    const ReplyTemplate *replyTemplate = currentTemplate();
    if (!replyTemplate) {
        m_rendering.reset();
        m_templateValid = false;
        rebuildValueForm({});
        m_subject->hide();
        m_preview->clear();
        m_length->clear();
        m_insert->setEnabled(false);
        updateStatus();
        return;
    }
    m_templateValid = TemplateParser::parse(replyTemplate->subject).isValid()
        && TemplateParser::parse(replyTemplate->body).isValid();
    QStringList missing;
    if (m_context)
        missing = TemplateService::render(*replyTemplate, *m_context).missingNames();
    rebuildValueForm(missing);
    updatePreview();
}

void TemplatePickerDialog::rebuildValueForm(const QStringList &names)
{
    // The same names keep their line edits, so focus and typing survive a re-render.
    QStringList shown = m_valueEdits.keys();
    QStringList wanted = names;
    shown.sort();
    wanted.sort();
    if (shown == wanted)
        return;
    while (m_valuesForm->rowCount() > 0)
        m_valuesForm->removeRow(0);
    m_valueEdits.clear();
    for (const QString &name : names) {
        auto *edit = new QLineEdit(m_valuesBox);
        edit->setObjectName(u"value:"_s + name);
        edit->setText(m_filledIn.value(name));
        edit->setAccessibleName(describedName(name));
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::textChanged, this, [this, name](const QString &text) {
            m_filledIn.insert(name, text);
            updatePreview();
        });
        m_valuesForm->addRow(describedName(name), edit);
        m_valueEdits.insert(name, edit);
    }
    m_valuesBox->setVisible(!names.isEmpty());
}

void TemplatePickerDialog::updatePreview()
{
    const ReplyTemplate *replyTemplate = currentTemplate();
    if (!replyTemplate || !m_context) {
        m_rendering.reset();
        m_insert->setEnabled(false);
        return;
    }
    TemplateContext context = *m_context;
    for (auto it = m_filledIn.cbegin(); it != m_filledIn.cend(); ++it)
        context.set(it.key(), it.value());
    m_rendering = TemplateService::render(*replyTemplate, context);

    m_subject->setText(tr("Subject: %1").arg(m_rendering->subject.text));
    m_subject->setVisible(!m_rendering->subject.text.isEmpty());
    m_preview->setPlainText(m_rendering->body.text);
    // What still has no value shows as written, marked, so the agent sees where it goes.
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat missingFormat;
    missingFormat.setBackground(QColor(255, 196, 0, 110));
    missingFormat.setFontUnderline(true);
    for (const TemplateMissingValue &missing : std::as_const(m_rendering->body.missing)) {
        QTextCursor cursor(m_preview->document());
        cursor.setPosition(int(missing.renderedOffset));
        cursor.setPosition(int(missing.renderedOffset + missing.span.length), QTextCursor::KeepAnchor);
        marks.append({ cursor, missingFormat });
    }
    m_preview->setExtraSelections(marks);

    const qsizetype length = m_rendering->body.text.size();
    QPalette lengthPalette = palette();
    if (m_rendering->lengthLimit) {
        m_length->setText(tr("%1 of %2 characters").arg(length).arg(*m_rendering->lengthLimit));
        if (m_rendering->exceedsLimit())
            lengthPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    } else {
        m_length->setText(tr("%n characters", nullptr, int(length)));
    }
    m_length->setPalette(lengthPalette);

    m_insert->setEnabled(m_rendering->isComplete() && m_templateValid);
    updateStatus();
}

void TemplatePickerDialog::updateStatus()
{
    const QString filterText = m_filter->text().trimmed();
    const ReplyTemplate *replyTemplate = currentTemplate();
    if (!replyTemplate) {
        m_status->setText(
            filterText.isEmpty() ? tr("There are no templates yet.") : tr("No template matches “%1”.").arg(filterText));
        return;
    }
    if (!m_rendering)
        return;
    const std::optional<Channel> writingOn = m_model->filter().channel;
    const bool forAnotherChannel = writingOn && replyTemplate->channel && *replyTemplate->channel != *writingOn;
    if (!m_templateValid) {
        m_status->setText(tr("This template has mistakes and cannot be inserted; it needs fixing in the template "
                             "editor."));
    } else if (!m_rendering->isComplete()) {
        QStringList names;
        for (const QString &name : m_rendering->missingNames())
            names.append(describedName(name));
        m_status->setText(tr("Cannot insert yet: there is no value for %1.").arg(names.join(u", "_s)));
    } else if (m_rendering->exceedsLimit()) {
        m_status->setText(tr("Longer than %1 allows; shorten it after inserting.")
                .arg(displayName(replyTemplate->channel.value_or(Channel::Social))));
    } else if (forAnotherChannel && m_list->currentIndex().row() == 0 && !filterText.isEmpty()) {
        // The list ranks the channel's own templates first, so nothing of its own matched.
        m_status->setText(tr("Nothing for %1 matches “%2”; the best match is for %3.")
                .arg(displayName(*writingOn), filterText, displayName(*replyTemplate->channel)));
    } else if (forAnotherChannel) {
        m_status->setText(
            tr("This template is for %1, not %2.").arg(displayName(*replyTemplate->channel), displayName(*writingOn)));
    } else {
        m_status->clear();
    }
}

QStringList TemplatePickerDialog::missingNames() const
{
    return m_rendering ? m_rendering->missingNames() : QStringList();
}

QLineEdit *TemplatePickerDialog::valueEdit(const QString &name) const
{
    return m_valueEdits.value(name);
}

void TemplatePickerDialog::insertIfComplete()
{
    const ReplyTemplate *replyTemplate = currentTemplate();
    if (!replyTemplate || !m_rendering || !m_templateValid)
        return;
    if (!m_rendering->isComplete()) {
        // Take the agent to the first value still to fill in.
        for (const QString &name : m_rendering->missingNames()) {
            if (QLineEdit *edit = m_valueEdits.value(name)) {
                edit->setFocus();
                break;
            }
        }
        return;
    }
    m_chosenTemplateId = replyTemplate->id;
    m_insertedSubject = m_rendering->subject.text;
    m_insertedText = m_rendering->body.text;
    m_caretPosition = m_rendering->body.caretPosition;
    m_insertedArticleId.reset();
    if (m_article) {
        const auto namesArticle = [](const QString &source) {
            const QStringList names = TemplateParser::parse(source).placeholderNames();
            return names.contains(u"article.title"_s) || names.contains(u"article.url"_s);
        };
        if (namesArticle(replyTemplate->subject) || namesArticle(replyTemplate->body))
            m_insertedArticleId = m_article->id;
    }
    accept();
}

void TemplatePickerDialog::showError(const QString &message)
{
    m_status->setText(message);
}

bool TemplatePickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (watched == m_filter) {
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            moveSelection(key);
            return true;
        }
        if (enter) {
            insertIfComplete();
            return true;
        }
    } else if (enter) {
        for (auto it = m_valueEdits.cbegin(); it != m_valueEdits.cend(); ++it) {
            if (it.value() != watched)
                continue;
            // Enter in a value moves on to the next empty one, and inserts once nothing is missing.
            if (m_rendering && m_rendering->isComplete()) {
                insertIfComplete();
            } else {
                const QStringList missing = missingNames();
                for (const QString &name : missing) {
                    QLineEdit *edit = m_valueEdits.value(name);
                    if (edit && edit != watched) {
                        edit->setFocus();
                        break;
                    }
                }
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace tandem

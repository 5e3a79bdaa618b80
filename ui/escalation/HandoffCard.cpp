// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/HandoffCard.h"

#include "DateTimeText.h"
#include "MessageBanner.h"
#include "domain/BodyFormatSniffer.h"
#include "domain/Error.h"
#include "escalation/EscalationLine.h"
#include "escalation/EscalationQueueDelegate.h"
#include "inbox/MailFiles.h"
#include "services/MessageContentService.h"
#include "timeline/BodyViewer.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

QString whenText(Millis millis)
{
    return shortDateTimeText(QDateTime::fromMSecsSinceEpoch(millis).toLocalTime());
}

QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    QLabel *label = textLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.05);
    label->setFont(font);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

QLabel *quietLabel(const QString &text, QWidget *parent)
{
    QLabel *label = textLabel(text, parent);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

QString previewOf(const QString &body)
{
    QString preview = body.left(240).simplified();
    if (body.size() > 240)
        preview += u"…"_s;
    return preview;
}

// Traces and logs read line by line, prose around them included; a JSON or XML body with prose around it
// would be marked wrong all over by its highlighter, so it keeps the preview.
bool isTraceOrLog(const Interaction &interaction)
{
    const BodyFormat format = BodyFormatSniffer::effectiveFormat(interaction.bodyFormat, interaction.body);
    return format == BodyFormat::StackTrace || format == BodyFormat::Log;
}

// A trace or a log the rep picked keeps its lines and colours, in a box of its own that scrolls both ways:
// cut to a one-line preview, the frames the specialist needs were gone.
BodyViewer *technicalViewer(const Interaction &interaction, QWidget *parent)
{
    constexpr int mostLines = 16;
    auto *viewer = new BodyViewer(parent);
    viewer->setBody(interaction.body, interaction.bodyFormat);
    viewer->editor()->setAccessibleName(HandoffCard::tr("Text of “%1”").arg(interaction.subject));
    viewer->editor()->setPlaceholderText(QString());
    const int lines = qMin(int(interaction.body.count(u'\n')) + 1, mostLines);
    const QFontMetrics metrics(viewer->editor()->font());
    viewer->setFixedHeight(lines * metrics.lineSpacing() + viewer->editor()->horizontalScrollBar()->sizeHint().height()
        + 2 * viewer->editor()->frameWidth() + 12);
    return viewer;
}

} // namespace

HandoffCard::HandoffCard(EscalationService &service, Actor actor, QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_actor(std::move(actor)),
      m_scroll(new QScrollArea(this)),
      m_placeholder(new QLabel(tr("Select an escalation to see its hand-off."), this))
{
    setAccessibleName(tr("Hand-off card"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_scroll, 1);
    m_scroll->hide();
}

bool HandoffCard::showEscalation(Id escalationId)
{
    m_escalationId = escalationId;
    m_details.reset();
    bool ok = true;
    if (escalationId != 0) {
        try {
            m_details = m_service.handoff(m_actor, escalationId);
        } catch (const Error &error) {
            emit loadFailed(error.message());
            ok = false;
        }
    }
    rebuild();
    return ok && (escalationId == 0 || m_details.has_value());
}

void HandoffCard::setMessageContentService(const MessageContentService *content)
{
    m_content = content;
    rebuild();
}

void HandoffCard::reload()
{
    const int scrolled = m_scroll->verticalScrollBar() ? m_scroll->verticalScrollBar()->value() : 0;
    showEscalation(m_escalationId);
    m_scroll->verticalScrollBar()->setValue(scrolled);
}

void HandoffCard::rebuild()
{
    delete m_scroll->takeWidget();
    if (!m_details) {
        m_scroll->hide();
        m_placeholder->setText(m_escalationId == 0 ? tr("Select an escalation to see its hand-off.")
                                                   : tr("Escalation #%1 could not be found.").arg(m_escalationId));
        m_placeholder->show();
        return;
    }
    m_placeholder->hide();
    m_scroll->show();

    const HandoffDetails &details = *m_details;
    const Escalation &e = details.item.escalation;
    auto *content = new QWidget;
    content->setObjectName(u"handoffContent"_s);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->setSpacing(4);

    QLabel *title = textLabel(tr("#%1 · %2").arg(QString::number(e.id), e.summary), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setObjectName(u"handoffTitle"_s);
    layout->addWidget(title);

    const SlaStatus sla = m_service.slaStatus(e);
    auto *badges = new QLabel(content);
    badges->setTextFormat(Qt::RichText);
    badges->setObjectName(u"handoffBadges"_s);
    badges->setText(
        u"<span style=\"background:%1;color:white;font-weight:bold\">&nbsp;%2&nbsp;</span>"
        "&nbsp; %3 · %4 · <span style=\"color:%5;font-weight:bold\">%6</span>"_s.arg(
            EscalationQueueDelegate::severityColor(int(e.severity)).name(), displayName(e.severity).toHtmlEscaped(),
            displayName(e.category).toHtmlEscaped(), displayName(e.state).toHtmlEscaped(),
            EscalationQueueDelegate::slaColor(int(sla.level)).name(), SlaPolicy::describeStatus(sla).toHtmlEscaped()));
    layout->addWidget(badges);
    QString who = tr("Escalated by %1 on %2").arg(details.item.creatorName, whenText(e.createdAt));
    who += details.item.assigneeName.isEmpty() ? tr(" · not claimed yet")
                                               : tr(" · with %1").arg(details.item.assigneeName);
    layout->addWidget(quietLabel(who, content));

    // Another escalation for the same customer may be the same problem, worked on by someone else.
    if (!details.related.isEmpty()) {
        QStringList lines;
        for (const EscalationListItem &related : details.related)
            lines.append(tr("Related: %1").arg(escalationLine(related)));
        auto *notice = new MessageBanner(content);
        notice->setObjectName(u"handoffRelated"_s);
        notice->setCloseButtonVisible(false);
        notice->showNote(lines.join(u'\n'));
        layout->addWidget(notice);
    }

    layout->addWidget(sectionTitle(tr("Customer"), content));
    if (details.customer) {
        const Customer &c = *details.customer;
        QStringList lines { c.displayName() };
        if (!c.company.isEmpty())
            lines.append(c.company);
        lines.append(tr("%1 tier · %2").arg(displayName(c.tier), displayName(c.lifecycle)));
        QStringList contact;
        if (!c.email.isEmpty())
            contact.append(c.email);
        if (!c.phone.isEmpty())
            contact.append(c.phone);
        if (!contact.isEmpty())
            lines.append(contact.join(u" · "_s));
        layout->addWidget(textLabel(lines.join(u'\n'), content));
    }

    layout->addWidget(sectionTitle(tr("What the rep collected"), content));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto addRow = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            form->addRow(label, textLabel(value, content));
    };
    addRow(tr("Steps to reproduce:"), e.stepsToReproduce);
    addRow(tr("Expected:"), e.expected);
    addRow(tr("What happened:"), e.actual);
    addRow(tr("Environment:"), e.environment);
    addRow(tr("Already tried:"), e.alreadyTried);
    addRow(tr("Resolution:"), e.resolution);
    addRow(tr("For the customer:"), e.customerExplanation);
    layout->addLayout(form);

    if (!details.attachments.isEmpty()) {
        layout->addWidget(sectionTitle(tr("Attachments"), content));
        auto *tabs = new QTabWidget(content);
        tabs->setObjectName(u"handoffAttachments"_s);
        tabs->setDocumentMode(true);
        for (const EscalationAttachment &attachment : details.attachments) {
            auto *viewer = new BodyViewer(tabs);
            viewer->setBody(attachment.content, attachment.format);
            viewer->editor()->setAccessibleName(tr("Attachment %1").arg(attachment.name));
            viewer->editor()->setPlaceholderText(QString());
            tabs->addTab(viewer, attachment.name + u" ("_s + displayName(attachment.format) + u")"_s);
        }
        tabs->setMinimumHeight(200);
        layout->addWidget(tabs);
    }

    addMailFiles(layout, content);

    if (!details.linkedInteractions.isEmpty()) {
        layout->addWidget(sectionTitle(tr("Picked from the timeline"), content));
        for (const Interaction &interaction : details.linkedInteractions) {
            layout->addWidget(quietLabel(whenText(interaction.occurredAt) + u" · "_s + displayName(interaction.kind)
                    + u" · "_s + displayName(interaction.channel),
                content));
            QLabel *subject = textLabel(interaction.subject, content);
            QFont bold = subject->font();
            bold.setWeight(QFont::DemiBold);
            subject->setFont(bold);
            layout->addWidget(subject);
            if (isTraceOrLog(interaction))
                layout->addWidget(technicalViewer(interaction, content));
            else
                layout->addWidget(textLabel(previewOf(interaction.body), content));
            layout->addSpacing(6);
        }
    }

    layout->addWidget(sectionTitle(tr("History"), content));
    for (const EscalationEvent &event : details.events) {
        QString line = whenText(event.occurredAt) + u" · "_s + event.actorName + u" · "_s + displayName(event.action)
            + u" → "_s + displayName(event.toState);
        if (!event.note.isEmpty() && event.action != EscalationAction::Escalate)
            line += u"\n    "_s + event.note;
        layout->addWidget(textLabel(line, content));
    }

    layout->addWidget(sectionTitle(tr("Recent timeline"), content));
    for (const Interaction &interaction : details.recentTimeline) {
        QString header = whenText(interaction.occurredAt) + u" · "_s + displayName(interaction.kind) + u" · "_s
            + displayName(interaction.channel);
        if (!interaction.agentName.isEmpty())
            header += u" · "_s + interaction.agentName;
        layout->addWidget(quietLabel(header, content));
        layout->addWidget(
            textLabel(interaction.subject.isEmpty() ? previewOf(interaction.body) : interaction.subject, content));
        layout->addSpacing(4);
    }
    layout->addStretch(1);
    m_scroll->setWidget(content);
}

void HandoffCard::addMailFiles(QVBoxLayout *layout, QWidget *content)
{
    if (!m_content)
        return;
    QList<MessageAttachment> files;
    try {
        files = m_content->escalationAttachments(m_escalationId);
    } catch (const Error &error) {
        layout->addWidget(quietLabel(error.message(), content));
        return;
    }
    if (files.isEmpty())
        return;
    layout->addWidget(sectionTitle(tr("Files from the customer's mail"), content));
    const QLocale locale;
    for (const MessageAttachment &file : std::as_const(files)) {
        auto *row = new QWidget(content);
        row->setObjectName(u"handoffMailFile"_s);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        QString description = file.fileName + u" · "_s + locale.formattedDataSize(file.size) + u" · "_s
            + (file.mimeType.isEmpty() ? tr("unknown type") : file.mimeType);
        if (const QString warning = MailFiles::kindWarning(file); !warning.isEmpty())
            description += u" · "_s + warning;
        QLabel *label = textLabel(description, row);
        label->setObjectName(u"handoffMailFileName"_s);
        rowLayout->addWidget(label, 1);
        // Risky kinds are only ever saved, never read here, and nothing is opened with another program.
        if (MailFiles::isViewable(file)) {
            auto *view = new QPushButton(tr("View"), row);
            view->setObjectName(u"viewMailFile"_s);
            view->setAccessibleName(tr("View %1").arg(file.fileName));
            connect(view, &QPushButton::clicked, this, [this, file] {
                if (const std::optional<QString> problem = MailFiles::view(this, *m_content, file))
                    emit failed(*problem);
            });
            rowLayout->addWidget(view);
        }
        if (file.isStored()) {
            auto *save = new QPushButton(tr("Save As…"), row);
            save->setObjectName(u"saveMailFile"_s);
            save->setAccessibleName(tr("Save %1 as").arg(file.fileName));
            connect(save, &QPushButton::clicked, this, [this, file] {
                if (const std::optional<QString> problem = MailFiles::saveAs(this, *m_content, file))
                    emit failed(*problem);
            });
            rowLayout->addWidget(save);
        } else {
            rowLayout->addWidget(quietLabel(file.refusal(), row));
        }
        layout->addWidget(row);
    }
}

} // namespace tandem

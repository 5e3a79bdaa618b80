// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timeline/BodyViewer.h"

#include "SyntaxHighlighting.h"
#include "domain/BodyFormatSniffer.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// KSyntaxHighlighting queues the re-highlighting of the block after one whose folding changed; when the
// text is replaced before that call runs, the block it holds is gone and Qt reads freed memory (the asan
// preset crashed there). The queued calls are dropped before the old text goes.
void dropQueuedHighlighting(KSyntaxHighlighting::SyntaxHighlighter *highlighter)
{
    QCoreApplication::removePostedEvents(highlighter, QEvent::MetaCall);
}

// The definition a file of this format would get, found by file name as an editor finds it.
KSyntaxHighlighting::Definition definitionFor(BodyFormat format)
{
    KSyntaxHighlighting::Repository &repository = SyntaxHighlighting::repository();
    const auto byFileName = [&](const QString &fileName) { return repository.definitionForFileName(fileName); };
    switch (format) {
    case BodyFormat::Log:
        // Several definitions claim *.log; the advanced one also marks levels, times and addresses.
        return repository.definitionForName(u"Log File (advanced)"_s);
    case BodyFormat::Json:
        return byFileName(u"body.json"_s);
    case BodyFormat::Xml:
        return byFileName(u"body.xml"_s);
    case BodyFormat::Yaml:
        return byFileName(u"body.yaml"_s);
    case BodyFormat::Ini:
        return byFileName(u"body.ini"_s);
    case BodyFormat::Shell:
        return byFileName(u"body.sh"_s);
    case BodyFormat::Sql:
        return byFileName(u"body.sql"_s);
    case BodyFormat::StackTrace:
        return byFileName(u"body.stacktrace"_s); // resources/syntax/tandem-stacktrace.xml
    case BodyFormat::Html:
        return byFileName(u"body.html"_s);
    case BodyFormat::Plain:
        break;
    }
    return {};
}

bool hasVeryLongLine(QStringView text, qsizetype limit)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n') {
            if (i - lineStart > limit)
                return true;
            lineStart = i + 1;
        }
    }
    return text.size() - lineStart > limit;
}

// NUL would end the text early in some widgets; show a visible replacement instead. Lines longer than
// `limit` are broken for display only: one multi-megabyte line would stall the text layout.
QString displayable(const QString &text, qsizetype limit)
{
    QString shown;
    shown.reserve(text.size() + text.size() / limit + 1);
    qsizetype lineLength = 0;
    for (const QChar ch : text) {
        if (ch == u'\n') {
            lineLength = 0;
        } else if (++lineLength > limit) {
            shown.append(u'\n');
            lineLength = 1;
        }
        shown.append(ch == u'\0' ? QChar::ReplacementCharacter : ch);
    }
    return shown;
}

} // namespace

BodyViewer::BodyViewer(QWidget *parent)
    : QWidget(parent),
      m_text(new QPlainTextEdit(this)),
      m_truncatedNote(new QLabel(this)),
      m_showAll(new QPushButton(tr("Show &All"), this)),
      m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_text->document()))
{
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Event text"));
    m_text->setPlaceholderText(tr("Select an event in the timeline to read it here."));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    SyntaxHighlighting::followPalette(m_highlighter, m_text);
    m_truncatedNote->setWordWrap(true);
    auto *truncatedRow = new QHBoxLayout;
    truncatedRow->addWidget(m_truncatedNote, 1);
    truncatedRow->addWidget(m_showAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addLayout(truncatedRow);
    connect(m_showAll, &QPushButton::clicked, this, [this] { showText(m_fullBody, m_format); });
    clear();
}

void BodyViewer::clear()
{
    m_fullBody.clear();
    m_highlighter->setDefinition({});
    dropQueuedHighlighting(m_highlighter);
    m_text->clear();
    m_truncatedNote->hide();
    m_showAll->hide();
}

void BodyViewer::setBody(const QString &body, BodyFormat declaredFormat)
{
    m_fullBody = body;
    m_format = BodyFormatSniffer::effectiveFormat(declaredFormat, body);
    if (body.size() > initialLength) {
        showText(body.left(initialLength), m_format);
        m_truncatedNote->setText(tr("Showing the first %1 of %2.")
                .arg(QLocale().formattedDataSize(initialLength), QLocale().formattedDataSize(body.size())));
        m_truncatedNote->show();
        m_showAll->show();
    } else {
        showText(body, m_format);
    }
}

void BodyViewer::showText(const QString &text, BodyFormat format)
{
    m_shownLength = text.size();
    m_truncatedNote->setVisible(false);
    m_showAll->setVisible(false);
    const bool technical = format != BodyFormat::Plain;
    m_text->setFont(technical ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : font());
    const bool veryLongLines = hasVeryLongLine(text, longestHighlightedLine);
    m_text->setLineWrapMode(technical || veryLongLines ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
    KSyntaxHighlighting::Definition definition;
    if (technical && !veryLongLines)
        definition = definitionFor(format);
    // Switching the definition off first keeps the highlighter from working through the old text.
    m_highlighter->setDefinition({});
    dropQueuedHighlighting(m_highlighter);
    m_text->setPlainText(displayable(text, longestHighlightedLine));
    m_highlighter->setDefinition(definition);
}

QString BodyViewer::highlightingName() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

bool BodyViewer::isShowingAll() const
{
    return m_shownLength >= m_fullBody.size();
}

} // namespace tandem

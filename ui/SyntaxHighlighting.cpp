// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SyntaxHighlighting.h"

#include "services/SyntaxRepository.h"

#include <QEvent>
#include <QPointer>
#include <QWidget>

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

namespace tandem {
namespace {

// Lives as the highlighter's child, watching the widget the text is shown in.
class PaletteFollower : public QObject
{
public:
    PaletteFollower(KSyntaxHighlighting::SyntaxHighlighter *highlighter, QWidget *widget)
        : QObject(highlighter), m_highlighter(highlighter), m_widget(widget)
    {
        widget->installEventFilter(this);
        applyTheme();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::PaletteChange)
            applyTheme();
        return false;
    }

private:
    void applyTheme()
    {
        const KSyntaxHighlighting::Theme theme = SyntaxHighlighting::repository().themeForPalette(m_widget->palette());
        if (theme.name() == m_highlighter->theme().name())
            return;
        m_highlighter->setTheme(theme);
        m_highlighter->rehighlight();
    }

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QPointer<QWidget> m_widget;
};

} // namespace

KSyntaxHighlighting::Repository &SyntaxHighlighting::repository()
{
    return syntaxRepository();
}

void SyntaxHighlighting::followPalette(KSyntaxHighlighting::SyntaxHighlighter *highlighter, QWidget *widget)
{
    new PaletteFollower(highlighter, widget);
}

} // namespace tandem

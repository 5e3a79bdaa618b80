// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QTextBrowser>
#include <QUrl>

namespace tandem {

// A text browser that loads nothing: every resource a document asks for (an image, a style sheet, whatever
// a sanitiser let slip) is refused, from the network and from local files alike. Customers' mail is shown
// in it; what it was asked for is kept, so a test can see that nothing was.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    [[nodiscard]] const QList<QUrl> &refusedResources() const { return m_refused; }

private:
    QList<QUrl> m_refused;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPlainTextEdit>

namespace tandem {

// A plain text field that refuses a paste or drop which would take its text over a limit, before the
// text reaches the document: laying out a pasted megabyte froze the window for a minute, only for the
// service to refuse it at saving. What was typed stays as it was; refused() lets the form say why.
class LengthLimitedTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LengthLimitedTextEdit(qsizetype longest, QWidget *parent = nullptr);

    [[nodiscard]] qsizetype longest() const { return m_longest; }

Q_SIGNALS:
    // `resulting`: how long the text would have become.
    void refused(qsizetype resulting, qsizetype longest);

protected:
    void insertFromMimeData(const QMimeData *source) override;

private:
    qsizetype m_longest;
};

} // namespace tandem

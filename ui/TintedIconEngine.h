// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QIconEngine>
#include <QString>

namespace tandem {

// An icon from a one-colour SVG drawing, recoloured to the application palette each time it is drawn:
// text colour normally, highlighted text when selected, the disabled text colour when disabled. It
// follows a palette switched at run time and stays sharp at any size and device pixel ratio.
class TintedIconEngine : public QIconEngine
{
public:
    explicit TintedIconEngine(QString path);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    static QColor colorFor(QIcon::Mode mode);

    QString m_path;
};

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QLineEdit;
class QMainWindow;
class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace tandem {

// Help > Keyboard Shortcuts: every action of a window that has a shortcut, grouped by its menu, read
// from the window's actions themselves so the list cannot fall behind; then the keys that are not
// actions (Enter in a list, Ctrl+Enter in the compose panel). A filter finds a key or a command.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Key
    {
        QString group;
        QString description;
        QList<QKeySequence> keys;
    };

    ShortcutsDialog(const QMainWindow &window, const QList<Key> &otherKeys, QWidget *parent = nullptr);

    void setFilter(const QString &text);
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    // What a row shows for these keys: each sequence in the platform's own notation.
    [[nodiscard]] static QString keyText(const QList<QKeySequence> &keys);

private:
    void addMenu(const QMenu *menu, const QString &group, QList<const QAction *> &listed);
    void addRow(const QString &group, const QString &description, const QList<QKeySequence> &keys);
    void applyFilter();

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace tandem

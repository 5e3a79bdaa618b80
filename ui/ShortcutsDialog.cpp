// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// "&Open Workspace…" as the menu shows it: "Open Workspace…" ("&&" is a literal ampersand).
QString withoutMnemonic(QString text)
{
    text.replace(u"&&"_s, u"\u0001"_s);
    text.remove(u'&');
    text.replace(u'\u0001', u'&');
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMainWindow &window, const QList<Key> &otherKeys, QWidget *parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(u"shortcutsDialog"_s);
    m_filter->setPlaceholderText(tr("Find a shortcut or a command"));
    m_filter->setAccessibleName(tr("Find a shortcut"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Command"), tr("Keys") });
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    QList<const QAction *> listed;
    if (const QMenuBar *bar = window.menuBar()) {
        for (const QAction *action : bar->actions()) {
            if (action->menu())
                addMenu(action->menu(), withoutMnemonic(action->text()), listed);
        }
    }
    // Actions that live on widgets only (a list's context menu, say) still have keys worth knowing.
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty() && !listed.contains(action) && !action->menu()) {
            addRow(tr("Other"), withoutMnemonic(action->text()), action->shortcuts());
            listed.append(action);
        }
    }
    for (const Key &key : otherKeys)
        addRow(key.group, key.description, key.keys);
    m_tree->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    resize(680, 640);
}

void ShortcutsDialog::addMenu(const QMenu *menu, const QString &group, QList<const QAction *> &listed)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(action->menu(), group + u" › "_s + withoutMnemonic(action->text()), listed);
            continue;
        }
        if (action->shortcuts().isEmpty() || listed.contains(action))
            continue;
        listed.append(action);
        addRow(group, withoutMnemonic(action->text()), action->shortcuts());
    }
}

QString ShortcutsDialog::keyText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(tr(" or ", "between two keys that do the same"));
}

void ShortcutsDialog::addRow(const QString &group, const QString &description, const QList<QKeySequence> &keys)
{
    QTreeWidgetItem *parent = nullptr;
    for (int i = 0; i < m_tree->topLevelItemCount() && !parent; ++i) {
        if (m_tree->topLevelItem(i)->text(0) == group)
            parent = m_tree->topLevelItem(i);
    }
    if (!parent) {
        parent = new QTreeWidgetItem(m_tree, { group });
        QFont bold = parent->font(0);
        bold.setWeight(QFont::DemiBold);
        parent->setFont(0, bold);
        parent->setFlags(Qt::ItemIsEnabled);
        parent->setFirstColumnSpanned(true);
    }
    new QTreeWidgetItem(parent, { description, keyText(keys) });
}

void ShortcutsDialog::setFilter(const QString &text)
{
    m_filter->setText(text);
    applyFilter();
}

void ShortcutsDialog::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        const bool groupMatches = group->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *row = group->child(j);
            const bool matches = needle.isEmpty() || groupMatches || row->text(0).contains(needle, Qt::CaseInsensitive)
                || row->text(1).contains(needle, Qt::CaseInsensitive);
            row->setHidden(!matches);
            shown += matches ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace tandem

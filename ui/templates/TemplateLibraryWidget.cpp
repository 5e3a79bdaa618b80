// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplateLibraryWidget.h"

#include "ThemeColors.h"
#include "domain/Enums.h"
#include "domain/Error.h"
#include "services/TemplateService.h"
#include "templates/TemplateEditorDialog.h"
#include "templates/TemplateListDelegate.h"
#include "templates/TemplateListModel.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// A library file is a few hundred templates at most; anything far larger is not one.
constexpr qint64 largestLibraryFile = 8 * 1024 * 1024;

} // namespace

TemplateLibraryWidget::TemplateLibraryWidget(
    TemplateService &templates, CustomerService &customers, Actor actor, QWidget *parent)
    : QWidget(parent),
      m_templates(templates),
      m_customers(customers),
      m_actor(std::move(actor)),
      m_model(new TemplateListModel(templates, m_actor, this)),
      m_filter(new QLineEdit(this)),
      m_list(new QListView(this)),
      m_edit(new QPushButton(tr("&Edit…"), this)),
      m_archive(new QPushButton(tr("&Archive"), this)),
      m_status(new QLabel(this))
{
    setObjectName(u"templateLibrary"_s);
    m_filter->setPlaceholderText(tr("Find a template by name, shortcode or words from the text"));
    m_filter->setAccessibleName(tr("Find a template"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaxLength(200);
    connect(m_filter, &QLineEdit::textChanged, m_model, &TemplateListModel::setFilterText);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { m_list->setFocus(Qt::OtherFocusReason); });

    m_list->setModel(m_model);
    m_list->setItemDelegate(new TemplateListDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Templates"));
    connect(m_list, &QListView::activated, this, &TemplateLibraryWidget::editCurrent);
    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &TemplateLibraryWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TemplateLibraryWidget::updateButtons);
    connect(
        m_model, &TemplateListModel::loadFailed, this, [this](const QString &message) { showStatus(message, true); });

    auto *create = new QPushButton(tr("&New…"), this);
    auto *importButton = new QPushButton(tr("&Import…"), this);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    connect(create, &QPushButton::clicked, this, &TemplateLibraryWidget::newTemplate);
    connect(m_edit, &QPushButton::clicked, this, &TemplateLibraryWidget::editCurrent);
    connect(m_archive, &QPushButton::clicked, this, &TemplateLibraryWidget::archiveCurrent);
    connect(importButton, &QPushButton::clicked, this, &TemplateLibraryWidget::chooseImportFile);
    connect(exportButton, &QPushButton::clicked, this, &TemplateLibraryWidget::chooseExportFile);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_archive);
    buttons->addStretch(1);
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *libraryPane = new QWidget(this);
    auto *libraryLayout = new QVBoxLayout(libraryPane);
    libraryLayout->setContentsMargins(0, 0, 0, 0);
    libraryLayout->addWidget(m_filter);
    libraryLayout->addWidget(m_list, 1);
    libraryLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    if (TemplateService::canEditShared(m_actor)) {
        // Which referral texts bring referrals in: a lead's reason to keep, change or drop one.
        m_referrals = new QTreeWidget(this);
        m_referrals->setObjectName(u"referralResults"_s);
        m_referrals->setAccessibleName(tr("Referral results per template"));
        m_referrals->setRootIsDecorated(false);
        m_referrals->setHeaderLabels({ tr("Referral request"), tr("Sent"), tr("Referrals"), tr("Rate") });
        m_referrals->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int column = 1; column < 4; ++column)
            m_referrals->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        m_referrals->header()->setStretchLastSection(false);
        auto *referralPane = new QWidget(this);
        auto *referralLayout = new QVBoxLayout(referralPane);
        referralLayout->setContentsMargins(0, 0, 0, 0);
        auto *title = new QLabel(tr("Referral requests and the referrals that followed"), referralPane);
        QFont bold = title->font();
        bold.setWeight(QFont::DemiBold);
        title->setFont(bold);
        referralLayout->addWidget(title);
        referralLayout->addWidget(m_referrals, 1);
        auto *splitter = new QSplitter(this);
        splitter->addWidget(libraryPane);
        splitter->addWidget(referralPane);
        splitter->setStretchFactor(0, 1);
        splitter->setStretchFactor(1, 1);
        splitter->setChildrenCollapsible(false);
        layout->addWidget(splitter, 1);
        connect(&m_templates, &TemplateService::changed, this, &TemplateLibraryWidget::reloadReferrals);
        reloadReferrals();
    } else {
        layout->addWidget(libraryPane, 1);
    }
    layout->addWidget(m_status);
    updateButtons();
}

QString TemplateLibraryWidget::statusText() const
{
    return m_status->text();
}

void TemplateLibraryWidget::showStatus(const QString &message, bool problem)
{
    QPalette palette = m_status->palette();
    palette.setColor(
        QPalette::WindowText, problem ? ThemeColors::error(palette) : QWidget::palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    m_status->setText(message);
}

void TemplateLibraryWidget::updateButtons()
{
    const ReplyTemplate *current = m_model->templateAt(m_list->currentIndex().row());
    m_edit->setEnabled(current != nullptr);
    // Others' templates open read-only in the editor; only the ones this agent may change are archived.
    m_edit->setText(current && !TemplateService::canEdit(m_actor, *current) ? tr("&View…") : tr("&Edit…"));
    m_archive->setEnabled(current && TemplateService::canEdit(m_actor, *current));
}

void TemplateLibraryWidget::newTemplate()
{
    TemplateEditorDialog editor(m_templates, m_customers, m_actor, std::nullopt, this);
    if (m_previewCustomer)
        editor.setPreviewCustomer(m_previewCustomer);
    if (editor.exec() != QDialog::Accepted)
        return;
    if (const std::optional<Id> saved = editor.savedTemplateId()) {
        m_model->reload();
        m_list->setCurrentIndex(m_model->index(m_model->rowOf(*saved)));
        showStatus(tr("Template saved."), false);
    }
}

void TemplateLibraryWidget::editCurrent()
{
    const ReplyTemplate *current = m_model->templateAt(m_list->currentIndex().row());
    if (!current)
        return;
    const ReplyTemplate chosen = *current;
    TemplateEditorDialog editor(m_templates, m_customers, m_actor, chosen, this);
    if (m_previewCustomer)
        editor.setPreviewCustomer(m_previewCustomer);
    if (editor.exec() == QDialog::Accepted && editor.savedTemplateId()) {
        m_model->reload();
        m_list->setCurrentIndex(m_model->index(m_model->rowOf(chosen.id)));
        showStatus(tr("Template saved."), false);
    }
}

void TemplateLibraryWidget::archiveCurrent()
{
    const ReplyTemplate *current = m_model->templateAt(m_list->currentIndex().row());
    if (!current)
        return;
    const QString name = current->name;
    try {
        m_templates.archive(m_actor, current->id);
        m_model->reload();
        showStatus(
            tr("“%1” is archived: it leaves the lists and stays behind the replies sent with it.").arg(name), false);
    } catch (const Error &error) {
        showStatus(error.message(), true);
    }
}

bool TemplateLibraryWidget::importFile(const QString &path, bool shared)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    if (file.size() > largestLibraryFile) {
        showStatus(tr("%1 is too large for a template library (%2 MB at most); nothing was imported.")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(largestLibraryFile / (1024 * 1024)),
            true);
        return false;
    }
    try {
        const int added = m_templates.importLibrary(
            m_actor, file.readAll(), shared ? TemplateScope::Shared : TemplateScope::Personal);
        m_model->reload();
        showStatus(tr("Imported %n template(s).", nullptr, added), false);
        return true;
    } catch (const Error &error) {
        showStatus(tr("Nothing was imported. %1").arg(error.message()), true);
        return false;
    }
}

bool TemplateLibraryWidget::exportFile(const QString &path)
{
    try {
        const QByteArray json = m_templates.exportLibrary(m_actor);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            showStatus(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
            return false;
        }
        showStatus(tr("Exported the templates to %1.").arg(QDir::toNativeSeparators(path)), false);
        return true;
    } catch (const Error &error) {
        showStatus(error.message(), true);
        return false;
    }
}

void TemplateLibraryWidget::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Templates"), QString(), tr("Template libraries (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    bool shared = false;
    if (TemplateService::canEditShared(m_actor)) {
        const QStringList scopes { tr("Shared with the team"), tr("My personal templates") };
        bool chosen = false;
        const QString scope = QInputDialog::getItem(
            this, tr("Import Templates"), tr("Add the templates as:"), scopes, 0, false, &chosen);
        if (!chosen)
            return;
        shared = scope == scopes.front();
    }
    importFile(path, shared);
}

void TemplateLibraryWidget::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Templates"), tr("templates.json"), tr("Template libraries (*.json)"));
    if (!path.isEmpty())
        exportFile(path);
}

void TemplateLibraryWidget::reloadReferrals()
{
    if (!m_referrals)
        return;
    m_referrals->clear();
    try {
        for (const TemplateReferralCount &count : m_templates.referralCounts(m_actor)) {
            const QString rate = count.requestsSent > 0
                ? QLocale().toString(100.0 * double(count.referralsReceived) / double(count.requestsSent), 'f', 0)
                    + u" %"_s
                : u"–"_s;
            // Channel variants share a name.
            QString name = count.channel ? count.name + u" · "_s + displayName(*count.channel) : count.name;
            if (count.archived)
                name = tr("%1 (archived)").arg(name);
            auto *row = new QTreeWidgetItem(m_referrals,
                { name, QLocale().toString(count.requestsSent), QLocale().toString(count.referralsReceived), rate });
            row->setToolTip(0, count.shortcode.isEmpty() ? name : name + u" (/"_s + count.shortcode + u')');
            for (int column = 1; column < 4; ++column)
                row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
    } catch (const Error &error) {
        showStatus(error.message(), true);
    }
}

} // namespace tandem

// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "review/AuditViewer.h"

#include "DateTimeText.h"
#include "domain/AuditSentence.h"
#include "domain/Error.h"
#include "review/AuditLogModel.h"
#include "services/AuditService.h"

#include <QApplication>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// Stored JSON, indented for reading; other text as it is.
QString readable(const QString &stored)
{
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8());
    if (document.isNull())
        return stored;
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setWeight(QFont::DemiBold);
    label->setFont(bold);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

AuditViewer::AuditViewer(AuditService &service, Actor actor, QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_actor(std::move(actor)),
      m_model(new AuditLogModel(service, m_actor, this)),
      m_table(new QTableView(this)),
      m_verification(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_before(new QPlainTextEdit(this)),
      m_after(new QPlainTextEdit(this))
{
    setObjectName(u"auditViewer"_s);
    auto *verifyButton = new QPushButton(tr("&Verify Chain"), this);
    verifyButton->setToolTip(tr("Recompute every entry's hash and check that none was changed or removed"));
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    m_verification->setTextFormat(Qt::PlainText);
    m_verification->setWordWrap(true);
    m_verification->setText(tr("Every entry carries the hash of the one before it, so a change made behind "
                               "Tandem's back breaks the chain."));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Audit trail"));
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(AuditLogModel::IdColumn, 60);
    header->resizeSection(AuditLogModel::TimeColumn,
        m_table->fontMetrics().horizontalAdvance(shortDateTimeText(QDateTime(QDate(2026, 12, 28), QTime(23, 58))))
            + 24);
    header->resizeSection(AuditLogModel::ActorColumn, 150);
    header->setSectionResizeMode(AuditLogModel::SentenceColumn, QHeaderView::Stretch);
    header->resizeSection(
        AuditLogModel::CodeColumn, m_table->fontMetrics().horizontalAdvance(u"template.install_default #99999"_s) + 24);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *edit : { m_before, m_after }) {
        edit->setReadOnly(true);
        edit->setFont(fixed);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Selected entry"));
    m_before->setAccessibleName(tr("Before"));
    m_after->setAccessibleName(tr("After"));
    auto *changes = new QSplitter(Qt::Horizontal, this);
    changes->addWidget(titled(tr("Before"), m_before, changes));
    changes->addWidget(titled(tr("After"), m_after, changes));
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_summary);
    detailsLayout->addWidget(changes, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *top = new QHBoxLayout;
    top->addWidget(m_verification, 1);
    top->addWidget(refresh);
    top->addWidget(verifyButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(verifyButton, &QPushButton::clicked, this, &AuditViewer::verify);
    connect(refresh, &QPushButton::clicked, m_model, &AuditLogModel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditViewer::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditViewer::showSelected);
    connect(m_model, &AuditLogModel::loadFailed, this, [this](const QString &message) {
        m_verification->setText(message);
        m_verification->setStyleSheet(u"color: #b3261e;"_s);
    });
    showSelected();
}

QString AuditViewer::verificationText() const
{
    return m_verification->text();
}

QString AuditViewer::beforeText() const
{
    return m_before->toPlainText();
}

QString AuditViewer::afterText() const
{
    return m_after->toPlainText();
}

QString AuditViewer::summaryText() const
{
    return m_summary->text();
}

bool AuditViewer::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void AuditViewer::showSelected()
{
    const AuditListEntry *entry = m_model->entryAt(m_table->currentIndex().row());
    m_summary->setText(entry ? tr("%1\nCode: %2, entry #%3")
                                   .arg(AuditSentence::of(*entry), AuditLogModel::codeOf(entry->entry))
                                   .arg(entry->entry.id)
                             : tr("Select an entry to see what it changed."));
    m_before->setPlainText(entry ? readable(entry->entry.before) : QString());
    m_after->setPlainText(entry ? readable(entry->entry.after) : QString());
    m_before->setPlaceholderText(entry ? tr("(nothing: this entry created the record)") : QString());
}

bool AuditViewer::verify()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    AuditVerification result;
    try {
        result = m_service.verify(m_actor);
    } catch (const Error &error) {
        QApplication::restoreOverrideCursor();
        m_verification->setText(error.message());
        m_verification->setStyleSheet(u"color: #b3261e;"_s);
        return false;
    }
    QApplication::restoreOverrideCursor();
    if (result.firstBrokenId) {
        m_verification->setText(tr("The audit trail was tampered with: %1").arg(result.problem));
        m_verification->setStyleSheet(u"color: #b3261e; font-weight: 600;"_s);
        return false;
    }
    m_verification->setText(tr("Intact: %n entries checked, none changed or missing.", nullptr,
        int(qMin<qint64>(result.entriesChecked, 2'000'000'000))));
    m_verification->setStyleSheet(u"color: #1b6e34;"_s);
    return true;
}

} // namespace tandem

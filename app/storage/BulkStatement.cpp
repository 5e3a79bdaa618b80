#include "storage/BulkStatement.h"

#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace tandem {

BulkStatement::BulkStatement(const QSqlDatabase &db, const QString &statement)
{
    const QVariant handle = db.driver()->handle();
    if (db.driverName() == u"QSQLITE"_s && handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db) {
        m_query = sql::prepare(db, statement);
        return;
    }
    const QByteArray text = statement.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr) != SQLITE_OK) {
        fail();
    }
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

void BulkStatement::fail() const
{
    throw StorageError(QCoreApplication::translate("tandem::Sql", "The database refused the operation: %1")
                           .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
}

void BulkStatement::run(std::initializer_list<QVariant> values)
{
    if (!m_statement) {
        sql::run(m_query, values);
        return;
    }
    int index = 0;
    for (const QVariant &value : values) {
        ++index;
        int result = SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            result = sqlite3_bind_null(m_statement, index);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            result = sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            result = sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        default: {
            // The text lives in the QVariant until the row is stepped.
            const QString *text = value.typeId() == QMetaType::QString ? static_cast<const QString *>(value.constData())
                                                                       : nullptr;
            if (text) {
                // A null QString binds as '' (sqlite3 takes a null pointer for NULL).
                static constexpr char16_t empty[] = u"";
                const void *characters = text->isNull() ? static_cast<const void *>(empty)
                                                        : static_cast<const void *>(text->constData());
                result = sqlite3_bind_text16(m_statement, index, characters,
                                             int(text->size() * qsizetype(sizeof(QChar))), SQLITE_STATIC);
            } else {
                const QByteArray converted = value.toString().toUtf8();
                result = sqlite3_bind_text(m_statement, index, converted.constData(), int(converted.size()),
                                           SQLITE_TRANSIENT);
            }
            break;
        }
        }
        if (result != SQLITE_OK)
            fail();
    }
    const int stepped = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (stepped != SQLITE_DONE)
        fail();
}

} // namespace tandem

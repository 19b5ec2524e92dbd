// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDir>
#include <QSqlQuery>

namespace Sprechtag {

WriteTransaction::WriteTransaction(const Database &db) : m_db(db)
{}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

Status WriteTransaction::begin()
{
    if (m_db.isReadOnly())
        return makeError(ErrorCode::ReadOnly, {QDir::toNativeSeparators(m_db.path())});
    if (Status s = m_db.checkFile(); !s)
        return s;
    m_level = m_db.m_transactionDepth + 1;
    const QString sql = m_level == 1 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT sprechtag_%1").arg(m_level);
    if (Status s = execute(m_db, sql); !s)
        return s;
    m_db.m_transactionDepth = m_level;
    m_active = true;
    return {};
}

Status WriteTransaction::commit()
{
    const QString sql =
        m_level == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sprechtag_%1").arg(m_level);
    if (Status s = execute(m_db, sql); !s) {
        rollback();
        return s;
    }
    m_active = false;
    m_db.m_transactionDepth = m_level - 1;
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_db.m_transactionDepth = m_level - 1;
    QSqlQuery q(m_db.connection());
    if (m_level == 1) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO sprechtag_%1").arg(m_level));
        q.exec(QStringLiteral("RELEASE sprechtag_%1").arg(m_level));
    }
}

} // namespace Sprechtag

#include "annotation/team/ReadConnection.h"

#include <QAtomicInt>
#include <QSqlError>

namespace kcat::team {

ReadConnection::ReadConnection(const QString& path) {
    static QAtomicInt counter;
    m_name = QStringLiteral("kcat-team-read-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
    m_open = db.open();
    if (!m_open) {
        m_error = tr("%1: cannot be opened for reading: %2").arg(path, db.lastError().text());
        return;
    }
    // SQLite's default page cache and plain reads: measured on the 100,000-label bench, a memory-mapped file
    // (page faults) or a 32 MB page cache cost more CPU than they save (README, "Measured").
}

ReadConnection::~ReadConnection() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ReadConnection::database() const {
    return QSqlDatabase::database(m_name, false);
}

} // namespace kcat::team

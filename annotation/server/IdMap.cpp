#include "annotation/server/IdMap.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kcat::server {

IdMap::IdMap(QSqlDatabase db, const QString& kind)
    : m_kind(kind) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT local_id, server_id FROM server_ids WHERE kind = ?"));
    q.addBindValue(kind);
    if (q.exec())
        while (q.next()) {
            m_toServer.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
            m_toLocal.insert(q.value(1).toLongLong(), q.value(0).toLongLong());
        }
}

void IdMap::set(qint64 local, qint64 server) {
    if (m_toServer.value(local) == server && m_toLocal.value(server) == local)
        return;
    const qint64 oldServer = m_toServer.value(local, 0);
    if (oldServer != 0)
        m_toLocal.remove(oldServer);
    const qint64 oldLocal = m_toLocal.value(server, 0);
    if (oldLocal != 0)
        m_toServer.remove(oldLocal);
    m_toServer.insert(local, server);
    m_toLocal.insert(server, local);
    m_changed.insert(local, server);
}

void IdMap::unset(qint64 local) {
    if (!m_changed.contains(local))
        return;
    m_toLocal.remove(m_toServer.take(local));
    m_changed.remove(local);
}

bool IdMap::save(QSqlDatabase& db, QString* error) const {
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM server_ids WHERE kind = ? AND (local_id = ? OR server_id = ?)"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO server_ids (kind, local_id, server_id) VALUES (?, ?, ?)"));
    for (auto it = m_changed.cbegin(); it != m_changed.cend(); ++it) {
        if (m_toServer.value(it.key()) != it.value())
            continue; // superseded by a later set()
        del.addBindValue(m_kind);
        del.addBindValue(it.key());
        del.addBindValue(it.value());
        q.addBindValue(m_kind);
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!del.exec() || !q.exec()) {
            *error = (del.lastError().isValid() ? del.lastError() : q.lastError()).text();
            return false;
        }
    }
    return true;
}

} // namespace kcat::server

#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace kcat::server {

// The workspace's server_ids rows of one kind, loaded once, changed in memory and written back in the
// caller's workspace transaction.
class IdMap {
public:
    IdMap(QSqlDatabase db, const QString& kind);

    qint64 server(qint64 local) const { return m_toServer.value(local, 0); }
    qint64 local(qint64 server) const { return m_toLocal.value(server, 0); }
    void set(qint64 local, qint64 server);
    // Forgets a pair set since loading (e.g. a server row rolled back).
    void unset(qint64 local);
    // Writes the changed pairs (INSERT OR REPLACE); false with *error on failure.
    bool save(QSqlDatabase& db, QString* error) const;
    QList<qint64> locals() const { return m_toServer.keys(); }

private:
    QString m_kind;
    QHash<qint64, qint64> m_toServer;
    QHash<qint64, qint64> m_toLocal;
    QHash<qint64, qint64> m_changed;
};

} // namespace kcat::server

#pragma once

#include "annotation/server/ServerSettings.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QSqlQuery;

namespace kcat::server {

// Why talking to the team server failed, so callers (CLI exit codes, the status bar) can tell a dropped
// network from a refused login or a server that was never set up.
enum class ServerFailure {
    None,
    Unreachable,
    Authentication,
    NoSchema,
    SchemaTooOld,
    SchemaTooNew,
    Query,
    Workspace, // the local workspace failed
    Cancelled  // the user cancelled; the server transaction was rolled back
};

struct ServerError {
    ServerFailure kind = ServerFailure::None;
    QString message;
    bool isError() const { return kind != ServerFailure::None; }
    bool isConnectionLost() const { return kind == ServerFailure::Unreachable; }
};

// One QPSQL connection to a team server, owned by the thread that opened it. Closes and removes itself.
class ServerConnection {
    Q_DECLARE_TR_FUNCTIONS(kcat::server::ServerConnection)

public:
    ServerConnection(const ServerSettings& settings, const QString& connectionName);
    ~ServerConnection();
    ServerConnection(const ServerConnection&) = delete;
    ServerConnection& operator=(const ServerConnection&) = delete;

    // Opens the connection (connect timeout 5 s). With checkSchema, also requires the KCAT schema at
    // exactly this program's version.
    bool open(ServerError* error, bool checkSchema = true);
    bool isOpen() const;
    void close();
    QSqlDatabase database() const;
    const ServerSettings& settings() const { return m_settings; }
    // The login's role on the server: "manager", "annotator" or "admin" (superuser / CREATEROLE).
    QString role(ServerError* error);

    // Runs work in one server transaction (committed when it returns true). A lost connection during
    // the work is reported as Unreachable.
    bool transaction(const std::function<bool(QSqlDatabase&, ServerError*)>& work, ServerError* error);

    // Executes a prepared query; on failure fills *error (classifying a lost connection) and returns false.
    bool exec(QSqlQuery& query, ServerError* error) const;
    bool exec(const QString& statement, ServerError* error) const;

    // Classifies a driver message from opening a connection.
    ServerError classifyOpenFailure(const QString& driverText) const;

private:
    ServerError queryFailure(const QString& driverText, const QString& what) const;

    ServerSettings m_settings;
    QString m_name;
};

} // namespace kcat::server

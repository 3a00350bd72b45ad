#include "annotation/server/ServerConnection.h"

#include "annotation/server/ServerSchema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kcat::server {

namespace {

bool mentions(const QString& text, std::initializer_list<const char*> needles) {
    for (const char* n : needles)
        if (text.contains(QLatin1String(n), Qt::CaseInsensitive))
            return true;
    return false;
}

bool connectionLost(const QString& text) {
    return mentions(text, {"server closed the connection", "no connection to the server",
                           "connection to server", "terminating connection", "could not receive data",
                           "could not send data", "connection not open", "SSL SYSCALL", "Broken pipe",
                           "the database system is shutting down", "the database system is starting up"});
}

} // namespace

ServerConnection::ServerConnection(const ServerSettings& settings, const QString& connectionName)
    : m_settings(settings)
    , m_name(connectionName) {}

ServerConnection::~ServerConnection() {
    if (QSqlDatabase::contains(m_name)) {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
}

QSqlDatabase ServerConnection::database() const {
    return QSqlDatabase::database(m_name, false);
}

bool ServerConnection::isOpen() const {
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

void ServerConnection::close() {
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::database(m_name, false).close();
}

bool ServerConnection::open(ServerError* error, bool checkSchema) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = {
            ServerFailure::Unreachable,
            tr("the Qt PostgreSQL driver (QPSQL) is missing; install the Debian package libqt6sql6-psql")};
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_name)
                          ? QSqlDatabase::database(m_name, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.close();
    db.setHostName(m_settings.host);
    db.setPort(m_settings.port);
    db.setDatabaseName(m_settings.database);
    db.setUserName(m_settings.user);
    db.setPassword(m_settings.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=kcat"));
    if (!db.open()) {
        *error = classifyOpenFailure(db.lastError().text());
        return false;
    }
    if (checkSchema && !ServerSchema::check(*this, error)) {
        db.close();
        return false;
    }
    return true;
}

ServerError ServerConnection::classifyOpenFailure(const QString& text) const {
    const QString detail = text.simplified();
    const QString who = m_settings.user.isEmpty() ? tr("(the system user)") : m_settings.user;
    if (mentions(text, {"password authentication failed", "authentication failed", "no password supplied",
                        "role \"", "pg_hba.conf"}))
        return {ServerFailure::Authentication,
                tr("the team server at %1 refused the login of %2 (check the user name and password): %3")
                    .arg(m_settings.endpoint(), who, detail)};
    if (mentions(text, {"database \""}))
        return {ServerFailure::NoSchema, tr("the team server at %1 has no database \"%2\": %3")
                                             .arg(m_settings.endpoint(), m_settings.database, detail)};
    return {ServerFailure::Unreachable,
            tr("cannot reach the team server at %1: %2").arg(m_settings.endpoint(), detail)};
}

ServerError ServerConnection::queryFailure(const QString& text, const QString& what) const {
    if (connectionLost(text))
        return {ServerFailure::Unreachable,
                tr("lost the connection to the team server at %1: %2").arg(m_settings.endpoint(), text)};
    return {ServerFailure::Query,
            tr("the team server at %1 refused %2: %3").arg(m_settings.endpoint(), what, text.simplified())};
}

bool ServerConnection::exec(QSqlQuery& query, ServerError* error) const {
    if (query.exec())
        return true;
    *error = queryFailure(query.lastError().text(), query.lastQuery().simplified().left(80));
    return false;
}

bool ServerConnection::exec(const QString& statement, ServerError* error) const {
    QSqlQuery q(database());
    if (q.exec(statement))
        return true;
    *error = queryFailure(q.lastError().text(), statement.simplified().left(80));
    return false;
}

bool ServerConnection::transaction(const std::function<bool(QSqlDatabase&, ServerError*)>& work,
                                   ServerError* error) {
    QSqlDatabase db = database();
    if (!db.isOpen() && !open(error))
        return false;
    if (!db.transaction()) {
        *error = queryFailure(db.lastError().text(), tr("a transaction"));
        if (!error->isConnectionLost())
            *error = {ServerFailure::Unreachable, tr("lost the connection to the team server at %1: %2")
                                                      .arg(m_settings.endpoint(), db.lastError().text())};
        db.close();
        return false;
    }
    if (!work(db, error)) {
        db.rollback();
        if (error->isConnectionLost())
            db.close();
        return false;
    }
    if (!db.commit()) {
        *error = queryFailure(db.lastError().text(), tr("the commit"));
        db.rollback();
        if (error->isConnectionLost())
            db.close();
        return false;
    }
    return true;
}

QString ServerConnection::role(ServerError* error) {
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT r.rolsuper OR r.rolcreaterole, pg_has_role(current_user, 'kcat_manager', 'member'), "
        "pg_has_role(current_user, 'kcat_annotator', 'member') FROM pg_roles r WHERE r.rolname = "
        "current_user"));
    if (!exec(q, error) || !q.next())
        return {};
    if (q.value(0).toBool())
        return QStringLiteral("admin");
    if (q.value(1).toBool())
        return QStringLiteral("manager");
    if (q.value(2).toBool())
        return QStringLiteral("annotator");
    return QStringLiteral("none");
}

} // namespace kcat::server

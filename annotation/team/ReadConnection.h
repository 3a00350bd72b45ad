#pragma once

// A read-only SQLite connection to a workspace file, owned by the thread that creates it: a worker reads a
// project through its own connection while the GUI thread keeps the workspace's. Opened in the
// constructor, closed and removed in the destructor (on the same thread).

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace kcat::team {

class ReadConnection {
    Q_DECLARE_TR_FUNCTIONS(kcat::team::ReadConnection)

public:
    explicit ReadConnection(const QString& path);
    ~ReadConnection();
    ReadConnection(const ReadConnection&) = delete;
    ReadConnection& operator=(const ReadConnection&) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; } // names the file
    QSqlDatabase database() const;

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace kcat::team

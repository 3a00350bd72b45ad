#include "ui/server/TeamServerJobs.h"

#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/ProjectStore.h"
#include "annotation/server/ServerAdmin.h"
#include "annotation/server/ServerConnection.h"
#include "annotation/server/TeamSync.h"
#include "annotation/team/AssignmentPlanner.h"
#include "annotation/team/TeamSql.h"
#include "annotation/team/TeamStore.h"
#include "compute/core/ConcurrentJob.h"
#include "compute/core/Workspace.h"

#include <QAtomicInt>
#include <QSet>
#include <QSqlQuery>

#include <memory>

namespace kcat::ui {

namespace {

// What every job does first on its worker thread: its own workspace and server connections, and a check
// that the login may manage the team.
struct Session {
    std::unique_ptr<core::Workspace> workspace;
    std::unique_ptr<server::ServerConnection> connection;
};

QString connectionName() {
    static QAtomicInt counter;
    return QStringLiteral("kcat-team-job-%1").arg(counter.fetchAndAddRelaxed(1));
}

[[noreturn]] void fail(const QString& what, const server::ServerSettings& settings, const QString& why) {
    throw core::JobFailure{TeamServerJobs::tr("%1 (team server %2): %3").arg(what, settings.endpoint(), why)};
}

Session open(const QString& path, const server::ServerSettings& settings, const QString& what,
             core::JobControl& control) {
    Session s;
    core::WorkspaceError we;
    s.workspace = core::Workspace::open(path, &we);
    if (!s.workspace)
        throw core::JobFailure{
            TeamServerJobs::tr("%1: cannot open the workspace %2: %3").arg(what, path, we.message)};
    control.report(0, 1, TeamServerJobs::tr("connecting to %1").arg(settings.endpoint()));
    s.connection = std::make_unique<server::ServerConnection>(settings, connectionName());
    server::ServerError e;
    if (!s.connection->open(&e))
        fail(what, settings, e.message);
    const QString role = s.connection->role(&e);
    if (e.isError())
        fail(what, settings, e.message);
    if (role != QLatin1String("manager") && role != QLatin1String("admin"))
        fail(what, settings,
             TeamServerJobs::tr("the login \"%1\" is an annotator; publishing, assigning and pulling need a "
                                "manager login (`kcat server add-annotator NAME --manager`)")
                 .arg(settings.user));
    return s;
}

// Progress of a TeamSync step as part of the job's steps; false (cancel) when the user cancelled.
server::TeamSync::Progress progressOf(core::JobControl& control, const QString& detail) {
    return [&control, detail](qint64 done, qint64 total) {
        control.report(done, total, detail);
        return !control.isCancelled();
    };
}

void checkCancelled(core::JobControl& control) {
    if (control.isCancelled())
        throw core::JobFailure{server::TeamSync::cancelled().message};
}

void publishStep(Session& s, const server::ServerSettings& settings, const QString& project,
                 core::JobControl& control, const QString& what, server::SyncCounts* n) {
    server::ServerError e;
    if (!server::TeamSync::publish(*s.workspace, *s.connection, project, n, &e,
                                   progressOf(control, TeamServerJobs::tr("publishing \"%1\"").arg(project))))
        fail(what, settings, e.message);
}

} // namespace

core::ConcurrentJob* TeamServerJobs::publish(const QString& workspacePath,
                                             const server::ServerSettings& settings, const QString& project,
                                             QObject* parent) {
    return new core::ConcurrentJob(
        tr("Publish \"%1\" to %2").arg(project, settings.endpoint()),
        [workspacePath, settings, project](core::JobControl& control) {
            const QString what = tr("Publishing \"%1\" failed").arg(project);
            Session s = open(workspacePath, settings, what, control);
            checkCancelled(control);
            server::SyncCounts n;
            publishStep(s, settings, project, control, what, &n);
            return QVariant(tr("Published \"%1\" to the team server %2: %3 documents, %4 mentions, %5 "
                               "assignments (%6 skipped: no login of that name).")
                                .arg(project, settings.endpoint())
                                .arg(n.documents)
                                .arg(n.mentions)
                                .arg(n.assignments)
                                .arg(n.skipped));
        },
        parent);
}

core::ConcurrentJob* TeamServerJobs::assign(const QString& workspacePath,
                                            const server::ServerSettings& settings, const QString& project,
                                            const AssignOptions& options, QObject* parent) {
    return new core::ConcurrentJob(
        tr("Assign \"%1\" on %2").arg(project, settings.endpoint()),
        [workspacePath, settings, project, options](core::JobControl& control) {
            const QString what = tr("Assigning \"%1\" failed").arg(project);
            Session s = open(workspacePath, settings, what, control);
            checkCancelled(control);
            // The project's documents must be on the server (and mapped) before they can be assigned.
            server::SyncCounts published;
            publishStep(s, settings, project, control, what, &published);
            checkCancelled(control);
            server::ServerError e;
            QStringList logins;
            for (const server::AnnotatorProgress& a : server::ServerAdmin::progress(*s.connection, &e))
                if (!a.manager)
                    logins << a.name;
            if (e.isError())
                fail(what, settings, e.message);
            if (logins.isEmpty())
                fail(what, settings,
                     tr("there are no annotator logins yet (`kcat server add-annotator NAME`)"));
            const annotation::Project p = annotation::ProjectStore(s.workspace.get()).projectNamed(project);
            QVector<qint64> documents;
            for (const annotation::DocumentSummary& d :
                 annotation::DocumentStore(s.workspace.get()).documents(p.id))
                documents << d.id;
            // Plan over positions 1..n of the logins; the workspace ids are known only when stored below.
            QVector<qint64> positions;
            for (int i = 1; i <= logins.size(); ++i)
                positions << i;
            team::AssignmentSettings ts;
            ts.overlap = options.overlap;
            ts.blind = options.blind;
            ts.goldDocuments = options.goldDocuments;
            ts.seed = options.seed;
            QVector<team::Assignment> plan;
            QString planError;
            if (!team::AssignmentPlanner::plan(documents, positions, ts, &plan, &planError))
                throw core::JobFailure{tr("%1: %2").arg(what, planError)};
            QVector<server::TeamSync::PlannedAssignment> onServer;
            for (const team::Assignment& a : plan)
                onServer.push_back({a.documentId, logins[int(a.annotatorId) - 1], a.gold});
            checkCancelled(control);
            control.report(0, 1, tr("assigning %n document(s)", nullptr, int(documents.size())));
            server::SyncCounts n;
            if (!server::TeamSync::assign(*s.workspace, *s.connection, project, onServer, &n, &e))
                fail(what, settings, e.message);
            // The server has them; now the workspace, in one transaction (members by login name).
            QSet<QString> members;
            for (const team::Member& m : team::TeamStore(s.workspace.get()).members())
                members.insert(m.name);
            QString localError;
            const bool stored = s.workspace->transaction(
                [&](QSqlDatabase& db, QString* err) {
                    QVector<qint64> ids;
                    for (const QString& login : logins) {
                        qint64 id = 0;
                        if (members.contains(login)) {
                            QSqlQuery q(db);
                            q.prepare(QStringLiteral("SELECT id FROM annotation_annotators WHERE name = ?"));
                            q.addBindValue(login);
                            if (!team::sql::exec(q, err) || !q.next())
                                return false;
                            id = q.value(0).toLongLong();
                        } else {
                            id = team::TeamStore::insertMember(db, login, team::Role::Annotator, false,
                                                               QString(), err);
                        }
                        if (id == 0)
                            return false;
                        ids << id;
                    }
                    QVector<team::Assignment> local = plan;
                    for (team::Assignment& a : local)
                        a.annotatorId = ids[int(a.annotatorId) - 1];
                    return team::sql::replaceAssignments(db, p.id, ts, local, err);
                },
                &localError);
            if (!stored)
                throw core::JobFailure{
                    tr("Assigned on the team server %1, but the workspace %2 could not record it (it is "
                       "unchanged; assigning again repairs it): %3")
                        .arg(settings.endpoint(), workspacePath, localError)};
            return QVariant(tr("Assigned %1 documents of \"%2\" to %3 annotators on the team server %4: %5 "
                               "assignments (overlap %6, %7 gold documents%8).")
                                .arg(documents.size())
                                .arg(project)
                                .arg(logins.size())
                                .arg(settings.endpoint())
                                .arg(n.assignments)
                                .arg(options.overlap)
                                .arg(options.goldDocuments)
                                .arg(options.blind ? tr(", blind") : QString()));
        },
        parent);
}

core::ConcurrentJob* TeamServerJobs::pull(const QString& workspacePath,
                                          const server::ServerSettings& settings, QObject* parent) {
    return new core::ConcurrentJob(
        tr("Pull labels from %1").arg(settings.endpoint()),
        [workspacePath, settings](core::JobControl& control) {
            const QString what = tr("Pulling labels failed");
            Session s = open(workspacePath, settings, what, control);
            checkCancelled(control);
            server::SyncCounts n;
            server::ServerError e;
            if (!server::TeamSync::pull(*s.workspace, *s.connection, &n, &e,
                                        progressOf(control, tr("pulling labels"))))
                fail(what, settings, e.message);
            return QVariant(tr("Pulled from the team server %1: %2 labels of %3 annotators, %4 cost rows (%5 "
                               "skipped).")
                                .arg(settings.endpoint())
                                .arg(n.labels)
                                .arg(n.annotators)
                                .arg(n.costs)
                                .arg(n.skipped));
        },
        parent);
}

} // namespace kcat::ui

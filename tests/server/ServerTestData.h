#pragma once

// Shared set-up of the team-server tests: a cluster with the schema, three annotators and a manager, and a
// manager workspace with one project of three documents (two mentions each) published and assigned:
// alice gets d1 and d2, bob gets d2 and d3, carol gets d1 and d3.

#include "PgTestCluster.h"

#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/ProjectStore.h"
#include "annotation/server/ClientSchema.h"
#include "annotation/server/ServerAdmin.h"
#include "annotation/server/ServerSchema.h"
#include "annotation/server/TeamSync.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"

#include <QTest>

namespace serverdata {

inline kcat::server::ServerSettings settingsFor(const PgTestCluster& cluster, const QString& user) {
    kcat::server::ServerSettings s;
    QString error;
    const QString password = user == QLatin1String(PgTestCluster::AdminUser)
                                 ? QString::fromLatin1(PgTestCluster::AdminPassword)
                                 : user + QStringLiteral("-pw");
    kcat::server::ServerSettings::parse(cluster.dsn(user, password), &s, &error);
    return s;
}

inline QVector<kcat::annotation::DocumentData> documents() {
    using kcat::annotation::DocumentData;
    using kcat::annotation::Mention;
    auto mention = [](int start, int end) {
        Mention m;
        m.start = start;
        m.end = end;
        m.candidates = {{QStringLiteral("e%1").arg(start), 0.9}, {QStringLiteral("f%1").arg(start), 0.1}};
        return m;
    };
    return {
        {QStringLiteral("d1"), QStringLiteral("Paris is in France."), {mention(0, 5), mention(12, 18)}},
        {QStringLiteral("d2"),
         QStringLiteral("Ada Lovelace wrote notes."),
         {mention(0, 12), mention(19, 24)}},
        {QStringLiteral("d3"), QStringLiteral("The Nile flows north."), {mention(4, 8), mention(15, 20)}},
    };
}

// Starts the cluster and sets up schema, logins, a published project and the assignments.
inline bool setUp(PgTestCluster& cluster, kcat::core::Workspace& manager, QString* error) {
    using namespace kcat::server;
    if (!cluster.start(error))
        return false;
    ServerConnection admin(settingsFor(cluster, QString::fromLatin1(PgTestCluster::AdminUser)),
                           QStringLiteral("setup-admin"));
    ServerError e;
    if (!admin.open(&e, false) || !ServerSchema::init(admin, &e)) {
        *error = e.message;
        return false;
    }
    for (const char* name : {"alice", "bob", "carol", "mia"})
        if (!ServerAdmin::addAnnotator(admin, QString::fromLatin1(name), QString::fromLatin1(name) + "-pw",
                                       QByteArray(name) == "mia", &e)) {
            *error = e.message;
            return false;
        }
    kcat::annotation::ProjectStore projects(&manager);
    const qint64 project = projects.createProject(QStringLiteral("team"), QStringLiteral("figer"), error);
    kcat::annotation::DocumentStore store(&manager);
    store.setAnnotator(projects.defaultAnnotator());
    if (project == 0 || store.addDocuments(project, documents(), error).size() != 3)
        return false;
    ServerConnection mia(settingsFor(cluster, QStringLiteral("mia")), QStringLiteral("setup-mia"));
    SyncCounts n;
    if (!mia.open(&e) || !TeamSync::publish(manager, mia, QString(), &n, &e)) {
        *error = e.message;
        return false;
    }
    const std::pair<const char*, QStringList> plan[] = {
        {"alice", {QStringLiteral("d1"), QStringLiteral("d2")}},
        {"bob", {QStringLiteral("d2"), QStringLiteral("d3")}},
        {"carol", {QStringLiteral("d1"), QStringLiteral("d3")}},
    };
    for (const auto& [who, docs] : plan)
        if (ServerAdmin::assign(mia, QStringLiteral("team"), docs, QString::fromLatin1(who), false, false,
                                &e) != 2) {
            *error = e.message;
            return false;
        }
    return true;
}

inline void registerSchemas() {
    kcat::core::registerCoreSchema();
    kcat::server::registerServerSchema();
}

} // namespace serverdata

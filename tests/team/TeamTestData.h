#pragma once

// A fresh workspace with the annotation and team schemas and a small hand-made project whose labels,
// assignments and costs the tests know by heart:
//   doc "a" (mentions m0 "Ada", m1 "Paris"), doc "b" (m2 "Bach"), doc "c" (m3 "Rome"); annotators x, y, z.
//   m0: x {/person}, y {/person}, z {/person}
//   m1: x {/location/city}, y {/organization}, z {/location/city}
//   m2: x {/person/artist}, y {/person/artist}, z {/person/artist}
//   m3: x {/location}, y (untyped), z not labelled
// Assignments: a → x, y, z; b → x, y, z; c → x, y. Gold types: m1 {/location/city}.

#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/DocumentsSchema.h"
#include "annotation/documents/ProjectStore.h"
#include "annotation/team/TeamSchema.h"
#include "annotation/team/TeamSql.h"
#include "annotation/team/TeamStore.h"
#include "compute/core/Workspace.h"
#include "compute/core/WorkspaceSchema.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct TeamTestData {
    QTemporaryDir dir;
    std::unique_ptr<kcat::core::Workspace> workspace;
    qint64 project = 0;
    QVector<qint64> documents, mentions;
    qint64 x = 0, y = 0, z = 0;

    static kcat::annotation::Mention mention(int start, int end) {
        kcat::annotation::Mention m;
        m.start = start;
        m.end = end;
        return m;
    }

    // Only the schema and an empty project when `fill` is false.
    explicit TeamTestData(bool fill = true) {
        using namespace kcat;
        core::registerCoreSchema();
        team::registerTeamSchema();
        core::WorkspaceError error;
        workspace = core::Workspace::create(dir.filePath(QStringLiteral("w.kcat")), &error);
        if (!workspace)
            qFatal("cannot create workspace: %s", qPrintable(error.message));
        QString err;
        project = annotation::ProjectStore(workspace.get())
                      .createProject(QStringLiteral("test"), QStringLiteral("figer"), &err);
        if (!fill)
            return;
        annotation::DocumentStore store(workspace.get());
        QVector<annotation::DocumentData> docs(3);
        docs[0] = {
            QStringLiteral("a"), QStringLiteral("Ada lives in Paris."), {mention(0, 3), mention(13, 18)}};
        docs[1] = {QStringLiteral("b"), QStringLiteral("Bach played."), {mention(0, 4)}};
        docs[2] = {QStringLiteral("c"), QStringLiteral("Rome."), {mention(0, 4)}};
        documents = store.addDocuments(project, docs, &err);
        if (documents.size() != 3)
            qFatal("cannot store documents: %s", qPrintable(err));
        for (qint64 d : documents)
            for (const auto& m : store.mentions(d))
                mentions << m.id;
        team::TeamStore team(workspace.get());
        x = team.addMember(QStringLiteral("x"), team::Role::Annotator, false, {}, &err);
        y = team.addMember(QStringLiteral("y"), team::Role::Annotator, false, {}, &err);
        z = team.addMember(QStringLiteral("z"), team::Role::Annotator, false, {}, &err);
        const QStringList person{QStringLiteral("/person")}, city{QStringLiteral("/location/city")},
            org{QStringLiteral("/organization")}, artist{QStringLiteral("/person/artist")},
            location{QStringLiteral("/location")};
        const bool ok = workspace->transaction(
            [&](QSqlDatabase& db, QString* e) {
                auto label = [&](int m, qint64 a, const QStringList& types) {
                    return team::sql::writeTypes(db, mentions[m], a, types, e);
                };
                return label(0, x, person) && label(0, y, person) && label(0, z, person) &&
                       label(1, x, city) && label(1, y, org) && label(1, z, city) && label(2, x, artist) &&
                       label(2, y, artist) && label(2, z, artist) && label(3, x, location) &&
                       label(3, y, {}) &&
                       team::sql::writeGold(db, mentions[1], city, QStringLiteral("manager"), e);
            },
            &err);
        if (!ok)
            qFatal("cannot store labels: %s", qPrintable(err));
        QVector<team::Assignment> plan;
        for (int d = 0; d < 3; ++d)
            for (qint64 a : {x, y, z})
                if (d < 2 || a != z)
                    plan << team::Assignment{documents[d], a, false};
        team::AssignmentSettings settings;
        settings.overlap = 2;
        if (!team.setAssignments(project, settings, plan, &err))
            qFatal("cannot assign: %s", qPrintable(err));
    }

    // A cost row with its context (type-set size, constrained).
    void addCost(int mention, qint64 annotator, qint64 ms, int keystrokes, int clicks, int typeSetSize,
                 bool constrained) {
        QSqlQuery q(workspace->database());
        q.prepare(
            QStringLiteral("INSERT INTO annotation_costs (mention_id, annotator_id, focus_to_confirm_ms, "
                           "keystrokes, clicks, view) VALUES (?, ?, ?, ?, ?, 'flatten')"));
        q.addBindValue(mentions[mention]);
        q.addBindValue(annotator);
        q.addBindValue(ms);
        q.addBindValue(keystrokes);
        q.addBindValue(clicks);
        QVERIFY(q.exec());
        if (typeSetSize < 0)
            return;
        QSqlQuery c(workspace->database());
        c.prepare(QStringLiteral(
            "INSERT INTO team_cost_context (cost_id, type_set_size, constrained) VALUES (?, ?, ?)"));
        c.addBindValue(q.lastInsertId());
        c.addBindValue(typeSetSize);
        c.addBindValue(constrained ? 1 : 0);
        QVERIFY(c.exec());
    }
};

// The project snapshot's two read paths agree and read exactly the project: the GUI connection, and a
// worker's own ReadConnection with the cost log on a second thread; range scans for a project whose
// mention ids are split by another project's (more than 1024 ids apart), whole-table scans for a project
// that holds most of the workspace; outsiders with decided labels, the final layer, gold and costs.

#include "TeamTestData.h"
#include "annotation/team/ProjectSnapshot.h"
#include "annotation/team/ReadConnection.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace kcat;
using namespace kcat::team;

namespace {

// Everything of a snapshot as comparable text, one line per fact.
QStringList facts(const ProjectSnapshot& s) {
    QStringList out;
    for (const auto& d : s.documents)
        out << QStringLiteral("doc %1 %2").arg(d.id).arg(d.name);
    for (size_t m = 0; m < s.mentions.size(); ++m)
        out << QStringLiteral("mention %1 %2 %3 gold=%4 final=%5 decision=%6")
                   .arg(s.mentions[m].id)
                   .arg(s.mentions[m].document)
                   .arg(s.mentions[m].surface,
                        s.gold[m] < 0 ? QStringLiteral("-") : s.typesOf(s.gold[m]).join(QLatin1Char('|')),
                        s.final[m] < 0 ? QStringLiteral("-") : s.typesOf(s.final[m]).join(QLatin1Char('|')),
                        s.decision[m]);
    for (const Member& a : s.annotators)
        out << QStringLiteral("annotator %1 %2").arg(a.id).arg(a.name);
    for (const auto& l : s.labels)
        out << QStringLiteral("label %1 %2 %3 %4")
                   .arg(l.mention)
                   .arg(l.annotator)
                   .arg(s.typesOf(l.types).join(QLatin1Char('|')))
                   .arg(l.done);
    for (size_t m = 0; m < s.mentions.size(); ++m)
        out << QStringLiteral("begin %1 %2").arg(m).arg(s.labelBegin[m]);
    for (const auto& a : s.assignments)
        out << QStringLiteral("assignment %1 %2 %3").arg(a.document).arg(a.annotator).arg(a.gold);
    for (const auto& c : s.costs)
        out << QStringLiteral("cost %1 %2 %3 %4 %5 %6")
                   .arg(c.mention)
                   .arg(c.annotator)
                   .arg(c.seconds)
                   .arg(c.actions)
                   .arg(c.typeSetSize)
                   .arg(c.constrained);
    out.sort(); // costs have no order of their own
    return out;
}

} // namespace

class TestTeamSnapshot : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readPathsAgreeAndStayInTheProject() {
        TeamTestData t;
        QString err;
        annotation::DocumentStore store(t.workspace.get());
        // Another project with 1,100 mentions, labelled by an outsider "w" who is not a team member.
        const qint64 other = annotation::ProjectStore(t.workspace.get())
                                 .createProject(QStringLiteral("other"), QStringLiteral("figer"), &err);
        annotation::DocumentData big{QStringLiteral("big"), QString(), {}};
        for (int i = 0; i < 1100; ++i) {
            big.text += QStringLiteral("Oslo ");
            big.mentions << TeamTestData::mention(5 * i, 5 * i + 4);
        }
        const QVector<qint64> bigDoc = store.addDocuments(other, {big}, &err);
        QCOMPARE(bigDoc.size(), 1);
        // Then a fourth document of the first project: its ids start more than 1024 after m3's.
        const QVector<qint64> late =
            store.addDocuments(t.project,
                               {{QStringLiteral("d"),
                                 QStringLiteral("Bonn and Kyoto."),
                                 {TeamTestData::mention(0, 4), TeamTestData::mention(9, 14)}}},
                               &err);
        QCOMPARE(late.size(), 1);
        const QVector<annotation::Mention> lateMentions = store.mentions(late[0]);
        const QVector<annotation::Mention> bigMentions = store.mentions(bigDoc[0]);
        QVERIFY(lateMentions[0].id - t.mentions[3] > 1024);
        TeamStore team(t.workspace.get());
        const qint64 final = team.finalAnnotator(&err);
        QVERIFY(final > 0);
        qint64 w = 0, outsider = 0;
        const bool ok = t.workspace->transaction(
            [&](QSqlDatabase& db, QString* e) {
                QSqlQuery add(db);
                add.prepare(QStringLiteral("INSERT INTO annotation_annotators (name) VALUES (?)"));
                for (const QString& name : {QStringLiteral("w"), QStringLiteral("outsider")}) {
                    add.addBindValue(name);
                    if (!sql::exec(add, e))
                        return false;
                    (name == QLatin1String("w") ? w : outsider) = add.lastInsertId().toLongLong();
                }
                for (const auto& m : bigMentions)
                    if (!sql::writeTypes(db, m.id, w, {QStringLiteral("/location/city")}, e))
                        return false;
                return sql::writeTypes(db, bigMentions[0].id, t.x, {QStringLiteral("/person")}, e) &&
                       sql::writeTypes(db, lateMentions[0].id, t.x, {QStringLiteral("/location/city")}, e) &&
                       sql::writeTypes(db, lateMentions[1].id, outsider, {QStringLiteral("/location")}, e) &&
                       sql::writeTypes(db, lateMentions[1].id, final, {QStringLiteral("/location/city")},
                                       e) &&
                       sql::writeGold(db, lateMentions[0].id, {QStringLiteral("/location/city")},
                                      QStringLiteral("manager"), e);
            },
            &err);
        QVERIFY2(ok, qPrintable(err));
        t.addCost(1, t.y, 2500, 3, 1, 40, false);
        t.addCost(0, t.x, 1000, 1, 0, -1, false);
        {
            QSqlQuery q(t.workspace->database()); // a cost row of the other project
            q.prepare(
                QStringLiteral("INSERT INTO annotation_costs (mention_id, annotator_id, "
                               "focus_to_confirm_ms, keystrokes, clicks, view) VALUES (?, ?, 700, 0, 1, "
                               "'flatten')"));
            q.addBindValue(bigMentions[5].id);
            q.addBindValue(t.x);
            QVERIFY(q.exec());
        }

        // Project 1: 6 of 1,106 mentions → range scans (two ranges).
        const ProjectSnapshot gui = ProjectSnapshot::load(t.workspace.get(), t.project, &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(int(gui.mentions.size()), 6);
        QCOMPARE(gui.mentions[4].surface, QStringLiteral("Bonn"));
        QCOMPARE(gui.mentions[5].surface, QStringLiteral("Kyoto"));
        QCOMPARE(gui.annotators.size(), 4); // x, y, z, then the outsider; never w or the final layer
        QCOMPARE(gui.annotators[3].name, QStringLiteral("outsider"));
        QCOMPARE(int(gui.labels.size()), 13); // 11 of TeamTestData + x's Bonn + the outsider's Kyoto
        QCOMPARE(gui.typesOf(gui.final[5]),
                 (QStringList{QStringLiteral("/location"), QStringLiteral("/location/city")}));
        QCOMPARE(gui.final[4], -1);
        QCOMPARE(gui.typesOf(gui.gold[4]),
                 (QStringList{QStringLiteral("/location"), QStringLiteral("/location/city")}));
        QCOMPARE(int(gui.costs.size()), 2);
        for (const auto& c : gui.costs)
            if (c.annotator == 1) {
                QCOMPARE(c.mention, 1);
                QCOMPARE(c.seconds, 2.5);
                QCOMPARE(c.actions, 4);
                QCOMPARE(c.typeSetSize, 40);
                QVERIFY(!c.constrained);
            } else {
                QCOMPARE(c.typeSetSize, -1);
            }

        // The worker's path on another thread: same facts.
        const QString path = t.workspace->path();
        auto read = [path](qint64 project) {
            ReadConnection connection(path);
            QString error;
            ProjectSnapshot s = ProjectSnapshot::load(connection.database(), project, &error, path);
            return std::make_pair(std::move(s), error);
        };
        auto worker = QtConcurrent::run(read, t.project).result();
        QVERIFY2(worker.second.isEmpty(), qPrintable(worker.second));
        QCOMPARE(facts(worker.first), facts(gui));

        // The other project holds most mentions → whole-table scans; only its own labels and costs.
        const ProjectSnapshot big1 = ProjectSnapshot::load(t.workspace.get(), other, &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(int(big1.mentions.size()), 1100);
        QCOMPARE(int(big1.labels.size()), 1101); // w on every mention, x on the first
        QCOMPARE(big1.annotators.size(), 4);     // x, y, z (members), w
        QCOMPARE(big1.annotators[3].name, QStringLiteral("w"));
        QCOMPARE(int(big1.costs.size()), 1);
        QCOMPARE(big1.costs[0].mention, 5);
        auto bigWorker = QtConcurrent::run(read, other).result();
        QVERIFY2(bigWorker.second.isEmpty(), qPrintable(bigWorker.second));
        QCOMPARE(facts(bigWorker.first), facts(big1));

        // A missing file: a clear message naming it.
        ReadConnection missing(t.dir.filePath(QStringLiteral("no/such/dir/w.kcat")));
        QVERIFY(!missing.isOpen());
        QVERIFY(missing.error().contains(QStringLiteral("no/such/dir/w.kcat")));
    }
};

QTEST_GUILESS_MAIN(TestTeamSnapshot)
#include "tst_team_snapshot.moc"

#include "annotation/team/ProjectSnapshot.h"

#include "annotation/team/TeamSql.h"
#include "annotation/team/TeamStore.h"
#include "compute/core/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace kcat::team {

namespace {

struct Loader {
    Q_DECLARE_TR_FUNCTIONS(kcat::team::ProjectSnapshot)
};

// Rows of a (mention, annotator, '|'-joined types) query, interned through the raw text.
class SetInterner {
public:
    explicit SetInterner(ProjectSnapshot& s)
        : m_s(s) {}
    int operator()(const QString& joined) {
        auto it = m_raw.constFind(joined);
        if (it != m_raw.constEnd())
            return *it;
        QStringList types = joined.isEmpty() ? QStringList() : joined.split(QLatin1Char('|'));
        types.sort();
        const int id = m_s.intern(types);
        m_raw.insert(joined, id);
        return id;
    }

private:
    ProjectSnapshot& m_s;
    QHash<QString, int> m_raw;
};

} // namespace

int ProjectSnapshot::intern(const QStringList& sortedTypes) {
    auto it = m_setIndex.constFind(sortedTypes);
    if (it != m_setIndex.constEnd())
        return *it;
    const int id = int(typeSets.size());
    typeSets.push_back(sortedTypes);
    m_setIndex.insert(sortedTypes, id);
    return id;
}

ProjectSnapshot ProjectSnapshot::load(core::Workspace* workspace, qint64 projectId, QString* error) {
    ProjectSnapshot s;
    s.projectId = projectId;
    QSqlDatabase db = workspace->database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, type_set FROM annotation_projects WHERE id = ?"));
    q.addBindValue(projectId);
    if (!sql::exec(q, error))
        return s;
    if (!q.next()) {
        *error = Loader::tr("Project %1 does not exist in %2.").arg(projectId).arg(workspace->path());
        return s;
    }
    s.projectName = q.value(0).toString();
    s.typeSet = q.value(1).toString();
    s.settings = TeamStore(workspace).settings(projectId);
    {
        QSqlQuery f(db);
        f.prepare(QStringLiteral("SELECT annotator_id FROM team_members WHERE role = 'final'"));
        if (f.exec() && f.next())
            s.finalAnnotatorId = f.value(0).toLongLong();
    }

    QHash<qint64, int> docIndex, mentionIndex;
    QSqlQuery d(db);
    d.setForwardOnly(true);
    d.prepare(
        QStringLiteral("SELECT id, name FROM annotation_documents WHERE project_id = ? ORDER BY ord, id"));
    d.addBindValue(projectId);
    if (!sql::exec(d, error))
        return s;
    while (d.next()) {
        docIndex.insert(d.value(0).toLongLong(), int(s.documents.size()));
        s.documents.push_back({d.value(0).toLongLong(), d.value(1).toString()});
    }
    QSqlQuery m(db);
    m.setForwardOnly(true);
    m.prepare(QStringLiteral(
        "SELECT m.id, m.document_id, substr(d.text, m.start_offset + 1, m.end_offset - m.start_offset) FROM "
        "annotation_mentions m JOIN annotation_documents d ON d.id = m.document_id WHERE d.project_id = ? "
        "ORDER BY d.ord, d.id, m.start_offset, m.end_offset DESC"));
    m.addBindValue(projectId);
    if (!sql::exec(m, error))
        return s;
    while (m.next()) {
        mentionIndex.insert(m.value(0).toLongLong(), int(s.mentions.size()));
        s.mentions.push_back(
            {m.value(0).toLongLong(), docIndex.value(m.value(1).toLongLong()), m.value(2).toString()});
    }

    // Annotators: team members, then anyone else with a decided label in the project.
    for (const Member& member : TeamStore(workspace).members())
        if (member.role != Role::Final) {
            s.m_annotatorIndex.insert(member.id, int(s.annotators.size()));
            s.annotators << member;
        }
    QSqlQuery others(db);
    others.prepare(QStringLiteral(
        "SELECT DISTINCT a.id, a.name FROM annotation_mention_labels l JOIN annotation_annotators a ON a.id "
        "= "
        "l.annotator_id JOIN annotation_mentions m ON m.id = l.mention_id JOIN annotation_documents d ON "
        "d.id "
        "= m.document_id WHERE d.project_id = ? AND l.state <> 'untyped' AND a.id <> ? ORDER BY a.name"));
    others.addBindValue(projectId);
    others.addBindValue(s.finalAnnotatorId);
    if (!sql::exec(others, error))
        return s;
    while (others.next()) {
        const qint64 id = others.value(0).toLongLong();
        if (s.m_annotatorIndex.contains(id))
            continue;
        Member member;
        member.id = id;
        member.name = others.value(1).toString();
        s.m_annotatorIndex.insert(id, int(s.annotators.size()));
        s.annotators << member;
    }

    SetInterner intern(s);
    intern(QString()); // set 0 = no types
    const QString typesOf = QStringLiteral("(SELECT group_concat(type_path, '|') FROM "
                                           "annotation_mention_types t WHERE t.mention_id = l.mention_id "
                                           "AND t.annotator_id = l.annotator_id)");
    QSqlQuery l(db);
    l.setForwardOnly(true);
    l.prepare(
        QStringLiteral("SELECT l.mention_id, l.annotator_id, l.state, %1 FROM annotation_mention_labels l "
                       "JOIN annotation_mentions m ON m.id = l.mention_id JOIN annotation_documents d ON "
                       "d.id = m.document_id WHERE d.project_id = ?")
            .arg(typesOf));
    l.addBindValue(projectId);
    if (!sql::exec(l, error))
        return s;
    s.final.assign(s.mentions.size(), -1);
    while (l.next()) {
        const int mention = mentionIndex.value(l.value(0).toLongLong(), -1);
        const qint64 annotatorId = l.value(1).toLongLong();
        if (mention < 0)
            continue;
        if (annotatorId == s.finalAnnotatorId) {
            s.final[size_t(mention)] = intern(l.value(3).toString());
            continue;
        }
        const int annotator = s.annotatorIndex(annotatorId);
        if (annotator < 0)
            continue;
        const bool done = l.value(2).toString() != QLatin1String("untyped");
        s.labels.push_back({mention, annotator, intern(l.value(3).toString()), done});
    }
    std::sort(s.labels.begin(), s.labels.end(), [](const Label& a, const Label& b) {
        return a.mention != b.mention ? a.mention < b.mention : a.annotator < b.annotator;
    });
    s.labelBegin.assign(s.mentions.size() + 1, 0);
    for (const Label& label : s.labels)
        ++s.labelBegin[size_t(label.mention) + 1];
    for (size_t i = 1; i < s.labelBegin.size(); ++i)
        s.labelBegin[i] += s.labelBegin[i - 1];

    s.gold.assign(s.mentions.size(), -1);
    QSqlQuery g(db);
    g.setForwardOnly(true);
    g.prepare(
        QStringLiteral("SELECT g.mention_id, group_concat(g.type_path, '|') FROM team_gold_types g JOIN "
                       "annotation_mentions m ON m.id = g.mention_id JOIN annotation_documents d ON d.id "
                       "= m.document_id WHERE d.project_id = ? GROUP BY g.mention_id"));
    g.addBindValue(projectId);
    if (!sql::exec(g, error))
        return s;
    while (g.next()) {
        const int mention = mentionIndex.value(g.value(0).toLongLong(), -1);
        if (mention >= 0)
            s.gold[size_t(mention)] = intern(g.value(1).toString());
    }
    s.decision.assign(s.mentions.size(), QString());
    QSqlQuery dec(db);
    dec.setForwardOnly(true);
    dec.prepare(
        QStringLiteral("SELECT t.mention_id, t.decision FROM team_decisions t JOIN annotation_mentions m "
                       "ON m.id = t.mention_id JOIN annotation_documents d ON d.id = m.document_id "
                       "WHERE d.project_id = ?"));
    dec.addBindValue(projectId);
    if (!sql::exec(dec, error))
        return s;
    while (dec.next()) {
        const int mention = mentionIndex.value(dec.value(0).toLongLong(), -1);
        if (mention >= 0)
            s.decision[size_t(mention)] = dec.value(1).toString();
    }

    QSqlQuery a(db);
    a.setForwardOnly(true);
    a.prepare(QStringLiteral("SELECT t.document_id, t.annotator_id, t.is_gold FROM team_assignments t JOIN "
                             "annotation_documents d ON d.id = t.document_id WHERE d.project_id = ?"));
    a.addBindValue(projectId);
    if (!sql::exec(a, error))
        return s;
    while (a.next()) {
        const int annotator = s.annotatorIndex(a.value(1).toLongLong());
        if (annotator >= 0)
            s.assignments.push_back(
                {docIndex.value(a.value(0).toLongLong()), annotator, a.value(2).toInt() != 0});
    }

    QSqlQuery c(db);
    c.setForwardOnly(true);
    c.prepare(QStringLiteral(
        "SELECT c.mention_id, c.annotator_id, c.focus_to_confirm_ms, c.keystrokes + c.clicks, c.view, "
        "x.type_set_size, x.constrained FROM annotation_costs c JOIN annotation_mentions m ON m.id = "
        "c.mention_id JOIN annotation_documents d ON d.id = m.document_id LEFT JOIN team_cost_context x ON "
        "x.cost_id = c.id WHERE d.project_id = ?"));
    c.addBindValue(projectId);
    if (!sql::exec(c, error))
        return s;
    while (c.next()) {
        Cost cost;
        cost.mention = mentionIndex.value(c.value(0).toLongLong(), -1);
        cost.annotator = s.annotatorIndex(c.value(1).toLongLong());
        if (cost.mention < 0 || cost.annotator < 0)
            continue;
        cost.seconds = c.value(2).toDouble() / 1000.0;
        cost.actions = c.value(3).toInt();
        cost.view = c.value(4).toString();
        cost.typeSetSize = c.value(5).isNull() ? -1 : c.value(5).toInt();
        cost.constrained = c.value(6).toInt() != 0;
        s.costs.push_back(cost);
    }
    return s;
}

} // namespace kcat::team

#include "annotation/team/ProjectSnapshot.h"

#include "annotation/team/ReadConnection.h"
#include "annotation/team/TeamSql.h"
#include "compute/core/Workspace.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <string>
#include <thread>
#include <unordered_map>

namespace kcat::team {

namespace {

struct Loader {
    Q_DECLARE_TR_FUNCTIONS(kcat::team::ProjectSnapshot)
};

// The project's mention ids as a few dense id ranges: the label, type and cost tables are scanned by
// `mention_id BETWEEN lo AND hi` (their primary keys or indexes), and an id maps to its snapshot index with
// an array lookup. A gap of more than kGap ids (another project's mentions) starts a new range.
class MentionIndex {
public:
    struct Range {
        qint64 lo = 0, hi = 0;
        size_t offset = 0;
    };
    static constexpr qint64 kGap = 1024;

    explicit MentionIndex(std::vector<std::pair<qint64, int>> ids) {
        std::sort(ids.begin(), ids.end());
        for (size_t i = 0; i < ids.size(); ++i)
            if (i == 0 || ids[i].first - ids[i - 1].first > kGap)
                m_ranges.push_back({ids[i].first, ids[i].first, 0});
            else
                m_ranges.back().hi = ids[i].first;
        size_t size = 0;
        for (Range& r : m_ranges) {
            r.offset = size;
            size += size_t(r.hi - r.lo + 1);
        }
        m_index.assign(size, -1);
        size_t r = 0;
        for (const auto& [id, index] : ids) {
            while (id > m_ranges[r].hi)
                ++r;
            m_index[m_ranges[r].offset + size_t(id - m_ranges[r].lo)] = index;
        }
    }
    // Snapshot index of a mention id; -1 = not in the project.
    int find(qint64 id) const {
        auto it = std::upper_bound(m_ranges.begin(), m_ranges.end(), id,
                                   [](qint64 v, const Range& r) { return v < r.lo; });
        if (it == m_ranges.begin())
            return -1;
        --it;
        return id <= it->hi ? m_index[it->offset + size_t(id - it->lo)] : -1;
    }
    const std::vector<Range>& ranges() const { return m_ranges; }
    // One range over every id (for whole-table scans).
    std::vector<Range> span() const {
        if (m_ranges.empty())
            return {};
        return {{m_ranges.front().lo, m_ranges.back().hi, 0}};
    }

private:
    std::vector<Range> m_ranges;
    std::vector<int> m_index;
};

// Runs a prepared range query (two parameters: lo, hi) once per range, calling row(query) per result row.
template <class Row>
bool scan(const QSqlDatabase& db, const QString& sql, const std::vector<MentionIndex::Range>& ranges,
          QString* error, Row&& row) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sql::exec(q, error);
    for (const auto& r : ranges) {
        q.bindValue(0, r.lo);
        q.bindValue(1, r.hi);
        if (!sql::exec(q, error))
            return false;
        while (q.next())
            row(q);
    }
    return true;
}

// Type paths and sets of ids, interned into the snapshot's sorted QStringLists.
class SetInterner {
public:
    explicit SetInterner(ProjectSnapshot& s)
        : m_s(s) {}
    int pathId(const QByteArray& utf8) {
        auto it = m_pathIds.constFind(utf8);
        if (it != m_pathIds.constEnd())
            return *it;
        m_paths << QString::fromUtf8(utf8);
        return *m_pathIds.insert(utf8, int(m_paths.size()) - 1);
    }
    int set(const std::vector<int>& ids) {
        m_key.assign(reinterpret_cast<const char*>(ids.data()), ids.size() * sizeof(int));
        auto it = m_sets.find(m_key);
        if (it != m_sets.end())
            return it->second;
        QStringList types;
        for (int id : ids)
            types << m_paths[id];
        types.sort();
        types.removeDuplicates();
        const int index = m_s.intern(types);
        m_sets.emplace(m_key, index);
        return index;
    }

private:
    ProjectSnapshot& m_s;
    QHash<QByteArray, int> m_pathIds;
    QStringList m_paths;
    std::unordered_map<std::string, int> m_sets;
    std::string m_key;
};

// Reads `key, type_path as BLOB` rows ordered by key, then type path, and calls done(key, setIndex) per key.
template <class Done>
bool scanSets(const QSqlDatabase& db, const QString& sql, const std::vector<MentionIndex::Range>& ranges,
              SetInterner& intern, QString* error, Done&& done) {
    qint64 key = -1;
    std::vector<int> ids;
    auto flush = [&] {
        if (!ids.empty())
            done(key, intern.set(ids));
        ids.clear();
    };
    const bool ok = scan(db, sql, ranges, error, [&](const QSqlQuery& q) {
        const qint64 k = q.value(0).toLongLong();
        if (k != key) {
            flush();
            key = k;
        }
        ids.push_back(intern.pathId(q.value(1).toByteArray()));
    });
    flush();
    return ok;
}

// (mention id, annotator id) packed into one integer column, `mention_id * multiplier + annotator_id`
// with a power of two above every annotator id: every value QSqlQuery hands over costs a QVariant, so the
// big scans return as few columns as possible.
struct PairKey {
    int bits = 1;
    QString sql(const QString& mention, const QString& annotator) const {
        return QStringLiteral("(%1 * %2 + %3)").arg(mention).arg(qint64(1) << bits).arg(annotator);
    }
    qint64 mention(qint64 key) const { return key >> bits; }
    qint64 annotator(qint64 key) const { return key & ((qint64(1) << bits) - 1); }
};

struct RawLabel {
    qint64 annotator = 0;
    int mention = 0;
    int types = 0;
    bool done = false;
};

struct RawCost {
    qint64 annotator = 0;
    int mention = 0;
    int actions = 0;
    int typeSetSize = -1;
    bool constrained = false;
    double seconds = 0;
};

bool readCosts(const QSqlDatabase& db, const MentionIndex& index, const PairKey& pair, bool wholeTable,
               std::vector<RawCost>* out, QString* error) {
    // Context packed as type_set_size * 2 + constrained; -1 = none.
    const QString sql =
        QStringLiteral(
            "SELECT %1, c.focus_to_confirm_ms, c.keystrokes + c.clicks, ifnull(x.type_set_size * 2 "
            "+ (x.constrained <> 0), -1) FROM annotation_costs c %2 LEFT JOIN team_cost_context x "
            "ON x.cost_id = c.id WHERE c.mention_id BETWEEN ? AND ?")
            .arg(pair.sql(QStringLiteral("c.mention_id"), QStringLiteral("c.annotator_id")),
                 wholeTable ? QStringLiteral("NOT INDEXED") : QString());
    return scan(db, sql, wholeTable ? index.span() : index.ranges(), error, [&](const QSqlQuery& q) {
        const qint64 key = q.value(0).toLongLong();
        RawCost c;
        c.mention = index.find(pair.mention(key));
        if (c.mention < 0)
            return;
        c.annotator = pair.annotator(key);
        c.seconds = q.value(1).toDouble() / 1000.0;
        c.actions = q.value(2).toInt();
        const qint64 context = q.value(3).toLongLong();
        c.typeSetSize = context < 0 ? -1 : int(context / 2);
        c.constrained = context > 0 && context % 2 == 1;
        out->push_back(c);
    });
}

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
    return load(workspace->database(), projectId, error);
}

ProjectSnapshot ProjectSnapshot::load(const QSqlDatabase& db, qint64 projectId, QString* error,
                                      const QString& costsPath) {
    ProjectSnapshot s;
    s.projectId = projectId;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, type_set FROM annotation_projects WHERE id = ?"));
    q.addBindValue(projectId);
    if (!sql::exec(q, error))
        return s;
    if (!q.next()) {
        *error = Loader::tr("Project %1 does not exist in %2.").arg(projectId).arg(db.databaseName());
        return s;
    }
    s.projectName = q.value(0).toString();
    s.typeSet = q.value(1).toString();
    q.prepare(QStringLiteral(
        "SELECT overlap, blind, gold_documents, seed FROM team_project_settings WHERE project_id = ?"));
    q.addBindValue(projectId);
    if (!sql::exec(q, error))
        return s;
    if (q.next())
        s.settings = {q.value(0).toInt(), q.value(1).toInt() != 0, q.value(2).toInt(),
                      q.value(3).toULongLong()};
    q.prepare(QStringLiteral("SELECT annotator_id FROM team_members WHERE role = 'final'"));
    if (!sql::exec(q, error))
        return s;
    if (q.next())
        s.finalAnnotatorId = q.value(0).toLongLong();
    // Annotators: team members by name, then (below) anyone else with a decided label in the project.
    q.prepare(QStringLiteral("SELECT a.id, a.name, m.role, m.simulated, m.description FROM team_members m "
                             "JOIN annotation_annotators a ON a.id = m.annotator_id WHERE m.role <> 'final' "
                             "ORDER BY a.name"));
    if (!sql::exec(q, error))
        return s;
    while (q.next()) {
        Member member;
        member.id = q.value(0).toLongLong();
        member.name = q.value(1).toString();
        roleFromName(q.value(2).toString(), &member.role);
        member.simulated = q.value(3).toInt() != 0;
        member.description = q.value(4).toString();
        s.m_annotatorIndex.insert(member.id, int(s.annotators.size()));
        s.annotators << member;
    }

    QHash<qint64, int> docIndex;
    std::vector<QString> texts; // for the mentions' surfaces (offsets are QString positions)
    q.prepare(QStringLiteral(
        "SELECT id, name, text FROM annotation_documents WHERE project_id = ? ORDER BY ord, id"));
    q.addBindValue(projectId);
    if (!sql::exec(q, error))
        return s;
    while (q.next()) {
        docIndex.insert(q.value(0).toLongLong(), int(s.documents.size()));
        s.documents.push_back({q.value(0).toLongLong(), q.value(1).toString()});
        texts.push_back(q.value(2).toString());
    }
    // Mentions in document order, then by span (start, longer first).
    struct Span {
        MentionRow row;
        int start = 0, end = 0;
    };
    std::vector<Span> spans;
    q.prepare(QStringLiteral("SELECT m.id, m.document_id, m.start_offset, m.end_offset FROM "
                             "annotation_documents d JOIN annotation_mentions m ON m.document_id = d.id "
                             "WHERE d.project_id = ?"));
    q.addBindValue(projectId);
    if (!sql::exec(q, error))
        return s;
    while (q.next()) {
        const int doc = docIndex.value(q.value(1).toLongLong());
        const int start = q.value(2).toInt(), end = q.value(3).toInt();
        spans.push_back(
            {{q.value(0).toLongLong(), doc, texts[size_t(doc)].mid(start, end - start)}, start, end});
    }
    texts = {};
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        if (a.row.document != b.row.document)
            return a.row.document < b.row.document;
        if (a.start != b.start)
            return a.start < b.start;
        return a.end != b.end ? a.end > b.end : a.row.id < b.row.id;
    });
    std::vector<std::pair<qint64, int>> ids;
    s.mentions.reserve(spans.size());
    ids.reserve(spans.size());
    for (Span& span : spans) {
        ids.push_back({span.row.id, int(s.mentions.size())});
        s.mentions.push_back(std::move(span.row));
    }
    spans = {};
    const MentionIndex index(std::move(ids));
    const size_t mentions = s.mentions.size();

    // Scan whole tables when the project holds at least half of the workspace's mentions (a sequential
    // read beats an index walk with a row lookup per label), else range scans by mention id.
    q.prepare(QStringLiteral("SELECT max(id) FROM annotation_mentions"));
    if (!sql::exec(q, error))
        return s;
    const qint64 allMentions = q.next() ? q.value(0).toLongLong() : 0;
    const bool wholeTable = mentions > 0 && qint64(mentions) * 2 >= allMentions;
    q.prepare(QStringLiteral("SELECT max(id) FROM annotation_annotators"));
    if (!sql::exec(q, error))
        return s;
    PairKey pair;
    for (const qint64 maxAnnotator = q.next() ? q.value(0).toLongLong() : 0;
         (qint64(1) << pair.bits) <= maxAnnotator;)
        ++pair.bits;
    const auto ranges = wholeTable ? index.span() : index.ranges();

    // The cost log, on a second thread with its own connection when costsPath is given.
    std::vector<RawCost> rawCosts;
    QString costError;
    bool costsOk = true;
    std::thread costThread;
    if (!costsPath.isEmpty() && mentions > 0) {
        costThread = std::thread([&] {
            ReadConnection connection(costsPath);
            if (!connection.isOpen()) {
                costError = connection.error();
                costsOk = false;
                return;
            }
            costsOk = readCosts(connection.database(), index, pair, wholeTable, &rawCosts, &costError);
        });
    } else {
        costsOk = readCosts(db, index, pair, wholeTable, &rawCosts, &costError);
    }
    struct Join {
        std::thread& t;
        ~Join() {
            if (t.joinable())
                t.join();
        }
    } join{costThread};

    // Labels, grouped by mention (counting sort), then their types.
    std::vector<RawLabel> raw;
    raw.reserve(mentions * size_t(std::max<qsizetype>(1, s.annotators.size())));
    // One column: the (mention, annotator) key * 2 + done.
    if (!scan(db,
              QStringLiteral("SELECT %1 * 2 + (state <> 'untyped') FROM annotation_mention_labels %2 WHERE "
                             "mention_id BETWEEN ? AND ?")
                  .arg(pair.sql(QStringLiteral("mention_id"), QStringLiteral("annotator_id")),
                       wholeTable ? QStringLiteral("NOT INDEXED") : QString()),
              ranges, error, [&](const QSqlQuery& l) {
                  const qint64 v = l.value(0).toLongLong(), key = v >> 1;
                  const int m = index.find(pair.mention(key));
                  if (m >= 0)
                      raw.push_back({pair.annotator(key), m, 0, (v & 1) != 0});
              }))
        return s;
    std::vector<qsizetype> begin(mentions + 1, 0);
    for (const RawLabel& l : raw)
        ++begin[size_t(l.mention) + 1];
    for (size_t m = 1; m <= mentions; ++m)
        begin[m] += begin[m - 1];
    std::vector<RawLabel> byMention(raw.size());
    {
        std::vector<qsizetype> next(begin.begin(), begin.end() - 1);
        for (const RawLabel& l : raw)
            byMention[size_t(next[size_t(l.mention)]++)] = l;
    }
    raw = {};
    SetInterner intern(s);
    intern.set({}); // set 0 = no types
    if (!scanSets(db,
                  QStringLiteral("SELECT %1, CAST(type_path AS BLOB) FROM annotation_mention_types WHERE "
                                 "mention_id BETWEEN ? AND ? ORDER BY mention_id, annotator_id, type_path")
                      .arg(pair.sql(QStringLiteral("mention_id"), QStringLiteral("annotator_id"))),
                  ranges, intern, error, [&](qint64 key, int set) {
                      const int m = index.find(pair.mention(key));
                      if (m < 0)
                          return;
                      const qint64 annotator = pair.annotator(key);
                      for (qsizetype i = begin[size_t(m)]; i < begin[size_t(m) + 1]; ++i)
                          if (byMention[size_t(i)].annotator == annotator) {
                              byMention[size_t(i)].types = set;
                              break;
                          }
                  }))
        return s;

    // Annotators outside the team with decided labels, by name.
    QSet<qint64> others;
    for (const RawLabel& l : byMention)
        if (l.done && l.annotator != s.finalAnnotatorId && !s.m_annotatorIndex.contains(l.annotator))
            others.insert(l.annotator);
    if (!others.isEmpty()) {
        QVector<Member> extra;
        q.prepare(QStringLiteral("SELECT name FROM annotation_annotators WHERE id = ?"));
        for (qint64 id : others) {
            q.addBindValue(id);
            if (!sql::exec(q, error))
                return s;
            Member member;
            member.id = id;
            member.name = q.next() ? q.value(0).toString() : QString();
            extra << member;
        }
        std::sort(extra.begin(), extra.end(),
                  [](const Member& a, const Member& b) { return a.name < b.name; });
        for (const Member& member : extra) {
            s.m_annotatorIndex.insert(member.id, int(s.annotators.size()));
            s.annotators << member;
        }
    }

    // Labels sorted by mention, then annotator; the final layer's label is the mention's final types.
    s.final.assign(mentions, -1);
    s.labels.reserve(byMention.size());
    s.labelBegin.assign(mentions + 1, 0);
    for (size_t m = 0; m < mentions; ++m) {
        const size_t first = s.labels.size();
        for (qsizetype i = begin[m]; i < begin[m + 1]; ++i) {
            const RawLabel& l = byMention[size_t(i)];
            if (l.annotator == s.finalAnnotatorId) {
                s.final[m] = l.types;
                continue;
            }
            const int annotator = s.annotatorIndex(l.annotator);
            if (annotator >= 0)
                s.labels.push_back({int(m), annotator, l.types, l.done});
        }
        std::sort(s.labels.begin() + qsizetype(first), s.labels.end(),
                  [](const Label& a, const Label& b) { return a.annotator < b.annotator; });
        s.labelBegin[m + 1] = qsizetype(s.labels.size());
    }
    byMention = {};

    s.gold.assign(mentions, -1);
    if (!scanSets(db,
                  QStringLiteral("SELECT mention_id, CAST(type_path AS BLOB) FROM team_gold_types WHERE "
                                 "mention_id BETWEEN ? AND ? ORDER BY mention_id, type_path"),
                  index.ranges(), intern, error, [&](qint64 mentionId, int set) {
                      const int m = index.find(mentionId);
                      if (m >= 0)
                          s.gold[size_t(m)] = set;
                  }))
        return s;
    s.decision.assign(mentions, QString());
    if (!scan(db,
              QStringLiteral(
                  "SELECT mention_id, decision FROM team_decisions WHERE mention_id BETWEEN ? AND ?"),
              index.ranges(), error, [&](const QSqlQuery& d) {
                  const int m = index.find(d.value(0).toLongLong());
                  if (m >= 0)
                      s.decision[size_t(m)] = d.value(1).toString();
              }))
        return s;

    q.prepare(QStringLiteral("SELECT t.document_id, t.annotator_id, t.is_gold FROM team_assignments t JOIN "
                             "annotation_documents d ON d.id = t.document_id WHERE d.project_id = ?"));
    q.addBindValue(projectId);
    if (!sql::exec(q, error))
        return s;
    while (q.next()) {
        const int annotator = s.annotatorIndex(q.value(1).toLongLong());
        if (annotator >= 0)
            s.assignments.push_back(
                {docIndex.value(q.value(0).toLongLong()), annotator, q.value(2).toInt() != 0});
    }

    if (costThread.joinable())
        costThread.join();
    if (!costsOk) {
        *error = costError;
        return s;
    }
    s.costs.reserve(rawCosts.size());
    for (const RawCost& c : rawCosts) {
        const int annotator = s.annotatorIndex(c.annotator);
        if (annotator >= 0)
            s.costs.push_back({c.mention, annotator, c.seconds, c.actions, c.typeSetSize, c.constrained});
    }
    return s;
}

} // namespace kcat::team

#include "annotation/team/ProjectSimulation.h"

#include "annotation/documents/KnowledgeConstraint.h"
#include "annotation/documents/TypePaths.h"
#include "annotation/knowledge/Knowledge.h"
#include "annotation/knowledge/KnowledgeError.h"
#include "annotation/team/AssignmentPlanner.h"
#include "annotation/team/TeamSql.h"
#include "annotation/team/TeamStore.h"
#include "compute/core/Workspace.h"

#include <QSet>
#include <QSqlQuery>

#include <cmath>
#include <random>

namespace kcat::team {

namespace {

QString patternText(crowd::ErrorPattern p) {
    switch (p) {
    case crowd::ErrorPattern::Sibling:
        return QStringLiteral("sibling errors");
    case crowd::ErrorPattern::Spammer:
        return QStringLiteral("spammer");
    case crowd::ErrorPattern::Uniform:
        break;
    }
    return QStringLiteral("uniform errors");
}

} // namespace

bool ProjectSimulation::run(core::Workspace* workspace, qint64 projectId,
                            const annotation::Knowledge& knowledge, const ProjectSimulationOptions& options,
                            ProjectSimulationResult* result, QString* error) {
    *result = {};
    QSqlDatabase db = workspace->database();
    QSqlQuery p(db);
    p.prepare(QStringLiteral("SELECT type_set FROM annotation_projects WHERE id = ?"));
    p.addBindValue(projectId);
    if (!sql::exec(p, error))
        return false;
    if (!p.next()) {
        *error = tr("Project %1 does not exist in %2.").arg(projectId).arg(workspace->path());
        return false;
    }
    const QString typeSet = p.value(0).toString();
    std::unique_ptr<annotation::KnowledgeConstraint> constraint;
    try {
        constraint = std::make_unique<annotation::KnowledgeConstraint>(
            std::shared_ptr<const annotation::Knowledge>(&knowledge, [](const annotation::Knowledge*) {}),
            typeSet);
    } catch (const annotation::KnowledgeError& e) {
        *error = tr("Type set '%1' of the project is not known to the knowledge base: %2")
                     .arg(typeSet, QString::fromUtf8(e.what()));
        return false;
    }
    if (options.annotators.empty()) {
        *error = tr("Simulate at least one annotator.");
        return false;
    }

    // Documents, mentions and each mention's entity (the link most annotators gave).
    QVector<qint64> documents;
    QSqlQuery d(db);
    d.prepare(QStringLiteral("SELECT id FROM annotation_documents WHERE project_id = ? ORDER BY ord, id"));
    d.addBindValue(projectId);
    if (!sql::exec(d, error))
        return false;
    while (d.next())
        documents << d.value(0).toLongLong();
    if (documents.isEmpty()) {
        *error = tr("Project %1 has no documents to simulate labels for.").arg(projectId);
        return false;
    }
    QSqlQuery m(db);
    m.prepare(QStringLiteral("SELECT m.id, m.document_id, (SELECT l.entity FROM annotation_mention_labels l "
                             "WHERE l.mention_id = m.id "
                             "AND l.linked = 1 AND l.entity IS NOT NULL GROUP BY l.entity ORDER BY count(*) "
                             "DESC, l.entity LIMIT 1) "
                             "FROM annotation_mentions m JOIN annotation_documents d ON d.id = m.document_id "
                             "WHERE d.project_id = ? "
                             "ORDER BY d.ord, m.start_offset"));
    m.addBindValue(projectId);
    if (!sql::exec(m, error))
        return false;
    crowd::GoldLabels gold; // items are mention ids
    QHash<qint64, QVector<qint64>> mentionsOfDoc;
    QHash<qint64, QStringList> goldOf;
    QHash<qint64, int> candidatesOf;
    QSet<QString> labelNames;
    while (m.next()) {
        const qint64 mention = m.value(0).toLongLong();
        const QStringList types =
            m.value(2).isNull() ? QStringList() : constraint->entityTypes(m.value(2).toString());
        if (types.isEmpty()) {
            ++result->mentionsWithoutGold;
            continue;
        }
        mentionsOfDoc[m.value(1).toLongLong()] << mention;
        goldOf.insert(mention, types);
        candidatesOf.insert(mention, int(types.size()));
        gold.items << QString::number(mention);
        gold.labels.push_back(annotation::TypePaths::leaves(types));
        for (const QString& t : gold.labels.back())
            if (!labelNames.contains(t)) {
                labelNames.insert(t);
                gold.labelNames << t;
            }
    }
    if (gold.items.isEmpty()) {
        *error = tr("No mention of project %1 is linked to an entity with types in '%2'; nothing to simulate "
                    "against.")
                     .arg(projectId)
                     .arg(typeSet);
        return false;
    }

    std::vector<crowd::SimulatedAnnotator> annotators = options.annotators;
    const int width = QString::number(annotators.size()).size();
    for (size_t j = 0; j < annotators.size(); ++j)
        if (annotators[j].name.isEmpty())
            annotators[j].name = QStringLiteral("%1%2")
                                     .arg(options.prefix)
                                     .arg(int(j) + 1, std::max(2, width), 10, QLatin1Char('0'));
    const crowd::TypeHierarchy hierarchy = crowd::TypeHierarchy::fromPathNames(gold.labelNames);
    crowd::SimulationOptions simOptions;
    simOptions.seed = options.assignment.seed;
    const std::vector<crowd::SimulatedLabel> simulated =
        crowd::simulateCrowd(gold, annotators, hierarchy, simOptions);

    std::mt19937_64 rng(options.assignment.seed * 7919 + 17);
    std::normal_distribution<double> noise(0.0, options.noiseSigma);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const int fullSize = constraint->catalog()->size();

    const bool ok = workspace->transaction(
        [&](QSqlDatabase& tx, QString* err) {
            QVector<qint64> ids;
            QHash<QString, int> index;
            for (const auto& a : annotators) {
                QSqlQuery dup(tx);
                dup.prepare(
                    QStringLiteral("SELECT 1 FROM team_members t JOIN annotation_annotators a ON a.id = "
                                   "t.annotator_id WHERE a.name = ?"));
                dup.addBindValue(a.name);
                if (!sql::exec(dup, err))
                    return false;
                if (dup.next()) {
                    *err = tr("An annotator named %1 is already in the team; choose another --prefix.")
                               .arg(a.name);
                    return false;
                }
                const QString description =
                    tr("simulated: accuracy %1, %2").arg(a.accuracy).arg(patternText(a.pattern));
                const qint64 id =
                    TeamStore::insertMember(tx, a.name, Role::Annotator, true, description, err);
                if (id == 0)
                    return false;
                index.insert(a.name, int(ids.size()));
                ids << id;
            }
            QVector<Assignment> plan;
            if (!AssignmentPlanner::plan(documents, ids, options.assignment, &plan, err))
                return false;
            if (!sql::replaceAssignments(tx, projectId, options.assignment, plan, err))
                return false;
            result->assignments = plan.size();
            QSet<QPair<qint64, qint64>> assigned; // (mention, annotator)
            for (const Assignment& a : plan)
                for (qint64 mention : mentionsOfDoc.value(a.documentId)) {
                    assigned.insert({mention, a.annotatorId});
                    if (a.gold && a.annotatorId == ids.first()) {
                        if (!sql::writeGold(tx, mention, goldOf.value(mention), QStringLiteral("kb"), err))
                            return false;
                        ++result->goldMentions;
                    }
                }
            // Group the simulated labels per (mention, annotator) into type sets.
            QHash<QPair<qint64, qint64>, QStringList> sets;
            QVector<QPair<qint64, qint64>> order;
            for (const auto& label : simulated) {
                const QPair<qint64, qint64> key{label.item.toLongLong(), ids[index.value(label.annotator)]};
                if (!assigned.contains(key))
                    continue;
                if (!sets.contains(key))
                    order << key;
                sets[key] << label.label;
            }
            QSqlQuery cost(tx), context(tx);
            cost.prepare(
                QStringLiteral("INSERT INTO annotation_costs (mention_id, annotator_id, focus_to_confirm_ms, "
                               "keystrokes, clicks, view) VALUES (?, ?, ?, ?, ?, 'simulated')"));
            context.prepare(
                QStringLiteral("INSERT INTO team_cost_context (cost_id, type_set_size, constrained, "
                               "simulated) VALUES (?, ?, ?, 1)"));
            for (const auto& key : order) {
                if (!sql::writeTypes(tx, key.first, key.second, sets.value(key), err))
                    return false;
                ++result->labels;
                if (!options.costs)
                    continue;
                const bool constrained = unit(rng) < options.constrainedShare;
                const int offered = constrained ? candidatesOf.value(key.first) : fullSize;
                const double seconds =
                    (options.secondsBase + options.secondsPerBit * std::log2(offered + 1.0)) *
                    std::exp(noise(rng));
                const int bits = int(std::ceil(std::log2(offered + 1.0)));
                const int keystrokes = 1 + bits / 2 + int(unit(rng) * 3);
                cost.addBindValue(key.first);
                cost.addBindValue(key.second);
                cost.addBindValue(qint64(std::llround(seconds * 1000)));
                cost.addBindValue(keystrokes);
                cost.addBindValue(0);
                if (!sql::exec(cost, err))
                    return false;
                context.addBindValue(cost.lastInsertId());
                context.addBindValue(offered);
                context.addBindValue(constrained ? 1 : 0);
                if (!sql::exec(context, err))
                    return false;
                ++result->costs;
            }
            return true;
        },
        error);
    if (!ok)
        return false;
    result->annotators = int(annotators.size());
    result->documents = int(documents.size());
    result->mentions = int(gold.items.size());
    return true;
}

} // namespace kcat::team

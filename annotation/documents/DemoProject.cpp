#include "annotation/documents/DemoProject.h"

#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/ProjectStore.h"
#include "annotation/knowledge/Knowledge.h"
#include "compute/core/Workspace.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace kcat::annotation {

QString DemoProject::projectName() {
    return tr("Demo: WordNet glosses");
}

namespace {

// "definition; \"example one\"; \"example two\"" -> "definition.\nexample one\nexample two"
QString glossText(const std::string& gloss) {
    const QString all = QString::fromStdString(gloss).trimmed();
    const QStringList parts = all.split(QStringLiteral("; "));
    QStringList lines;
    for (QString p : parts) {
        p = p.trimmed();
        if (p.startsWith(QLatin1Char('"')))
            p.remove(0, 1);
        if (p.endsWith(QLatin1Char('"')))
            p.chop(1);
        if (!p.isEmpty())
            lines << p;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QVector<DocumentData> DemoProject::buildDocuments(const Knowledge& knowledge, int count,
                                                  const std::function<bool()>& cancelled,
                                                  std::vector<uint32_t>* sources) {
    QVector<DocumentData> out;
    const WordNetDatabase& wordnet = *knowledge.wordnet();
    const KnowledgeBase& kb = *knowledge.knowledgeBase();
    const EntityLinker& linker = knowledge.linker();
    for (const WordNetSynset& synset : wordnet.synsets()) {
        if (out.size() >= count || (cancelled && cancelled()))
            break;
        const QString text = glossText(synset.gloss);
        const std::vector<DetectedMention> detected = knowledge.detector().detect(text);
        if (detected.size() < 2)
            continue;
        DocumentData doc;
        doc.name = QString::fromStdString(synset.lemmas.empty() ? std::string() : synset.lemmas.front())
                       .replace(QLatin1Char('_'), QLatin1Char(' '));
        doc.text = text;
        const LinkContext context = linker.context(text);
        for (const DetectedMention& d : detected) {
            Mention m;
            m.start = d.start;
            m.end = d.end;
            const LinkResult link = linker.link(d.surface, context);
            for (const LinkCandidate& c : link.candidates)
                m.candidates.push_back({kb.entity(c.entity).id, c.score});
            if (link.isNil()) {
                m.link = LinkState::Nil;
            } else {
                m.link = LinkState::Linked;
                m.entity = kb.entity(link.entity).id;
            }
            if (DocumentStore::checkSpan(doc.text, doc.mentions, m.start, m.end).isEmpty())
                doc.mentions << m;
        }
        if (doc.mentions.size() >= 2) {
            out << doc;
            if (sources)
                sources->push_back(synset.offset);
        }
    }
    return out;
}

bool DemoProject::isNeeded(core::Workspace* workspace) {
    return ProjectStore(workspace).projects().isEmpty();
}

qint64 DemoProject::store(core::Workspace* workspace, const QVector<DocumentData>& documents,
                          QString* error) {
    ProjectStore projects(workspace);
    if (projects.projectNamed(projectName()).id != 0) {
        *error = tr("a project named \"%1\" exists already").arg(projectName());
        return 0;
    }
    const qint64 annotator = projects.defaultAnnotator();
    qint64 project = 0;
    // The project and all its documents in one transaction: all or nothing.
    const bool ok = workspace->transaction(
        [&](QSqlDatabase& db, QString* err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO annotation_projects (name, type_set) VALUES (?, ?)"));
            q.addBindValue(projectName());
            q.addBindValue(QLatin1String(TypeSet));
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            project = q.lastInsertId().toLongLong();
            for (int i = 0; i < documents.size(); ++i)
                if (DocumentStore::insertDocument(db, project, annotator, documents[i], i, err) == 0)
                    return false;
            return true;
        },
        error);
    return ok ? project : 0;
}

} // namespace kcat::annotation

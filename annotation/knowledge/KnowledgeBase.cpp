#include "annotation/knowledge/KnowledgeBase.h"

#include "annotation/knowledge/KnowledgeError.h"
#include "annotation/knowledge/WordNet.h"

#include <QFile>
#include <QSet>

#include <nlohmann/json.hpp>

#include <deque>
#include <unordered_set>

namespace kcat::annotation {

namespace {

QString spaced(const std::string& lemma) {
    return QString::fromStdString(lemma).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

KnowledgeBase KnowledgeBase::fromWordNet(const std::shared_ptr<const WordNetDatabase>& wordnet) {
    KnowledgeBase kb;
    kb.m_source = Source::WordNet;
    kb.m_wordnet = wordnet;
    const WordNetDatabase& db = *wordnet;
    const std::vector<int> instances = db.instanceIndices();
    kb.m_entities.reserve(instances.size());
    for (int index : instances) {
        const WordNetSynset& s = db.synsets()[size_t(index)];
        Entity e;
        e.id = QStringLiteral("wn:%1").arg(s.offset, 8, 10, QLatin1Char('0'));
        for (size_t i = 0; i < s.lemmas.size(); ++i) {
            const QString alias = spaced(s.lemmas[i]);
            const qsizetype at = e.aliases.indexOf(alias);
            if (at >= 0) {
                e.aliasCounts[size_t(at)] += s.senseCounts[i];
                continue;
            }
            e.aliases << alias;
            e.aliasCounts.push_back(s.senseCounts[i]);
        }
        e.name = e.aliases.front();
        e.description = QString::fromStdString(WordNetDatabase::definition(s.gloss));

        // Classes: the "@i" classes, then every hypernym ancestor breadth-first (WordNet is a DAG).
        std::unordered_set<uint32_t> seen;
        std::deque<uint32_t> queue;
        for (uint32_t c : s.instanceOf)
            if (seen.insert(c).second) {
                e.classes.push_back(c);
                queue.push_back(c);
            }
        e.directClassCount = int(e.classes.size());
        while (!queue.empty()) {
            const WordNetSynset* c = db.synset(queue.front());
            queue.pop_front();
            if (!c)
                continue;
            for (const auto* list : {&c->hypernyms, &c->instanceOf})
                for (uint32_t h : *list)
                    if (seen.insert(h).second) {
                        e.classes.push_back(h);
                        queue.push_back(h);
                    }
        }

        // Context: own gloss, then the neighbours' (direct classes and related synsets) definitions.
        QString context = QString::fromStdString(s.gloss);
        auto addNeighbour = [&](uint32_t offset) {
            if (const WordNetSynset* n = db.synset(offset)) {
                context += QLatin1Char(' ');
                for (const std::string& lemma : n->lemmas)
                    context += spaced(lemma) + QLatin1Char(' ');
                context += QString::fromStdString(WordNetDatabase::definition(n->gloss));
            }
        };
        for (uint32_t c : s.instanceOf)
            addNeighbour(c);
        for (uint32_t r : s.related)
            addNeighbour(r);
        e.contextText = std::move(context);
        kb.m_entities.push_back(std::move(e));
    }
    kb.index();
    return kb;
}

KnowledgeBase KnowledgeBase::fromJsonl(const QByteArray& text, const QString& fileName) {
    KnowledgeBase kb;
    kb.m_source = Source::User;
    QSet<QString> ids;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        nlohmann::json j;
        try {
            j = nlohmann::json::parse(line.constBegin(), line.constEnd());
        } catch (const nlohmann::json::parse_error& e) {
            throw KnowledgeError(fileName, lineNo,
                                 tr("invalid JSON (%1); expected one object a line with id, names, "
                                    "description, types")
                                     .arg(QString::fromUtf8(e.what())));
        }
        if (!j.is_object())
            throw KnowledgeError(fileName, lineNo, tr("expected a JSON object"));
        Entity e;
        e.line = lineNo;
        auto id = j.find("id");
        if (id == j.end() || !(id->is_string() || id->is_number_integer()))
            throw KnowledgeError(fileName, lineNo, tr("expected \"id\": a string or an integer"));
        e.id = id->is_string() ? QString::fromStdString(id->get<std::string>())
                               : QString::number(id->get<long long>());
        if (e.id.isEmpty())
            throw KnowledgeError(fileName, lineNo, tr("\"id\" is empty"));
        if (ids.contains(e.id))
            throw KnowledgeError(fileName, lineNo, tr("duplicate id \"%1\"").arg(e.id));
        ids.insert(e.id);
        auto names = j.find("names");
        if (names == j.end() || !names->is_array() || names->empty())
            throw KnowledgeError(fileName, lineNo, tr("expected \"names\": a non-empty array of strings"));
        for (const auto& n : *names) {
            if (!n.is_string() || n.get<std::string>().empty())
                throw KnowledgeError(fileName, lineNo,
                                     tr("expected \"names\": a non-empty array of strings"));
            const QString alias = QString::fromStdString(n.get<std::string>()).simplified();
            if (!e.aliases.contains(alias)) {
                e.aliases << alias;
                e.aliasCounts.push_back(0);
            }
        }
        e.name = e.aliases.front();
        if (auto d = j.find("description"); d != j.end() && !d->is_null()) {
            if (!d->is_string())
                throw KnowledgeError(fileName, lineNo, tr("expected \"description\": a string"));
            e.description = QString::fromStdString(d->get<std::string>());
        }
        if (auto t = j.find("types"); t != j.end() && !t->is_null()) {
            if (!t->is_array())
                throw KnowledgeError(fileName, lineNo, tr("expected \"types\": an array of type paths"));
            for (const auto& p : *t) {
                if (!p.is_string() || p.get<std::string>().rfind('/', 0) != 0)
                    throw KnowledgeError(
                        fileName, lineNo,
                        tr("expected \"types\": an array of type paths such as \"/person\""));
                e.typePaths << QString::fromStdString(p.get<std::string>());
            }
        }
        e.contextText = e.aliases.join(QLatin1Char(' ')) + QLatin1Char(' ') + e.description;
        kb.m_entities.push_back(std::move(e));
    }
    if (kb.m_entities.empty())
        throw KnowledgeError(fileName, 0, tr("expected at least one entity (one JSON object a line)"));
    kb.index();
    return kb;
}

KnowledgeBase KnowledgeBase::loadJsonl(const QString& filePath) {
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        throw KnowledgeError(filePath, 0, tr("cannot read the file: %1").arg(file.errorString()));
    return fromJsonl(file.readAll(), filePath);
}

void KnowledgeBase::index() {
    m_byId.reserve(qsizetype(m_entities.size()));
    for (size_t i = 0; i < m_entities.size(); ++i)
        m_byId.insert(m_entities[i].id, EntityIndex(i));
}

EntityIndex KnowledgeBase::find(const QString& id) const {
    return m_byId.value(id, -1);
}

} // namespace kcat::annotation

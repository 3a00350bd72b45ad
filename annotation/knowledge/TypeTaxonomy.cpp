#include "annotation/knowledge/TypeTaxonomy.h"

#include "annotation/knowledge/KnowledgeError.h"

#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace kcat::annotation {

namespace {

// 1-based line of a byte offset, for JSON parse errors.
int lineOf(const QByteArray& text, size_t byte) {
    const auto end = std::min<qsizetype>(qsizetype(byte), text.size());
    return int(std::count(text.constBegin(), text.constBegin() + end, '\n')) + 1;
}

// Line where "path": "<path>" occurs (the JSON library keeps no positions of values).
int lineOfPath(const QByteArray& text, const QString& path) {
    const QByteArray needle = '"' + path.toUtf8() + '"';
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? 0 : lineOf(text, size_t(at));
}

QString jsonString(const nlohmann::json& object, const char* field) {
    auto it = object.find(field);
    if (it == object.end() || it->is_null())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

} // namespace

TypeId TypeTaxonomy::add(const QString& path, const QString& fileName, int line) {
    if (const TypeId existing = m_byPath.value(path, -1); existing >= 0)
        return existing;
    if (!path.startsWith(QLatin1Char('/')) || path.size() < 2)
        throw KnowledgeError(fileName, line,
                             tr("expected a type path such as /person/artist, got \"%1\"").arg(path));
    const QStringList segments = path.mid(1).split(QLatin1Char('/'));
    for (const QString& segment : segments) {
        if (segment.isEmpty())
            throw KnowledgeError(fileName, line, tr("empty segment in type path \"%1\"").arg(path));
        for (const QChar c : segment)
            if (c.isSpace() || !c.isPrint())
                throw KnowledgeError(
                    fileName, line,
                    tr("type path \"%1\" contains white space or a control character").arg(path));
    }
    TypeId parent = -1;
    QString prefix;
    for (int i = 0; i < segments.size(); ++i) {
        prefix += QLatin1Char('/') + segments[i];
        TypeId id = m_byPath.value(prefix, -1);
        if (id < 0) {
            TypeNode node;
            node.id = TypeId(m_nodes.size());
            node.path = prefix;
            node.name = segments[i];
            node.parent = parent;
            node.depth = i + 1;
            id = node.id;
            m_nodes.push_back(std::move(node));
            m_byPath.insert(prefix, id);
            if (parent < 0)
                m_roots.push_back(id);
            else
                m_nodes[size_t(parent)].children.push_back(id);
            m_maxDepth = std::max(m_maxDepth, i + 1);
        }
        parent = id;
    }
    return parent;
}

void TypeTaxonomy::setDescription(TypeId id, const QString& english, const QString& chinese) {
    m_nodes[size_t(id)].description = english;
    m_nodes[size_t(id)].descriptionZh = chinese;
}

void TypeTaxonomy::setKey(TypeId id, const QString& key) {
    m_nodes[size_t(id)].key = key;
    m_byKey.insert(key, id);
}

TypeTaxonomy TypeTaxonomy::fromText(const QString& name, const QByteArray& text, const QString& fileName) {
    TypeTaxonomy taxonomy(name);
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        taxonomy.add(line, fileName, i + 1);
    }
    if (taxonomy.isEmpty())
        throw KnowledgeError(fileName, 0, tr("expected at least one type path (one /a/b path a line)"));
    return taxonomy;
}

TypeTaxonomy TypeTaxonomy::fromJson(const QString& name, const QByteArray& json, const QString& fileName) {
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(json.constBegin(), json.constEnd());
    } catch (const nlohmann::json::parse_error& e) {
        throw KnowledgeError(fileName, lineOf(json, e.byte),
                             tr("invalid JSON: %1").arg(QString::fromUtf8(e.what())));
    }
    TypeTaxonomy taxonomy(name);
    const nlohmann::json* types = &doc;
    if (doc.is_object()) {
        auto it = doc.find("types");
        if (it == doc.end() || !it->is_array())
            throw KnowledgeError(fileName, 1, tr("expected an object with a \"types\" array"));
        if (auto n = doc.find("name"); n != doc.end() && n->is_string() && name.isEmpty())
            taxonomy.m_name = QString::fromStdString(n->get<std::string>());
        types = &*it;
    } else if (!doc.is_array()) {
        throw KnowledgeError(fileName, 1, tr("expected a JSON array of types or an object with \"types\""));
    }
    int index = 0;
    for (const auto& entry : *types) {
        ++index;
        if (entry.is_string()) {
            const QString path = QString::fromStdString(entry.get<std::string>());
            taxonomy.add(path, fileName, lineOfPath(json, path));
            continue;
        }
        auto path = entry.is_object() ? entry.find("path") : entry.end();
        if (!entry.is_object() || path == entry.end() || !path->is_string())
            throw KnowledgeError(
                fileName, 0,
                tr("type %1: expected a path string or an object with a \"path\" string").arg(index));
        const QString p = QString::fromStdString(path->get<std::string>());
        const int line = lineOfPath(json, p);
        try {
            const TypeId id = taxonomy.add(p, fileName, line);
            taxonomy.setDescription(id, jsonString(entry, "description"),
                                    jsonString(entry, "description_zh"));
        } catch (const nlohmann::json::exception&) {
            throw KnowledgeError(fileName, line, tr("type \"%1\": descriptions must be strings").arg(p));
        }
    }
    if (taxonomy.isEmpty())
        throw KnowledgeError(fileName, 0, tr("expected at least one type"));
    return taxonomy;
}

TypeTaxonomy TypeTaxonomy::loadFile(const QString& filePath, const QString& name) {
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        throw KnowledgeError(filePath, 0, tr("cannot read the file: %1").arg(file.errorString()));
    const QByteArray data = file.readAll();
    const QString setName = name.isEmpty() ? QFileInfo(filePath).completeBaseName() : name;
    const QByteArray head = data.trimmed().left(1);
    if (head == "{" || head == "[")
        return fromJson(setName, data, filePath);
    return fromText(setName, data, filePath);
}

std::vector<TypeId> TypeTaxonomy::ancestors(TypeId id) const {
    std::vector<TypeId> out;
    for (TypeId p = m_nodes[size_t(id)].parent; p >= 0; p = m_nodes[size_t(p)].parent)
        out.push_back(p);
    return out;
}

bool TypeTaxonomy::isAncestorOrSelf(TypeId ancestor, TypeId id) const {
    for (TypeId t = id; t >= 0; t = m_nodes[size_t(t)].parent)
        if (t == ancestor)
            return true;
    return false;
}

std::vector<TypeId> TypeTaxonomy::closeUnderAncestors(const std::vector<TypeId>& ids) const {
    std::vector<char> seen(m_nodes.size(), 0);
    std::vector<TypeId> out;
    for (TypeId id : ids)
        for (TypeId t = id; t >= 0 && !seen[size_t(t)]; t = m_nodes[size_t(t)].parent) {
            seen[size_t(t)] = 1;
            out.push_back(t);
        }
    std::sort(out.begin(), out.end());
    return out;
}

QStringList TypeTaxonomy::paths() const {
    QStringList out;
    out.reserve(size());
    for (const TypeNode& node : m_nodes)
        out << node.path;
    return out;
}

} // namespace kcat::annotation

#include "annotation/knowledge/WordNetGold.h"

#include "annotation/knowledge/EntityLinker.h"
#include "annotation/knowledge/WordNet.h"

#include <algorithm>

namespace kcat::annotation {

namespace {

bool contains(const std::vector<uint32_t>& v, uint32_t x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

} // namespace

WordNetGold::WordNetGold(const WordNetDatabase& wordnet, const KnowledgeBase& kb, const EntityLinker& linker)
    : m_wordnet(wordnet)
    , m_kb(kb)
    , m_linker(linker) {
    for (EntityIndex e = 0; e < kb.size(); ++e) {
        const QString& id = kb.entity(e).id;
        if (id.startsWith(QLatin1String("wn:")))
            m_byOffset.emplace(id.mid(3).toUInt(), e);
    }
}

EntityIndex WordNetGold::entityOf(uint32_t offset) const {
    const auto it = m_byOffset.find(offset);
    return it == m_byOffset.end() ? -1 : it->second;
}

WordNetGold::Link WordNetGold::gold(uint32_t glossOffset, QStringView surface) const {
    Link out;
    const WordNetSynset* x = m_wordnet.synset(glossOffset);
    if (!x)
        return out;
    int connected = 0;
    for (const auto& [e, match] : m_linker.lookup(surface)) {
        Q_UNUSED(match)
        const QString& id = m_kb.entity(e).id;
        if (!id.startsWith(QLatin1String("wn:")))
            continue;
        const uint32_t offset = id.mid(3).toUInt();
        if (offset == glossOffset)
            continue; // an entity's own gloss naming it says nothing about which entity is meant
        const WordNetSynset* es = m_wordnet.synset(offset);
        const bool back =
            es && (contains(es->related, glossOffset) || contains(es->instanceOf, glossOffset) ||
                   contains(es->hypernyms, glossOffset));
        if (contains(x->related, offset) || contains(x->instanceOf, offset) ||
            contains(x->hypernyms, offset) || back) {
            ++connected;
            out.entity = e;
            out.leaksContext = es && contains(es->related, glossOffset);
        }
    }
    if (connected == 1) {
        out.kind = Kind::Entity;
        return out;
    }
    out.entity = -1;
    out.leaksContext = false;
    if (connected > 1)
        return out;
    const std::string name =
        surface.toString().toLower().replace(QLatin1Char(' '), QLatin1Char('_')).toStdString();
    auto namedHere = [&](uint32_t offset) {
        if (entityOf(offset) >= 0)
            return false;
        const WordNetSynset* s = m_wordnet.synset(offset);
        if (!s)
            return false;
        for (const std::string& lemma : s->lemmas)
            if (QString::fromStdString(lemma).toLower().toStdString() == name)
                return true;
        return false;
    };
    for (const auto* list : {&x->related, &x->hypernyms, &x->instanceOf})
        for (uint32_t offset : *list)
            if (namedHere(offset)) {
                out.kind = Kind::Nil;
                return out;
            }
    return out;
}

} // namespace kcat::annotation

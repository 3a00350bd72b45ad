#include "annotation/knowledge/MentionDetector.h"

#include "annotation/knowledge/TextTokens.h"

namespace kcat::annotation {

MentionDetector::MentionDetector(const KnowledgeBase& kb) {
    for (const Entity& e : kb.entities())
        for (const QString& alias : e.aliases) {
            const std::vector<TextToken> tokens = tokenize(alias);
            if (tokens.empty())
                continue;
            const QString normalized = normalizedAlias(alias);
            m_aliases.insert(normalized);
            m_folded.insert(normalized.toLower());
            m_maxTokens = std::max(m_maxTokens, int(tokens.size()));
            QString prefix;
            for (const TextToken& t : tokens) {
                if (!prefix.isEmpty())
                    prefix += QLatin1Char(' ');
                prefix += QStringView(alias).mid(t.start, t.end - t.start).toString().toLower();
                m_prefixes.insert(prefix);
            }
        }
}

std::vector<DetectedMention> MentionDetector::detect(QStringView text) const {
    std::vector<DetectedMention> out;
    const std::vector<TextToken> tokens = tokenize(text);
    QString key, folded;
    size_t i = 0;
    while (i < tokens.size()) {
        // Mentions start on a word that begins with a letter or digit.
        if (!tokens[i].word) {
            ++i;
            continue;
        }
        const bool upperStart = text[tokens[i].start].isUpper();
        key.clear();
        int bestEnd = -1;
        for (size_t j = i; j < tokens.size() && int(j - i) < m_maxTokens; ++j) {
            if (j > i)
                key += QLatin1Char(' ');
            key += text.mid(tokens[j].start, tokens[j].end - tokens[j].start);
            folded = key.toLower();
            if (!m_prefixes.contains(folded))
                break;
            // The alias must end on a word or a closing dot ("St.", "D.C.").
            if (m_aliases.contains(key) || (upperStart && m_folded.contains(folded)))
                bestEnd = int(j);
        }
        if (bestEnd < 0) {
            ++i;
            continue;
        }
        const int start = tokens[i].start;
        const int end = tokens[size_t(bestEnd)].end;
        out.push_back({start, end, text.mid(start, end - start).toString()});
        i = size_t(bestEnd) + 1;
    }
    return out;
}

} // namespace kcat::annotation

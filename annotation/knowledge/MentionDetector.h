#pragma once

// Finds knowledge-base aliases in plain text by longest dictionary match over tokens.

#include "annotation/knowledge/KnowledgeBase.h"

#include <QSet>
#include <QString>

#include <vector>

namespace kcat::annotation {

struct DetectedMention {
    int start = 0; // character offset (UTF-16 code units), inclusive
    int end = 0;   // exclusive
    QString surface;
};

// An alias matches where its tokens match the text's tokens exactly, or case-folded when the text's first
// character is upper case ("PARIS" for "Paris", not "paris"). At each position the longest alias wins;
// matching resumes after it. Thread-safe after construction.
class MentionDetector {
public:
    explicit MentionDetector(const KnowledgeBase& kb);
    std::vector<DetectedMention> detect(QStringView text) const;
    int aliasCount() const { return int(m_aliases.size()); }

private:
    QSet<QString> m_aliases;  // normalized (tokens joined by one space), case kept
    QSet<QString> m_folded;   // the same, lower case
    QSet<QString> m_prefixes; // lower-case token prefixes of aliases (to stop extending early)
    int m_maxTokens = 1;
};

} // namespace kcat::annotation

#pragma once

// The one tokenizer of the knowledge library: words (runs of letters and digits) and single punctuation
// characters, with character offsets into the QString (UTF-16 code units, end exclusive).

#include <QString>
#include <QStringView>

#include <vector>

namespace kcat::annotation {

struct TextToken {
    int start = 0;
    int end = 0; // exclusive
    bool word = true;
};

std::vector<TextToken> tokenize(QStringView text);
// Tokens joined by one space: the form under which aliases are matched ("St. Louis" -> "St . Louis").
QString normalizedAlias(QStringView text);
// Lower-case word tokens of at least two characters that are not stop words: the linker's context terms.
std::vector<QString> contextTerms(QStringView text);

} // namespace kcat::annotation

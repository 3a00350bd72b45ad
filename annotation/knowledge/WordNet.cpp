#include "annotation/knowledge/WordNet.h"

#include "annotation/knowledge/KnowledgeError.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <charconv>
#include <string_view>

namespace kcat::annotation {

namespace {

// Splits a record into space-separated fields on demand.
class Fields {
public:
    explicit Fields(std::string_view line)
        : m_rest(line) {}
    bool next(std::string_view& out) {
        while (!m_rest.empty() && m_rest.front() == ' ')
            m_rest.remove_prefix(1);
        if (m_rest.empty())
            return false;
        const size_t end = m_rest.find(' ');
        out = m_rest.substr(0, end);
        m_rest.remove_prefix(end == std::string_view::npos ? m_rest.size() : end);
        return true;
    }

private:
    std::string_view m_rest;
};

template <typename T> bool number(std::string_view s, T& value, int base = 10) {
    const auto r = std::from_chars(s.data(), s.data() + s.size(), value, base);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

QByteArray readFile(const QString& path, bool required) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (required)
            throw KnowledgeError(path, 0,
                                 WordNetDatabase::tr("cannot read the WordNet file (%1); install the Debian "
                                                     "package wordnet-base or set KCAT_WORDNET_DIR")
                                     .arg(file.errorString()));
        return {};
    }
    return file.readAll();
}

// Calls f(line, lineNumber) for every line of data.
template <typename F> void forEachLine(const QByteArray& data, F f) {
    std::string_view all(data.constData(), size_t(data.size()));
    int lineNo = 0;
    while (!all.empty()) {
        const size_t nl = all.find('\n');
        std::string_view line = all.substr(0, nl);
        all.remove_prefix(nl == std::string_view::npos ? all.size() : nl + 1);
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        f(line, lineNo);
    }
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return out;
}

} // namespace

QString WordNetDatabase::defaultDirectory() {
    const QString env = qEnvironmentVariable("KCAT_WORDNET_DIR");
    return env.isEmpty() ? QStringLiteral("/usr/share/wordnet") : env;
}

WordNetDatabase WordNetDatabase::load(const QString& directory) {
    WordNetDatabase db;
    db.m_directory = directory;
    const QString dataPath = QDir(directory).filePath(QStringLiteral("data.noun"));
    const QByteArray data = readFile(dataPath, true);
    db.m_synsets.reserve(82200);
    forEachLine(data, [&](std::string_view line, int lineNo) {
        if (line.empty() || line.front() == ' ') // the licence header
            return;
        auto bad = [&](const QString& what) {
            throw KnowledgeError(dataPath, lineNo, tr("malformed noun synset: expected %1").arg(what));
        };
        const size_t bar = line.find(" | ");
        std::string_view head = line.substr(0, bar);
        WordNetSynset s;
        if (bar != std::string_view::npos) {
            std::string_view gloss = line.substr(bar + 3);
            while (!gloss.empty() && gloss.back() == ' ')
                gloss.remove_suffix(1);
            s.gloss = std::string(gloss);
        }
        Fields f(head);
        std::string_view tok;
        if (!f.next(tok) || !number(tok, s.offset))
            bad(tr("an 8-digit synset offset"));
        if (!f.next(tok) || !number(tok, s.lexFile))
            bad(tr("a lexicographer file number"));
        if (!f.next(tok) || tok != "n")
            bad(tr("synset type \"n\""));
        int wordCount = 0;
        if (!f.next(tok) || !number(tok, wordCount, 16) || wordCount <= 0)
            bad(tr("a hexadecimal word count"));
        for (int i = 0; i < wordCount; ++i) {
            std::string_view word, lexId;
            int id = 0;
            if (!f.next(word) || !f.next(lexId) || !number(lexId, id, 16))
                bad(tr("%1 words with their lex ids").arg(wordCount));
            // Adjective markers such as "(p)" do not occur on nouns; strip one defensively.
            if (const size_t paren = word.find('('); paren != std::string_view::npos)
                word = word.substr(0, paren);
            s.lemmas.emplace_back(word);
            s.lexIds.push_back(id);
        }
        int pointerCount = 0;
        if (!f.next(tok) || !number(tok, pointerCount))
            bad(tr("a 3-digit pointer count"));
        for (int i = 0; i < pointerCount; ++i) {
            std::string_view symbol, target, pos, sourceTarget;
            uint32_t offset = 0;
            if (!f.next(symbol) || !f.next(target) || !f.next(pos) || !f.next(sourceTarget) ||
                !number(target, offset))
                bad(tr("%1 pointers (symbol, offset, part of speech, source/target)").arg(pointerCount));
            if (pos != "n")
                continue;
            if (symbol == "@")
                s.hypernyms.push_back(offset);
            else if (symbol == "@i")
                s.instanceOf.push_back(offset);
            else if (symbol == "#m" || symbol == "#p" || symbol == "#s" || symbol == ";c" || symbol == ";r")
                s.related.push_back(offset);
        }
        s.senseCounts.assign(s.lemmas.size(), 0);
        db.m_byOffset.emplace(s.offset, int(db.m_synsets.size()));
        db.m_synsets.push_back(std::move(s));
    });
    if (db.m_synsets.empty())
        throw KnowledgeError(dataPath, 0, tr("expected noun synsets, found none"));

    // Sense order of every lemma (index.noun); without it, file order.
    const QString indexPath = QDir(directory).filePath(QStringLiteral("index.noun"));
    const QByteArray index = readFile(indexPath, false);
    if (!index.isEmpty()) {
        db.m_byLemma.reserve(120000);
        forEachLine(index, [&](std::string_view line, int lineNo) {
            if (line.empty() || line.front() == ' ')
                return;
            Fields f(line);
            std::string_view lemma, tok;
            int synsetCount = 0, pointerCount = 0;
            if (!f.next(lemma) || !f.next(tok) || !f.next(tok) || !number(tok, synsetCount) || !f.next(tok) ||
                !number(tok, pointerCount))
                throw KnowledgeError(indexPath, lineNo,
                                     tr("malformed index entry: expected lemma, pos, counts"));
            for (int i = 0; i < pointerCount + 2; ++i)
                f.next(tok);
            std::vector<uint32_t> offsets;
            offsets.reserve(size_t(synsetCount));
            for (int i = 0; i < synsetCount; ++i) {
                uint32_t offset = 0;
                if (!f.next(tok) || !number(tok, offset))
                    throw KnowledgeError(indexPath, lineNo,
                                         tr("expected %1 synset offsets").arg(synsetCount));
                offsets.push_back(offset);
            }
            db.m_byLemma.emplace(std::string(lemma), std::move(offsets));
        });
    } else {
        for (const WordNetSynset& s : db.m_synsets)
            for (const std::string& lemma : s.lemmas)
                db.m_byLemma[lower(lemma)].push_back(s.offset);
    }

    // Sense tag counts: "lemma%1:lexfile:lexid:: sense_number tag_count" (nouns only, ss_type 1).
    const QByteArray counts = readFile(QDir(directory).filePath(QStringLiteral("cntlist.rev")), false);
    if (!counts.isEmpty()) {
        std::unordered_map<std::string, int> byKey;
        byKey.reserve(40000);
        forEachLine(counts, [&](std::string_view line, int) {
            const size_t pct = line.find('%');
            if (pct == std::string_view::npos || line.substr(pct + 1, 2) != "1:")
                return;
            const size_t sp = line.find(' ');
            const size_t sp2 = line.find(' ', sp + 1);
            int count = 0;
            if (sp == std::string_view::npos || sp2 == std::string_view::npos ||
                !number(line.substr(sp2 + 1), count))
                return;
            // Key up to the lex id: "lemma%1:18:00"
            std::string_view key = line.substr(0, sp);
            const size_t cut = key.find(':', pct + 6);
            byKey.emplace(std::string(key.substr(0, cut)), count);
        });
        char buf[16];
        for (WordNetSynset& s : db.m_synsets)
            for (size_t i = 0; i < s.lemmas.size(); ++i) {
                std::snprintf(buf, sizeof buf, "%%1:%02d:%02d", s.lexFile, s.lexIds[i]);
                auto it = byKey.find(lower(s.lemmas[i]) + buf);
                if (it != byKey.end())
                    s.senseCounts[i] = it->second;
            }
    }
    return db;
}

int WordNetDatabase::index(uint32_t offset) const {
    auto it = m_byOffset.find(offset);
    return it == m_byOffset.end() ? -1 : it->second;
}

const WordNetSynset* WordNetDatabase::synset(uint32_t offset) const {
    const int i = index(offset);
    return i < 0 ? nullptr : &m_synsets[size_t(i)];
}

std::vector<uint32_t> WordNetDatabase::lookup(const QString& lemma) const {
    std::string key = lower(lemma.trimmed().toStdString());
    std::replace(key.begin(), key.end(), ' ', '_');
    auto it = m_byLemma.find(key);
    return it == m_byLemma.end() ? std::vector<uint32_t>{} : it->second;
}

uint32_t WordNetDatabase::resolve(const QString& senseKey) const {
    // "lemma.n.NN"; the lemma may itself contain dots ("st._louis.n.01").
    const int n = senseKey.lastIndexOf(QStringLiteral(".n."));
    if (n <= 0)
        return 0;
    bool ok = false;
    const int sense = senseKey.mid(n + 3).toInt(&ok);
    const std::vector<uint32_t> offsets = lookup(senseKey.left(n));
    if (!ok || sense < 1 || sense > int(offsets.size()))
        return 0;
    return offsets[size_t(sense - 1)];
}

std::string WordNetDatabase::definition(const std::string& gloss) {
    const size_t quote = gloss.find("; \"");
    std::string out = gloss.substr(0, quote);
    while (!out.empty() && (out.back() == ' ' || out.back() == ';'))
        out.pop_back();
    return out;
}

std::vector<int> WordNetDatabase::instanceIndices() const {
    std::vector<int> out;
    for (size_t i = 0; i < m_synsets.size(); ++i)
        if (!m_synsets[i].instanceOf.empty())
            out.push_back(int(i));
    return out;
}

QString WordNetDatabase::synsetKey(uint32_t offset) {
    return QStringLiteral("n%1").arg(offset, 8, 10, QLatin1Char('0'));
}

QString WordNetDatabase::displayName(uint32_t offset) const {
    const WordNetSynset* s = synset(offset);
    if (!s)
        return {};
    return QString::fromStdString(s->lemmas.front()).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace kcat::annotation

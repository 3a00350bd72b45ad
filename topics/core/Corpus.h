#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <stdexcept>

namespace kcat::topics {

// One document of a corpus: its id, raw text and optional label (a class used for retrieval relevance).
struct Document {
    QString id;
    QString text;
    QString label;
};

// A labelled or unlabelled collection of documents, as imported; never partially filled on error.
struct Corpus {
    QString source;
    QVector<Document> documents;

    bool hasLabels() const;
};

// A corpus file or folder that cannot be imported; the message names the file, line and what was expected.
class CorpusError : public std::runtime_error {
public:
    explicit CorpusError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

enum class CorpusFormat { Auto, Folder, Jsonl, Csv };

struct CsvColumns {
    QString text = QStringLiteral("text");
    QString label; // empty: no labels
    QString id;    // empty: row numbers
};

// Reads corpora from disk. Every function either returns a complete corpus or throws CorpusError.
class CorpusImporter {
    Q_DECLARE_TR_FUNCTIONS(kcat::topics::CorpusImporter)

public:
    // A folder of .txt files; the name of the subfolder holding a file is its label (20 Newsgroups layout).
    static Corpus fromFolder(const QString& folder);
    // One JSON object per line with "id" and "text" and optionally "label".
    static Corpus fromJsonl(const QString& path);
    // RFC 4180 CSV with a header row; columns chosen by name.
    static Corpus fromCsv(const QString& path, const CsvColumns& columns);
    // The column names of a CSV file's header row (for choosing the columns).
    static QStringList csvHeader(const QString& path);
    // The built-in demo: WordNet noun glosses labelled by their lexicographer file (noun.person, ...).
    static Corpus wordnetNounGlosses(const QString& wordnetFolder = QStringLiteral("/usr/share/wordnet"));
    // Dispatches on format; Auto guesses from the path (folder, .jsonl/.json, .csv).
    static Corpus load(const QString& path, CorpusFormat format, const CsvColumns& columns = {});

    // Decodes UTF-8 strictly; throws naming the file and the line of the first invalid byte.
    static QString decodeUtf8(const QByteArray& bytes, const QString& file);
    static QByteArray readFile(const QString& path);
    // WordNet's standard lexicographer file names, indexed by lex_filenum.
    static const QStringList& lexicographerFiles();
};

} // namespace kcat::topics

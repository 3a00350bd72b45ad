#include "topics/core/Corpus.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <nlohmann/json.hpp>

namespace kcat::topics {

bool Corpus::hasLabels() const {
    for (const Document& d : documents)
        if (!d.label.isEmpty())
            return true;
    return false;
}

QByteArray CorpusImporter::readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CorpusError(tr("%1: cannot read the file (%2)").arg(path, file.errorString()));
    return file.readAll();
}

QString CorpusImporter::decodeUtf8(const QByteArray& bytes, const QString& file) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // Decode line by line so that an invalid byte can be reported with its line number.
    QString result;
    result.reserve(bytes.size());
    qsizetype start = 0;
    int line = 1;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView chunk(bytes.constData() + start, end - start);
        QString text = decoder.decode(chunk);
        if (decoder.hasError())
            throw CorpusError(tr("%1:%2: invalid UTF-8; expected UTF-8 text").arg(file).arg(line));
        result += text;
        if (end < bytes.size())
            result += QLatin1Char('\n');
        start = end + 1;
        ++line;
    }
    if (result.startsWith(QChar(0xFEFF)))
        result.remove(0, 1);
    return result;
}

Corpus CorpusImporter::fromFolder(const QString& folder) {
    const QFileInfo info(folder);
    if (!info.isDir())
        throw CorpusError(tr("%1: not a folder; expected a folder of .txt files").arg(folder));
    Corpus corpus;
    corpus.source = folder;
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort(); // directory order differs between file systems; ids and seeds must not
    const QDir root(folder);
    for (const QString& path : files) {
        Document doc;
        doc.id = root.relativeFilePath(path);
        doc.text = decodeUtf8(readFile(path), path);
        const QString parent = QFileInfo(doc.id).path();
        doc.label = parent == QLatin1String(".") ? QString() : parent;
        corpus.documents << doc;
    }
    if (corpus.documents.isEmpty())
        throw CorpusError(
            tr("%1: empty corpus; expected .txt files in the folder or its subfolders").arg(folder));
    return corpus;
}

Corpus CorpusImporter::fromJsonl(const QString& path) {
    const QString text = decodeUtf8(readFile(path), path);
    Corpus corpus;
    corpus.source = path;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const int lineNo = i + 1;
        nlohmann::json j;
        try {
            j = nlohmann::json::parse(line.toStdString());
        } catch (const nlohmann::json::exception& e) {
            throw CorpusError(tr("%1:%2: not valid JSON (%3); expected one JSON object per line")
                                  .arg(path)
                                  .arg(lineNo)
                                  .arg(e.what()));
        }
        if (!j.is_object() || !j.contains("text") || !j["text"].is_string())
            throw CorpusError(tr("%1:%2: expected an object with a string \"text\"").arg(path).arg(lineNo));
        Document doc;
        doc.text = QString::fromStdString(j["text"].get<std::string>());
        if (j.contains("id")) {
            const auto& id = j["id"];
            doc.id = id.is_string() ? QString::fromStdString(id.get<std::string>())
                                    : QString::fromStdString(id.dump());
        } else {
            doc.id = QString::number(lineNo);
        }
        if (j.contains("label") && !j["label"].is_null()) {
            const auto& label = j["label"];
            doc.label = label.is_string() ? QString::fromStdString(label.get<std::string>())
                                          : QString::fromStdString(label.dump());
        }
        corpus.documents << doc;
    }
    if (corpus.documents.isEmpty())
        throw CorpusError(tr("%1: empty corpus; expected at least one JSON line with \"text\"").arg(path));
    return corpus;
}

namespace {

// Splits RFC 4180 CSV into records; a quoted field may hold commas, doubled quotes and newlines.
// Each record remembers the line it starts on.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

QVector<CsvRecord> parseCsv(const QString& text, const QString& path) {
    QVector<CsvRecord> records;
    CsvRecord current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    int quoteLine = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            current.fields << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            current.fields << field;
            if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
                records << current;
            current = CsvRecord();
            field.clear();
            fieldStarted = false;
            ++line;
            current.line = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        throw CorpusError(CorpusImporter::tr("%1:%2: a quoted field is never closed; expected a closing '\"'")
                              .arg(path)
                              .arg(quoteLine));
    if (fieldStarted || !current.fields.isEmpty()) {
        current.fields << field;
        records << current;
    }
    return records;
}

} // namespace

QStringList CorpusImporter::csvHeader(const QString& path) {
    QByteArray bytes = readFile(path);
    // The header is the first record; a quoted header field may span lines, so parse a generous prefix.
    const qsizetype newline = bytes.indexOf('\n');
    if (newline >= 0 && bytes.left(newline).count('"') % 2 == 0)
        bytes.truncate(newline);
    const QVector<CsvRecord> records = parseCsv(decodeUtf8(bytes, path), path);
    if (records.isEmpty())
        throw CorpusError(tr("%1: empty file; expected a header row and data rows").arg(path));
    return records.first().fields;
}

Corpus CorpusImporter::fromCsv(const QString& path, const CsvColumns& columns) {
    const QVector<CsvRecord> records = parseCsv(decodeUtf8(readFile(path), path), path);
    if (records.isEmpty())
        throw CorpusError(tr("%1: empty file; expected a header row and data rows").arg(path));
    const QStringList header = records.first().fields;
    auto column = [&](const QString& name) {
        const int index = header.indexOf(name);
        if (index < 0)
            throw CorpusError(tr("%1:1: no column named '%2'; the header has: %3")
                                  .arg(path, name, header.join(QStringLiteral(", "))));
        return index;
    };
    const int textColumn = column(columns.text);
    const int labelColumn = columns.label.isEmpty() ? -1 : column(columns.label);
    const int idColumn = columns.id.isEmpty() ? -1 : column(columns.id);
    Corpus corpus;
    corpus.source = path;
    for (int r = 1; r < records.size(); ++r) {
        const CsvRecord& record = records[r];
        if (record.fields.size() != header.size())
            throw CorpusError(tr("%1:%2: %3 fields; expected %4 as in the header")
                                  .arg(path)
                                  .arg(record.line)
                                  .arg(record.fields.size())
                                  .arg(header.size()));
        Document doc;
        doc.text = record.fields[textColumn];
        doc.label = labelColumn >= 0 ? record.fields[labelColumn] : QString();
        doc.id = idColumn >= 0 ? record.fields[idColumn] : QString::number(record.line);
        corpus.documents << doc;
    }
    if (corpus.documents.isEmpty())
        throw CorpusError(tr("%1: empty corpus; expected data rows after the header").arg(path));
    return corpus;
}

Corpus CorpusImporter::load(const QString& path, CorpusFormat format, const CsvColumns& columns) {
    if (format == CorpusFormat::Auto) {
        const QFileInfo info(path);
        const QString suffix = info.suffix().toLower();
        if (info.isDir())
            format = CorpusFormat::Folder;
        else if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("json"))
            format = CorpusFormat::Jsonl;
        else if (suffix == QLatin1String("csv"))
            format = CorpusFormat::Csv;
        else if (!info.exists())
            throw CorpusError(tr("%1: no such file or folder").arg(path));
        else
            throw CorpusError(
                tr("%1: cannot tell the format; expected a folder, .jsonl or .csv (or give the format)")
                    .arg(path));
    }
    switch (format) {
    case CorpusFormat::Folder:
        return fromFolder(path);
    case CorpusFormat::Jsonl:
        return fromJsonl(path);
    case CorpusFormat::Csv:
        return fromCsv(path, columns);
    case CorpusFormat::Auto:
        break;
    }
    return {};
}

const QStringList& CorpusImporter::lexicographerFiles() {
    // WordNet 3.0 lexnames(5WN): file number -> name.
    static const QStringList names = {
        QStringLiteral("adj.all"),
        QStringLiteral("adj.pert"),
        QStringLiteral("adv.all"),
        QStringLiteral("noun.Tops"),
        QStringLiteral("noun.act"),
        QStringLiteral("noun.animal"),
        QStringLiteral("noun.artifact"),
        QStringLiteral("noun.attribute"),
        QStringLiteral("noun.body"),
        QStringLiteral("noun.cognition"),
        QStringLiteral("noun.communication"),
        QStringLiteral("noun.event"),
        QStringLiteral("noun.feeling"),
        QStringLiteral("noun.food"),
        QStringLiteral("noun.group"),
        QStringLiteral("noun.location"),
        QStringLiteral("noun.motive"),
        QStringLiteral("noun.object"),
        QStringLiteral("noun.person"),
        QStringLiteral("noun.phenomenon"),
        QStringLiteral("noun.plant"),
        QStringLiteral("noun.possession"),
        QStringLiteral("noun.process"),
        QStringLiteral("noun.quantity"),
        QStringLiteral("noun.relation"),
        QStringLiteral("noun.shape"),
        QStringLiteral("noun.state"),
        QStringLiteral("noun.substance"),
        QStringLiteral("noun.time"),
        QStringLiteral("verb.body"),
        QStringLiteral("verb.change"),
        QStringLiteral("verb.cognition"),
        QStringLiteral("verb.communication"),
        QStringLiteral("verb.competition"),
        QStringLiteral("verb.consumption"),
        QStringLiteral("verb.contact"),
        QStringLiteral("verb.creation"),
        QStringLiteral("verb.emotion"),
        QStringLiteral("verb.motion"),
        QStringLiteral("verb.perception"),
        QStringLiteral("verb.possession"),
        QStringLiteral("verb.social"),
        QStringLiteral("verb.stative"),
        QStringLiteral("verb.weather"),
        QStringLiteral("adj.ppl"),
    };
    return names;
}

Corpus CorpusImporter::wordnetNounGlosses(const QString& wordnetFolder) {
    const QString path = QDir(wordnetFolder).filePath(QStringLiteral("data.noun"));
    if (!QFileInfo::exists(path))
        throw CorpusError(
            tr("%1: missing; the WordNet demo corpus needs the Debian package wordnet-base").arg(path));
    const QString text = decodeUtf8(readFile(path), path);
    const QStringList& lexnames = lexicographerFiles();
    Corpus corpus;
    corpus.source = QStringLiteral("wordnet");
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (line.isEmpty() || line.startsWith(QLatin1Char(' ')))
            continue; // licence header lines start with two spaces
        const int bar = line.indexOf(QLatin1String(" | "));
        const QStringList fields = line.left(bar).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool ok = false;
        const int lexfile = fields.value(1).toInt(&ok);
        if (bar < 0 || fields.size() < 4 || !ok || lexfile < 0 || lexfile >= lexnames.size())
            throw CorpusError(
                tr("%1:%2: expected a WordNet synset line 'offset lex_filenum ss_type ... | gloss'")
                    .arg(path)
                    .arg(i + 1));
        Document doc;
        doc.id = fields[0] + QStringLiteral("-n");
        doc.text = line.mid(bar + 3).trimmed();
        doc.label = lexnames[lexfile];
        corpus.documents << doc;
    }
    if (corpus.documents.isEmpty())
        throw CorpusError(tr("%1: no synsets found").arg(path));
    return corpus;
}

} // namespace kcat::topics

#include "annotation/documents/DocumentImporter.h"

#include "annotation/documents/BratFormat.h"
#include "annotation/documents/DocumentStore.h"
#include "annotation/documents/FigerJsonlFormat.h"
#include "annotation/documents/KcatDocumentFormat.h"
#include "annotation/documents/PlainTextFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace kcat::annotation {

namespace {

bool readAll(const QString& path, QByteArray* bytes, ImportError* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {path, 0,
                  QCoreApplication::translate("kcat::annotation::DocumentImporter",
                                              "cannot be read: %1 (expected a readable file)")
                      .arg(file.errorString())};
        return false;
    }
    *bytes = file.readAll();
    return true;
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString safeName(const QString& name, int order) {
    QString s = name;
    for (QChar& c : s)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    return s.isEmpty() ? QStringLiteral("document-%1").arg(order) : s;
}

} // namespace

DocumentImporter::DocumentImporter(DocumentStore* store, QSet<QString> knownTypes)
    : m_store(store)
    , m_knownTypes(std::move(knownTypes)) {}

DocumentImporter::Format DocumentImporter::formatOf(const QString& path) {
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("kcat") || suffix == QLatin1String("kdoc"))
        return Format::Kcat;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("json"))
        return Format::FigerJsonl;
    if (suffix == QLatin1String("ann"))
        return Format::Brat;
    if (QFileInfo::exists(info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".ann")))
        return Format::Brat;
    return Format::PlainText;
}

bool DocumentImporter::parse(const QString& path, QVector<DocumentData>* documents,
                             ImportError* error) const {
    QByteArray bytes;
    DocumentData doc;
    switch (formatOf(path)) {
    case Format::Kcat:
        if (!readAll(path, &bytes, error) ||
            !KcatDocumentFormat::read(bytes, path, m_knownTypes, &doc, error))
            return false;
        *documents = {doc};
        return true;
    case Format::FigerJsonl:
        return readAll(path, &bytes, error) &&
               FigerJsonlFormat::read(bytes, path, m_knownTypes, documents, error);
    case Format::Brat: {
        const QFileInfo info(path);
        const QString stem = info.path() + QLatin1Char('/') + info.completeBaseName();
        const QString txtPath = stem + QStringLiteral(".txt");
        const QString annPath = stem + QStringLiteral(".ann");
        QByteArray ann;
        if (!readAll(txtPath, &bytes, error) || !readAll(annPath, &ann, error) ||
            !BratFormat::read(bytes, ann, txtPath, annPath, m_knownTypes, &doc, error))
            return false;
        *documents = {doc};
        return true;
    }
    case Format::PlainText:
        if (!readAll(path, &bytes, error) || !PlainTextFormat::read(bytes, path, &doc, error))
            return false;
        *documents = {doc};
        return true;
    }
    return false;
}

QVector<qint64> DocumentImporter::importFile(qint64 projectId, const QString& path, ImportError* error) {
    QVector<DocumentData> documents;
    if (!parse(path, &documents, error))
        return {};
    QString dbError;
    const QVector<qint64> ids = m_store->addDocuments(projectId, documents, &dbError);
    if (ids.isEmpty() && !documents.isEmpty())
        *error = {path, 0, tr("could not be stored: %1").arg(dbError)};
    return ids;
}

QStringList DocumentImporter::exportProject(qint64 projectId, Format format, const QString& folder,
                                            QString* error) const {
    QDir().mkpath(folder);
    QStringList written;
    QVector<DocumentData> all;
    for (const DocumentSummary& s : m_store->documents(projectId)) {
        const DocumentData doc = m_store->documentData(s.id);
        const QString stem = folder + QLatin1Char('/') + safeName(doc.name, s.order);
        switch (format) {
        case Format::Kcat:
            if (!writeFile(stem + QStringLiteral(".kcat"), KcatDocumentFormat::write(doc), error))
                return {};
            written << stem + QStringLiteral(".kcat");
            break;
        case Format::Brat:
            if (!writeFile(stem + QStringLiteral(".txt"), BratFormat::writeText(doc), error) ||
                !writeFile(stem + QStringLiteral(".ann"), BratFormat::writeAnnotations(doc), error))
                return {};
            written << stem + QStringLiteral(".txt") << stem + QStringLiteral(".ann");
            break;
        case Format::PlainText:
            if (!writeFile(stem + QStringLiteral(".txt"), PlainTextFormat::write(doc), error))
                return {};
            written << stem + QStringLiteral(".txt");
            break;
        case Format::FigerJsonl:
            all << doc;
            break;
        }
    }
    if (format == Format::FigerJsonl) {
        const QString path = folder + QStringLiteral("/documents.jsonl");
        if (!writeFile(path, FigerJsonlFormat::write(all), error))
            return {};
        written << path;
    }
    return written;
}

} // namespace kcat::annotation

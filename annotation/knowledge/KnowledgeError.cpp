#include "annotation/knowledge/KnowledgeError.h"

namespace kcat::annotation {

namespace {
std::string compose(const QString& file, int line, const QString& what) {
    QString where = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    return (where + QStringLiteral(": ") + what).toStdString();
}
} // namespace

KnowledgeError::KnowledgeError(const QString& file, int line, const QString& what)
    : std::runtime_error(compose(file, line, what))
    , m_file(file)
    , m_line(line)
    , m_what(what) {}

} // namespace kcat::annotation

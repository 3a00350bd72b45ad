#pragma once

// The one error type of the knowledge library: a bad input file (or string) with the place it went wrong.

#include <QString>

#include <stdexcept>

namespace kcat::annotation {

// Thrown by every loader of the knowledge library. message() is for people and already names the file and
// line ("figer.json:12: expected ..."); file() and line() are there for callers that show them apart.
class KnowledgeError : public std::runtime_error {
public:
    KnowledgeError(const QString& file, int line, const QString& what);
    const QString& file() const { return m_file; }
    int line() const { return m_line; } // 1-based; 0 when the problem concerns the whole file
    const QString& what_() const { return m_what; }
    QString message() const { return QString::fromStdString(std::runtime_error::what()); }

private:
    QString m_file;
    int m_line;
    QString m_what;
};

} // namespace kcat::annotation

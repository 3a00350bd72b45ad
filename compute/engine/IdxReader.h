#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <stdexcept>
#include <vector>

namespace kcat::engine {

// A data set file that cannot be used; the message names the file and what was expected.
class DatasetError : public std::runtime_error {
public:
    explicit DatasetError(const QString& message);
    QString message() const { return QString::fromStdString(what()); }
};

// An unsigned-byte IDX array (the MNIST file format): dims[0] items of dims[1] x dims[2] ... bytes.
struct IdxArray {
    std::vector<int> dims;
    std::vector<std::uint8_t> data;

    std::int64_t count() const { return dims.empty() ? 0 : dims.front(); }
    std::int64_t itemSize() const;
};

// Reads IDX files, gzip-compressed (through zlib) or plain, and validates magic number, rank and size.
class IdxReader {
    Q_DECLARE_TR_FUNCTIONS(kcat::engine::IdxReader)

public:
    // expectedRank: 3 for images, 1 for labels; 0 accepts any rank.
    static IdxArray read(const QString& path, int expectedRank = 0);
    // Only the header (dims), without reading the payload.
    static std::vector<int> readDims(const QString& path);
};

} // namespace kcat::engine

#include "compute/engine/IdxReader.h"

#include <QFileInfo>

#include <zlib.h>

#include <memory>

namespace kcat::engine {

DatasetError::DatasetError(const QString& message)
    : std::runtime_error(message.toStdString()) {}

std::int64_t IdxArray::itemSize() const {
    std::int64_t size = 1;
    for (std::size_t i = 1; i < dims.size(); ++i)
        size *= dims[i];
    return size;
}

namespace {

// The IDX type code for unsigned bytes; the only one image and label sets use.
constexpr int kUnsignedByte = 0x08;
constexpr int kMaxRank = 4;
constexpr std::int64_t kMaxBytes = std::int64_t(1) << 32;

struct GzCloser {
    void operator()(gzFile_s* file) const { gzclose(file); }
};
using GzFile = std::unique_ptr<gzFile_s, GzCloser>;

// gzopen reads plain files transparently, so one path serves both .gz and uncompressed IDX files.
GzFile openFile(const QString& path) {
    if (!QFileInfo(path).isFile())
        throw DatasetError(IdxReader::tr("Data set file %1 does not exist.").arg(path));
    GzFile file(gzopen(QFile::encodeName(path).constData(), "rb"));
    if (!file)
        throw DatasetError(IdxReader::tr("Data set file %1 cannot be opened.").arg(path));
    gzbuffer(file.get(), 1 << 20);
    return file;
}

void readExactly(gzFile_s* file, const QString& path, void* buffer, std::int64_t bytes, const QString& what) {
    auto* out = static_cast<char*>(buffer);
    while (bytes > 0) {
        const unsigned chunk = static_cast<unsigned>(std::min<std::int64_t>(bytes, 1 << 30));
        const int got = gzread(file, out, chunk);
        if (got <= 0) {
            int code = 0;
            const char* message = gzerror(file, &code);
            if (got < 0 || code != Z_OK)
                throw DatasetError(IdxReader::tr("Data set file %1 is corrupt while reading %2: %3.")
                                       .arg(path, what, QString::fromUtf8(message)));
            throw DatasetError(IdxReader::tr("Data set file %1 ends early: %2 bytes of %3 are missing.")
                                   .arg(path)
                                   .arg(bytes)
                                   .arg(what));
        }
        out += got;
        bytes -= got;
    }
}

std::vector<int> readHeader(gzFile_s* file, const QString& path, int expectedRank) {
    unsigned char magic[4] = {};
    readExactly(file, path, magic, 4, IdxReader::tr("the magic number"));
    const int rank = magic[3];
    if (magic[0] != 0 || magic[1] != 0 || magic[2] != kUnsignedByte || rank < 1 || rank > kMaxRank)
        throw DatasetError(IdxReader::tr("Data set file %1 is not an unsigned-byte IDX file: magic number "
                                         "%2 %3 %4 %5, expected 00 00 08 and a rank from 1 to %6.")
                               .arg(path)
                               .arg(magic[0], 2, 16, QLatin1Char('0'))
                               .arg(magic[1], 2, 16, QLatin1Char('0'))
                               .arg(magic[2], 2, 16, QLatin1Char('0'))
                               .arg(magic[3], 2, 16, QLatin1Char('0'))
                               .arg(kMaxRank));
    if (expectedRank > 0 && rank != expectedRank)
        throw DatasetError(IdxReader::tr("Data set file %1 has %2 dimensions, expected %3.")
                               .arg(path)
                               .arg(rank)
                               .arg(expectedRank));
    std::vector<int> dims;
    std::int64_t total = 1;
    for (int i = 0; i < rank; ++i) {
        unsigned char b[4] = {};
        readExactly(file, path, b, 4, IdxReader::tr("dimension %1").arg(i + 1));
        const std::uint32_t value = (std::uint32_t(b[0]) << 24) | (std::uint32_t(b[1]) << 16) |
                                    (std::uint32_t(b[2]) << 8) | std::uint32_t(b[3]);
        if (value == 0 || value > (1u << 30))
            throw DatasetError(IdxReader::tr("Data set file %1: dimension %2 is %3, expected 1 to 2^30.")
                                   .arg(path)
                                   .arg(i + 1)
                                   .arg(value));
        total *= value;
        if (total > kMaxBytes)
            throw DatasetError(IdxReader::tr("Data set file %1 declares more than 4 GiB of data.").arg(path));
        dims.push_back(int(value));
    }
    return dims;
}

} // namespace

std::vector<int> IdxReader::readDims(const QString& path) {
    GzFile file = openFile(path);
    return readHeader(file.get(), path, 0);
}

IdxArray IdxReader::read(const QString& path, int expectedRank) {
    GzFile file = openFile(path);
    IdxArray array;
    array.dims = readHeader(file.get(), path, expectedRank);
    array.data.resize(std::size_t(array.count() * array.itemSize()));
    readExactly(file.get(), path, array.data.data(), std::int64_t(array.data.size()),
                tr("the %1 data bytes").arg(array.data.size()));
    char extra = 0;
    if (gzread(file.get(), &extra, 1) > 0)
        throw DatasetError(tr("Data set file %1 is longer than its header declares (%2 bytes of data).")
                               .arg(path)
                               .arg(array.data.size()));
    return array;
}

} // namespace kcat::engine

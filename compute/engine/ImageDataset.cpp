#include "compute/engine/ImageDataset.h"

#include "compute/engine/IdxReader.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace kcat::engine {

void ImageDataset::truncate(std::int64_t n) {
    if (n <= 0 || n >= count)
        return;
    count = n;
    images.resize(std::size_t(n * pixels()));
    labels.resize(std::size_t(n));
}

void ImageDataset::computeNormalisation() {
    double sum = 0.0;
    double squares = 0.0;
    for (std::uint8_t b : images) {
        const double x = b / 255.0;
        sum += x;
        squares += x * x;
    }
    const double n = std::max<double>(1.0, double(images.size()));
    const double m = sum / n;
    mean = float(m);
    stddev = float(std::sqrt(std::max(1e-12, squares / n - m * m)));
}

QString ImageDatasetLoader::fashionMnistDir() {
    return QStringLiteral("/usr/share/datasets/fashion-mnist");
}

QString ImageDatasetLoader::splitFile(const QString& dir, bool train, bool images) {
    const QString base = QStringLiteral("%1-%2-ubyte")
                             .arg(train ? QStringLiteral("train") : QStringLiteral("t10k"),
                                  images ? QStringLiteral("images-idx3") : QStringLiteral("labels-idx1"));
    const QString plain = QDir(dir).filePath(base);
    const QString gz = plain + QStringLiteral(".gz");
    // Prefer the compressed file (as shipped); name it in messages when neither exists.
    return QFileInfo::exists(gz) || !QFileInfo::exists(plain) ? gz : plain;
}

ImageDataset ImageDatasetLoader::loadPair(const QString& imagesPath, const QString& labelsPath) {
    IdxArray images = IdxReader::read(imagesPath, 3);
    IdxArray labels = IdxReader::read(labelsPath, 1);
    if (images.count() != labels.count())
        throw DatasetError(tr("Data set files %1 and %2 disagree: %3 images but %4 labels.")
                               .arg(imagesPath, labelsPath)
                               .arg(images.count())
                               .arg(labels.count()));
    ImageDataset set;
    set.name = QFileInfo(imagesPath).fileName();
    set.count = images.count();
    set.rows = images.dims[1];
    set.cols = images.dims[2];
    set.images = std::move(images.data);
    set.labels = std::move(labels.data);
    int maxLabel = 0;
    for (std::size_t i = 0; i < set.labels.size(); ++i)
        maxLabel = std::max<int>(maxLabel, set.labels[i]);
    constexpr int kMaxClasses = 100;
    if (maxLabel >= kMaxClasses)
        throw DatasetError(tr("Data set file %1 has label %2, expected labels from 0 to %3.")
                               .arg(labelsPath)
                               .arg(maxLabel)
                               .arg(kMaxClasses - 1));
    set.classes = maxLabel + 1;
    return set;
}

ImageDataset ImageDatasetLoader::loadSplit(const QString& dir, bool train) {
    if (!QFileInfo(dir).isDir())
        throw DatasetError(tr("Data set folder %1 does not exist.").arg(dir));
    return loadPair(splitFile(dir, train, true), splitFile(dir, train, false));
}

} // namespace kcat::engine

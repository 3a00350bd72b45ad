#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <vector>

namespace kcat::engine {

// A labelled image set held as bytes (one channel, rows x cols per image), with the per-pixel
// normalisation the loader applies: x = (byte / 255 - mean) / std.
struct ImageDataset {
    QString name;
    std::int64_t count = 0;
    int rows = 0;
    int cols = 0;
    int classes = 0;
    std::vector<std::uint8_t> images;
    std::vector<std::uint8_t> labels;
    float mean = 0.0f;
    float stddev = 1.0f;

    std::int64_t pixels() const { return std::int64_t(rows) * cols; }
    // Keeps the first n items (n <= 0 or n >= count keeps all).
    void truncate(std::int64_t n);
    // Mean and standard deviation of the pixel values in [0, 1].
    void computeNormalisation();
};

// Loads IDX image/label pairs: Fashion-MNIST from its Debian package, or any IDX set at a user path.
class ImageDatasetLoader {
    Q_DECLARE_TR_FUNCTIONS(kcat::engine::ImageDatasetLoader)

public:
    static QString fashionMnistDir();
    // Reads and cross-checks one images file (rank 3) and one labels file (rank 1).
    static ImageDataset loadPair(const QString& imagesPath, const QString& labelsPath);
    // dir holds {train,t10k}-{images-idx3,labels-idx1}-ubyte[.gz]; train = false reads the test split.
    static ImageDataset loadSplit(const QString& dir, bool train);
    static QString splitFile(const QString& dir, bool train, bool images);
};

} // namespace kcat::engine

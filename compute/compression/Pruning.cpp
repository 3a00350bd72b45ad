#include "compute/compression/Pruning.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace kcat::compression {

namespace {

std::int64_t keepCount(std::int64_t n, double sparsity, std::int64_t minimum) {
    const auto keep = std::int64_t(std::llround((1.0 - sparsity) * double(n)));
    return std::clamp<std::int64_t>(keep, std::min(minimum, n), n);
}

} // namespace

MaskMap pruneMasks(const WeightMap& w, const std::vector<LayerShape>& layers, const PruneTarget& target) {
    MaskMap masks;
    if (target.global) {
        if (target.structure != PruneStructure::Irregular)
            throw std::invalid_argument("a global target needs irregular pruning");
        std::vector<float> all;
        for (const LayerShape& l : layers)
            all.insert(all.end(), w.at(l.name).begin(), w.at(l.name).end());
        const Mask mask = topKMask(all, keepCount(std::int64_t(all.size()), target.globalSparsity, 1));
        std::size_t at = 0;
        for (const LayerShape& l : layers) {
            masks[l.name] =
                Mask(mask.begin() + std::ptrdiff_t(at), mask.begin() + std::ptrdiff_t(at + l.size()));
            at += std::size_t(l.size());
        }
        return masks;
    }
    for (const LayerShape& l : layers) {
        const auto it = target.sparsity.find(l.name);
        if (it == target.sparsity.end())
            continue;
        const std::vector<float>& v = w.at(l.name);
        switch (target.structure) {
        case PruneStructure::Irregular:
            masks[l.name] = topKMask(v, keepCount(l.size(), it->second, 1));
            break;
        case PruneStructure::Filter:
            masks[l.name] = rowMask(v, l.rows, l.cols, keepCount(l.rows, it->second, 1));
            break;
        case PruneStructure::Column:
            masks[l.name] = columnMask(v, l.rows, l.cols, keepCount(l.cols, it->second, 1));
            break;
        }
    }
    return masks;
}

MaskMap intersect(const MaskMap& a, const MaskMap& b) {
    MaskMap out = a;
    for (const auto& [name, mb] : b) {
        auto it = out.find(name);
        if (it == out.end()) {
            out[name] = mb;
            continue;
        }
        for (std::size_t i = 0; i < mb.size(); ++i)
            it->second[i] = std::uint8_t(it->second[i] && mb[i]);
    }
    return out;
}

WeightMap applyMasks(const WeightMap& w, const MaskMap& masks) {
    WeightMap out;
    for (const auto& [name, m] : masks)
        out[name] = applyMask(w.at(name), m);
    return out;
}

ConstraintMap maskConstraints(const MaskMap& masks) {
    ConstraintMap out;
    for (const auto& [name, m] : masks)
        out[name].free = m;
    return out;
}

Purification purify(const WeightMap& w, const std::vector<LayerShape>& layers, double emptyThreshold,
                    double importanceThreshold) {
    Purification p;
    WeightMap current = w;
    for (const LayerShape& l : layers) {
        Mask m(std::size_t(l.size()), 0);
        const std::vector<float>& v = current.at(l.name);
        for (std::size_t i = 0; i < v.size(); ++i)
            m[i] = v[i] != 0.0f;
        p.masks[l.name] = m;
        const std::vector<double> norms = rowNorms(v, l.rows, l.cols);
        p.filtersBefore[l.name] = std::count_if(norms.begin(), norms.end(), [](double n) { return n > 0; });
    }
    for (std::size_t li = 0; li + 1 < layers.size(); ++li) {
        const LayerShape& l = layers[li];
        const LayerShape& next = layers[li + 1];
        if (next.cols % l.rows != 0)
            continue; // the next layer does not read this one channel by channel
        const std::int64_t group = next.cols / l.rows;
        const std::vector<float>& wl = current.at(l.name);
        const std::vector<float>& wn = current.at(next.name);
        const std::vector<double> filterNorm = rowNorms(wl, l.rows, l.cols);
        const std::vector<double> colNorm = columnNorms(wn, next.rows, next.cols);
        std::vector<double> channelNorm(std::size_t(l.rows), 0.0);
        for (std::int64_t k = 0; k < l.rows; ++k) {
            double s = 0.0;
            for (std::int64_t c = k * group; c < (k + 1) * group; ++c)
                s += colNorm[std::size_t(c)] * colNorm[std::size_t(c)];
            channelNorm[std::size_t(k)] = std::sqrt(s);
        }
        const double maxFilter = *std::max_element(filterNorm.begin(), filterNorm.end());
        const double maxChannel = *std::max_element(channelNorm.begin(), channelNorm.end());
        double importanceSum = 0.0;
        int alive = 0;
        for (std::int64_t k = 0; k < l.rows; ++k) {
            const double importance = filterNorm[std::size_t(k)] * channelNorm[std::size_t(k)];
            if (importance > 0) {
                importanceSum += importance;
                ++alive;
            }
        }
        const double meanImportance = alive > 0 ? importanceSum / alive : 0.0;
        for (std::int64_t k = 0; k < l.rows; ++k) {
            const double f = filterNorm[std::size_t(k)];
            const double c = channelNorm[std::size_t(k)];
            // An all-zero filter outputs the constant act(bias): its channel is still read (as a bias) and
            // unused path removal folds or removes it exactly, so its channel is not zeroed here (doing so
            // cost 0.9 points on LeNet-5 P-RM with positive biases).
            if (f == 0.0)
                continue;
            const bool empty = f <= emptyThreshold * maxFilter || c <= emptyThreshold * maxChannel;
            const bool unimportant = f * c <= importanceThreshold * meanImportance;
            if (!empty && !unimportant)
                continue;
            Mask& ml = p.masks.at(l.name);
            std::fill_n(ml.begin() + k * l.cols, l.cols, std::uint8_t(0));
            Mask& mn = p.masks.at(next.name);
            for (std::int64_t r = 0; r < next.rows; ++r)
                std::fill_n(mn.begin() + r * next.cols + k * group, group, std::uint8_t(0));
        }
        current[l.name] = applyMask(wl, p.masks.at(l.name));
        current[next.name] = applyMask(wn, p.masks.at(next.name));
    }
    for (const LayerShape& l : layers) {
        const std::vector<double> norms = rowNorms(current.at(l.name), l.rows, l.cols);
        p.filtersAfter[l.name] = std::count_if(norms.begin(), norms.end(), [](double n) { return n > 0; });
    }
    return p;
}

} // namespace kcat::compression

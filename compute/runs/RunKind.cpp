#include "compute/runs/RunKind.h"

#include <algorithm>

namespace kcat::runs {

MetricGoal defaultMetricGoal(const QString& key) {
    static const char* const lower[] = {"loss", "error", "seconds", "time", "latency", "size", "perplexity"};
    const QString k = key.toLower();
    for (const char* word : lower)
        if (k.contains(QLatin1String(word)))
            return MetricGoal::Minimize;
    return MetricGoal::Maximize;
}

RunKindRegistry& RunKindRegistry::instance() {
    static RunKindRegistry registry;
    return registry;
}

void RunKindRegistry::add(std::unique_ptr<RunKind> kind) {
    remove(kind->name());
    m_kinds.push_back(std::move(kind));
}

const RunKind* RunKindRegistry::find(const QString& name) const {
    for (const auto& k : m_kinds)
        if (k->name() == name)
            return k.get();
    return nullptr;
}

QStringList RunKindRegistry::names() const {
    QStringList out;
    for (const auto& k : m_kinds)
        out << k->name();
    out.sort();
    return out;
}

MetricGoal RunKindRegistry::goalFor(const QString& kind, const QString& key) const {
    if (const RunKind* k = find(kind))
        for (const MetricSpec& m : k->metrics())
            if (m.key == key)
                return m.goal;
    return defaultMetricGoal(key);
}

void RunKindRegistry::remove(const QString& name) {
    m_kinds.erase(std::remove_if(m_kinds.begin(), m_kinds.end(),
                                 [&](const std::unique_ptr<RunKind>& k) { return k->name() == name; }),
                  m_kinds.end());
}

} // namespace kcat::runs

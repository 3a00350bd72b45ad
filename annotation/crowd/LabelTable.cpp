#include "annotation/crowd/LabelTable.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace kcat::crowd {

namespace {

class Messages {
    Q_DECLARE_TR_FUNCTIONS(kcat::crowd::LabelTable)
};

} // namespace

int LabelTable::labelId(const QString& name) const {
    return m_labelIndex.value(name, -1);
}

int LabelTable::annotatorId(const QString& name) const {
    return m_annotatorIndex.value(name, -1);
}

int LabelTable::itemId(const QString& name) const {
    return m_itemIndex.value(name, -1);
}

int LabelTableBuilder::intern(QStringList& names, QHash<QString, int>& index, const QString& name) {
    auto it = index.constFind(name);
    if (it != index.constEnd())
        return it.value();
    const int id = int(names.size());
    names.append(name);
    index.insert(name, id);
    return id;
}

int LabelTableBuilder::item(const QString& name) {
    return intern(m_table.m_items, m_table.m_itemIndex, name);
}

int LabelTableBuilder::annotator(const QString& name) {
    return intern(m_table.m_annotators, m_table.m_annotatorIndex, name);
}

int LabelTableBuilder::label(const QString& name) {
    return intern(m_table.m_labels, m_table.m_labelIndex, name);
}

void LabelTableBuilder::add(int item, int annotator, int label) {
    m_triples.push_back({item, annotator, label});
}

void LabelTableBuilder::touch(int item, int annotator) {
    m_triples.push_back({item, annotator, -1});
}

void LabelTableBuilder::setTime(int item, double time) {
    auto it = m_times.find(item);
    if (it == m_times.end())
        m_times.emplace(item, time);
    else
        it->second = std::min(it->second, time);
}

LabelTable LabelTableBuilder::build() {
    LabelTable table = std::move(m_table);
    std::sort(m_triples.begin(), m_triples.end(), [](const Triple& a, const Triple& b) {
        if (a.item != b.item)
            return a.item < b.item;
        if (a.annotator != b.annotator)
            return a.annotator < b.annotator;
        return a.label < b.label;
    });
    std::map<std::vector<int>, int> setIndex;
    table.m_offsets.assign(size_t(table.m_items.size()) + 1, 0);
    std::vector<int> current;
    size_t i = 0;
    while (i < m_triples.size()) {
        const int item = m_triples[i].item, annotator = m_triples[i].annotator;
        current.clear();
        for (; i < m_triples.size() && m_triples[i].item == item && m_triples[i].annotator == annotator; ++i)
            if (m_triples[i].label >= 0 && (current.empty() || current.back() != m_triples[i].label))
                current.push_back(m_triples[i].label);
        if (current.empty())
            continue; // seen without a label: a missing value
        auto [it, inserted] = setIndex.emplace(current, int(table.m_sets.size()));
        if (inserted)
            table.m_sets.push_back(current);
        table.m_multiLabel = table.m_multiLabel || current.size() > 1;
        table.m_cells.push_back({annotator, it->second});
        table.m_offsets[size_t(item) + 1] = qsizetype(table.m_cells.size());
    }
    for (size_t k = 1; k < table.m_offsets.size(); ++k)
        table.m_offsets[k] = std::max(table.m_offsets[k], table.m_offsets[k - 1]);
    if (!m_times.empty()) {
        table.m_times.assign(size_t(table.m_items.size()), 0.0);
        for (const auto& [item, t] : m_times)
            table.m_times[size_t(item)] = t;
    }
    m_triples.clear();
    m_times.clear();
    return table;
}

LabelTable LabelTable::loadTsv(const QString& path) {
    QFile file(path);
    if (!QFileInfo::exists(path))
        throw CrowdInputError(Messages::tr("%1: file does not exist").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw CrowdInputError(Messages::tr("%1: cannot open: %2").arg(path, file.errorString()));
    LabelTableBuilder builder;
    std::vector<qint64> labelsPerAnnotator;
    int columns = 0, lineNo = 0, dataLines = 0;
    while (!file.atEnd()) {
        QByteArray raw = file.readLine();
        ++lineNo;
        if (raw.endsWith('\n'))
            raw.chop(1);
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.trimmed().isEmpty() || raw.startsWith('#'))
            continue; // blank lines and comments (e.g. the "simulated" header)
        const QList<QByteArray> fields = raw.split('\t');
        if (fields.size() != 3 && fields.size() != 4)
            throw CrowdInputError(Messages::tr("%1:%2: expected 3 or 4 tab-separated columns "
                                               "(item, annotator, label[, time]), got %3")
                                      .arg(path)
                                      .arg(lineNo)
                                      .arg(fields.size()));
        if (columns == 0)
            columns = int(fields.size());
        else if (columns != fields.size())
            throw CrowdInputError(Messages::tr("%1:%2: expected %3 columns like the lines before, got %4")
                                      .arg(path)
                                      .arg(lineNo)
                                      .arg(columns)
                                      .arg(fields.size()));
        const QString itemName = QString::fromUtf8(fields[0]).trimmed();
        const QString annotatorName = QString::fromUtf8(fields[1]).trimmed();
        const QString labelName = QString::fromUtf8(fields[2]).trimmed();
        if (itemName.isEmpty() || annotatorName.isEmpty())
            throw CrowdInputError(
                Messages::tr("%1:%2: the item and the annotator must not be empty").arg(path).arg(lineNo));
        const int item = builder.item(itemName);
        const int annotator = builder.annotator(annotatorName);
        if (size_t(annotator) >= labelsPerAnnotator.size())
            labelsPerAnnotator.resize(size_t(annotator) + 1, 0);
        if (labelName.isEmpty()) {
            builder.touch(item, annotator);
        } else {
            builder.add(item, annotator, builder.label(labelName));
            ++labelsPerAnnotator[size_t(annotator)];
        }
        if (columns == 4) {
            bool ok = false;
            const double t = fields[3].trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(t))
                throw CrowdInputError(
                    Messages::tr("%1:%2: expected a number (the time) in column 4, got '%3'")
                        .arg(path)
                        .arg(lineNo)
                        .arg(QString::fromUtf8(fields[3])));
            builder.setTime(item, t);
        }
        ++dataLines;
    }
    if (dataLines == 0)
        throw CrowdInputError(
            Messages::tr("%1: the file is empty; expected lines item<TAB>annotator<TAB>label").arg(path));
    LabelTable table = builder.build();
    for (int a = 0; a < table.annotatorCount(); ++a)
        if (labelsPerAnnotator[size_t(a)] == 0)
            throw CrowdInputError(
                Messages::tr("%1: annotator '%2' has no labels (every line of theirs has an "
                             "empty label column)")
                    .arg(path, table.annotators()[a]));
    return table;
}

void readTsvPairs(const QString& path, const QString& columns,
                  const std::function<void(const QString&, const QString&, int)>& pair) {
    QFile file(path);
    if (!QFileInfo::exists(path))
        throw CrowdInputError(Messages::tr("%1: file does not exist").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw CrowdInputError(Messages::tr("%1: cannot open: %2").arg(path, file.errorString()));
    int lineNo = 0;
    while (!file.atEnd()) {
        QByteArray raw = file.readLine();
        ++lineNo;
        raw = raw.trimmed();
        if (raw.isEmpty() || raw.startsWith('#'))
            continue;
        const QList<QByteArray> fields = raw.split('\t');
        if (fields.size() != 2 || fields[0].trimmed().isEmpty() || fields[1].trimmed().isEmpty())
            throw CrowdInputError(Messages::tr("%1:%2: expected 2 tab-separated columns (%3), got %4")
                                      .arg(path)
                                      .arg(lineNo)
                                      .arg(columns)
                                      .arg(fields.size()));
        pair(QString::fromUtf8(fields[0].trimmed()), QString::fromUtf8(fields[1].trimmed()), lineNo);
    }
}

GoldLabels GoldLabels::loadTsv(const QString& path) {
    GoldLabels gold;
    QHash<QString, int> index;
    readTsvPairs(path, Messages::tr("item, gold label"), [&](const QString& item, const QString& label, int) {
        auto it = index.constFind(item);
        if (it == index.constEnd()) {
            it = index.insert(item, int(gold.items.size()));
            gold.items << item;
            gold.labels.emplace_back();
        }
        QStringList& set = gold.labels[size_t(it.value())];
        if (!set.contains(label))
            set << label;
        if (!gold.labelNames.contains(label))
            gold.labelNames << label;
    });
    if (gold.items.isEmpty())
        throw CrowdInputError(
            Messages::tr("%1: the file is empty; expected lines item<TAB>gold label").arg(path));
    return gold;
}

std::vector<QStringList> GoldLabels::forTable(const LabelTable& table) const {
    std::vector<QStringList> out(size_t(table.itemCount()));
    for (qsizetype g = 0; g < items.size(); ++g) {
        const int id = table.itemId(items[g]);
        if (id >= 0)
            out[size_t(id)] = labels[size_t(g)];
    }
    return out;
}

} // namespace kcat::crowd

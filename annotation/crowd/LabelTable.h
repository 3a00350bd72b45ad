#pragma once

// The crowd's labels in memory: items × annotators, each cell a label set (one label for single-label
// data), cells may be missing. Loaded from the long-format TSV `item<TAB>annotator<TAB>label[<TAB>time]`.

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <stdexcept>
#include <vector>

namespace kcat::crowd {

// Bad input (malformed file, too little data for a metric): the message names the file, line and what was
// expected. The CLI turns it into exit code 2.
class CrowdInputError : public std::runtime_error {
public:
    explicit CrowdInputError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

// One annotator's answer for one item: an interned label set.
struct LabelCell {
    int annotator = 0;
    int set = 0; // index into LabelTable::sets()
};

class LabelTable {
public:
    int itemCount() const { return int(m_items.size()); }
    int annotatorCount() const { return int(m_annotators.size()); }
    int labelCount() const { return int(m_labels.size()); }
    int setCount() const { return int(m_sets.size()); }
    qsizetype cellCount() const { return qsizetype(m_cells.size()); }

    const QStringList& items() const { return m_items; }
    const QStringList& annotators() const { return m_annotators; }
    const QStringList& labels() const { return m_labels; }
    // Sorted label ids of an interned set.
    const std::vector<int>& set(int id) const { return m_sets[size_t(id)]; }

    // The cells of item i, sorted by annotator: cells()[begin(i) .. end(i)).
    const std::vector<LabelCell>& cells() const { return m_cells; }
    qsizetype begin(int item) const { return m_offsets[size_t(item)]; }
    qsizetype end(int item) const { return m_offsets[size_t(item) + 1]; }

    // True when some cell holds more than one label.
    bool isMultiLabel() const { return m_multiLabel; }
    // Item times from the optional 4th column (the earliest time of the item's lines), else empty.
    bool hasTimes() const { return !m_times.empty(); }
    double time(int item) const { return m_times[size_t(item)]; }

    int labelId(const QString& name) const; // -1 when unknown
    int annotatorId(const QString& name) const;
    int itemId(const QString& name) const;

    // Loads the long-format TSV; throws CrowdInputError naming the file and line on bad input.
    static LabelTable loadTsv(const QString& path);

private:
    friend class LabelTableBuilder;
    QStringList m_items, m_annotators, m_labels;
    QHash<QString, int> m_itemIndex, m_annotatorIndex, m_labelIndex;
    std::vector<std::vector<int>> m_sets;
    std::vector<LabelCell> m_cells;
    std::vector<qsizetype> m_offsets;
    std::vector<double> m_times;
    bool m_multiLabel = false;
};

// Collects (item, annotator, label) triples in any order and builds a LabelTable. Repeated triples count
// once; several labels for one item and annotator make a label set.
class LabelTableBuilder {
public:
    int item(const QString& name);
    int annotator(const QString& name);
    int label(const QString& name);
    void add(int item, int annotator, int label);
    // Registers that the annotator saw the item without giving a label (a missing value).
    void touch(int item, int annotator);
    void setTime(int item, double time);
    LabelTable build();

private:
    static int intern(QStringList& names, QHash<QString, int>& index, const QString& name);
    LabelTable m_table;
    struct Triple {
        int item, annotator, label;
    };
    std::vector<Triple> m_triples;
    std::map<int, double> m_times;
};

// Reads a two-column TSV (`#` comments and blank lines skipped), calling pair(first, second, line) per line;
// columns names the two columns for error messages, e.g. "item, gold label". Throws CrowdInputError.
void readTsvPairs(const QString& path, const QString& columns,
                  const std::function<void(const QString&, const QString&, int)>& pair);

// Gold labels `item<TAB>label` (several lines per item = a gold label set), in file order.
struct GoldLabels {
    QStringList items;
    std::vector<QStringList> labels; // per item
    QStringList labelNames;          // distinct labels in order of first appearance

    static GoldLabels loadTsv(const QString& path);
    // Gold per item id of `table` (an empty list where the item has no gold).
    std::vector<QStringList> forTable(const LabelTable& table) const;
};

} // namespace kcat::crowd

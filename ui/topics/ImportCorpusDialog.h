#pragma once

#include "topics/core/TopicWorkflow.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kcat::ui {

// Where to import a corpus from: the built-in WordNet demo, a folder of .txt files (subfolder = label),
// a JSONL file, or a CSV file with its text, label and id columns chosen from the header; optionally a
// seeded sample of the documents.
class ImportCorpusDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportCorpusDialog(QWidget* parent = nullptr);

    topics::ImportRequest request() const;

private:
    void sourceChanged();
    void browse();
    void readCsvHeader();
    void check();

    QComboBox* m_source;
    QLineEdit* m_path;
    QLabel* m_pathLabel;
    QWidget* m_pathRow;
    QWidget* m_csvBox;
    QComboBox* m_textColumn;
    QComboBox* m_labelColumn;
    QComboBox* m_idColumn;
    QLabel* m_message;
    QSpinBox* m_sample;
    QSpinBox* m_seed;
    QLineEdit* m_name;
    QString m_headerError;
};

} // namespace kcat::ui

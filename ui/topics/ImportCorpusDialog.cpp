#include "ui/topics/ImportCorpusDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kcat::ui {

ImportCorpusDialog::ImportCorpusDialog(QWidget* parent)
    : QDialog(parent)
    , m_source(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_pathLabel(new QLabel(this))
    , m_pathRow(new QWidget(this))
    , m_csvBox(new QWidget(this))
    , m_textColumn(new QComboBox(this))
    , m_labelColumn(new QComboBox(this))
    , m_idColumn(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_sample(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_name(new QLineEdit(this)) {
    setObjectName(QStringLiteral("importCorpusDialog"));
    setWindowTitle(tr("Import Corpus"));
    m_source->setObjectName(QStringLiteral("importSource"));
    m_source->addItem(tr("WordNet noun glosses (built-in demo, labelled by lexicographer file)"),
                      int(topics::ImportRequest::WordnetDemo));
    m_source->addItem(tr("Folder of .txt files (subfolder name = label)"),
                      int(topics::ImportRequest::Folder));
    m_source->addItem(tr("JSONL file (id, text, optional label)"), int(topics::ImportRequest::Jsonl));
    m_source->addItem(tr("CSV file (choose the columns)"), int(topics::ImportRequest::Csv));
    m_path->setObjectName(QStringLiteral("importPath"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* pathLayout = new QHBoxLayout(m_pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    pathLayout->addWidget(m_pathLabel);
    pathLayout->addWidget(m_path, 1);
    pathLayout->addWidget(browse);

    m_textColumn->setObjectName(QStringLiteral("csvTextColumn"));
    m_labelColumn->setObjectName(QStringLiteral("csvLabelColumn"));
    m_idColumn->setObjectName(QStringLiteral("csvIdColumn"));
    auto* csv = new QFormLayout(m_csvBox);
    csv->setContentsMargins(0, 0, 0, 0);
    csv->addRow(tr("Text column:"), m_textColumn);
    csv->addRow(tr("Label column:"), m_labelColumn);
    csv->addRow(tr("Id column:"), m_idColumn);

    m_sample->setObjectName(QStringLiteral("importSample"));
    m_sample->setRange(0, 10000000);
    m_sample->setSpecialValueText(tr("all documents"));
    m_sample->setSingleStep(1000);
    m_seed->setRange(0, 1000000);
    m_seed->setValue(1);
    m_name->setObjectName(QStringLiteral("importName"));
    m_name->setPlaceholderText(tr("the file or folder name"));
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Source:"), m_source);
    form->addRow(m_pathRow);
    form->addRow(m_csvBox);
    form->addRow(tr("Sample:"), m_sample);
    form->addRow(tr("Sample seed:"), m_seed);
    form->addRow(tr("Name:"), m_name);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_source, &QComboBox::currentIndexChanged, this, &ImportCorpusDialog::sourceChanged);
    connect(browse, &QPushButton::clicked, this, &ImportCorpusDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportCorpusDialog::readCsvHeader);
    connect(m_path, &QLineEdit::textChanged, this, &ImportCorpusDialog::check);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (request().source == topics::ImportRequest::Csv)
            readCsvHeader();
        check();
        if (m_message->property("ok").toBool())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    sourceChanged();
}

topics::ImportRequest ImportCorpusDialog::request() const {
    topics::ImportRequest r;
    r.source = topics::ImportRequest::Source(m_source->currentData().toInt());
    r.path = r.source == topics::ImportRequest::WordnetDemo ? QString() : m_path->text().trimmed();
    r.columns.text = m_textColumn->currentText();
    r.columns.label = m_labelColumn->currentIndex() > 0 ? m_labelColumn->currentText() : QString();
    r.columns.id = m_idColumn->currentIndex() > 0 ? m_idColumn->currentText() : QString();
    r.sample = m_sample->value();
    r.seed = quint64(m_seed->value());
    r.name = m_name->text().trimmed();
    if (r.name.isEmpty())
        r.name = r.source == topics::ImportRequest::WordnetDemo
                     ? (r.sample > 0 ? tr("WordNet glosses (%1)").arg(r.sample) : tr("WordNet glosses"))
                     : QFileInfo(r.path).fileName();
    return r;
}

void ImportCorpusDialog::sourceChanged() {
    const auto source = topics::ImportRequest::Source(m_source->currentData().toInt());
    m_pathRow->setVisible(source != topics::ImportRequest::WordnetDemo);
    m_csvBox->setVisible(source == topics::ImportRequest::Csv);
    m_pathLabel->setText(source == topics::ImportRequest::Folder ? tr("Folder:") : tr("File:"));
    if (source == topics::ImportRequest::Csv)
        readCsvHeader();
    check();
}

void ImportCorpusDialog::browse() {
    const auto source = topics::ImportRequest::Source(m_source->currentData().toInt());
    QString path;
    if (source == topics::ImportRequest::Folder)
        path = QFileDialog::getExistingDirectory(this, tr("Corpus Folder"));
    else
        path = QFileDialog::getOpenFileName(this, tr("Corpus File"), QString(),
                                            source == topics::ImportRequest::Csv
                                                ? tr("CSV files (*.csv)")
                                                : tr("JSONL files (*.jsonl *.json)"));
    if (path.isEmpty())
        return;
    m_path->setText(path);
    readCsvHeader();
}

void ImportCorpusDialog::readCsvHeader() {
    if (topics::ImportRequest::Source(m_source->currentData().toInt()) != topics::ImportRequest::Csv)
        return;
    const QString path = m_path->text().trimmed();
    const QString text = m_textColumn->currentText(), label = m_labelColumn->currentText(),
                  id = m_idColumn->currentText();
    m_textColumn->clear();
    m_labelColumn->clear();
    m_idColumn->clear();
    m_labelColumn->addItem(tr("(no labels)"));
    m_idColumn->addItem(tr("(line numbers)"));
    m_headerError.clear();
    if (path.isEmpty())
        return;
    try {
        const QStringList header = topics::CorpusImporter::csvHeader(path);
        m_textColumn->addItems(header);
        m_labelColumn->addItems(header);
        m_idColumn->addItems(header);
        auto pick = [](QComboBox* box, const QString& previous, const QString& guess) {
            int i = box->findText(previous);
            if (i < 0)
                i = box->findText(guess, Qt::MatchFixedString);
            if (i >= 0)
                box->setCurrentIndex(i);
        };
        pick(m_textColumn, text, QStringLiteral("text"));
        pick(m_labelColumn, label, QStringLiteral("label"));
        pick(m_idColumn, id, QStringLiteral("id"));
    } catch (const topics::CorpusError& e) {
        m_headerError = e.message();
    }
    check();
}

void ImportCorpusDialog::check() {
    const topics::ImportRequest r = request();
    QString problem;
    if (r.source != topics::ImportRequest::WordnetDemo) {
        const QFileInfo info(r.path);
        if (r.path.isEmpty())
            problem = tr("Choose a file or folder.");
        else if (!info.exists())
            problem = tr("%1 does not exist.").arg(r.path);
        else if (r.source == topics::ImportRequest::Folder && !info.isDir())
            problem = tr("%1 is not a folder.").arg(r.path);
        else if (r.source != topics::ImportRequest::Folder && !info.isFile())
            problem = tr("%1 is not a file.").arg(r.path);
        else if (r.source == topics::ImportRequest::Csv && !m_headerError.isEmpty())
            problem = m_headerError;
        else if (r.source == topics::ImportRequest::Csv && m_textColumn->count() == 0)
            problem = tr("%1 has no header row to choose the text column from.").arg(r.path);
    }
    m_message->setProperty("ok", problem.isEmpty());
    m_message->setText(problem);
}

} // namespace kcat::ui

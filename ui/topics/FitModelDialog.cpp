#include "ui/topics/FitModelDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kcat::ui {

namespace {

QSpinBox* spin(QWidget* parent, const char* name, int lo, int hi, int value) {
    auto* s = new QSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(lo, hi);
    s->setValue(value);
    return s;
}

QDoubleSpinBox* dspin(QWidget* parent, const char* name, double lo, double hi, double value, int decimals,
                      double step) {
    auto* s = new QDoubleSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setDecimals(decimals);
    s->setRange(lo, hi);
    s->setSingleStep(step);
    s->setValue(value);
    return s;
}

} // namespace

FitModelDialog::FitModelDialog(const QVector<topics::CorpusInfo>& corpora, qint64 currentCorpus,
                               QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("fitModelDialog"));
    setWindowTitle(tr("Fit Topic Model"));
    const topics::FitOptions d;
    m_corpus = new QComboBox(this);
    m_corpus->setObjectName(QStringLiteral("fitCorpus"));
    for (const topics::CorpusInfo& c : corpora)
        m_corpus->addItem(tr("%1 (%n document(s))", nullptr, c.documents).arg(c.name), c.id);
    m_corpus->setCurrentIndex(std::max(0, m_corpus->findData(currentCorpus)));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("fitName"));
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("fitModel"));
    m_model->addItem(tr("LDA (collapsed Gibbs sampling)"), int(topics::TopicModelKind::Lda));
    m_model->addItem(tr("Replicated Softmax (CD-k)"), int(topics::TopicModelKind::Rsm));
    m_features = new QComboBox(this);
    m_features->setObjectName(QStringLiteral("fitFeatures"));
    m_features->addItem(tr("Bag of words"), int(topics::FeatureKind::BagOfWords));
    m_features->addItem(tr("Semantic locality (word pairs, two-way TF-IDF, k-means)"),
                        int(topics::FeatureKind::SemanticLocality));
    m_topics = spin(this, "fitTopics", 2, 1000, d.topics);
    m_iterations = spin(this, "fitIterations", 1, 100000, d.iterations);
    m_iterations->setToolTip(tr("Gibbs sweeps for LDA, epochs for Replicated Softmax"));
    m_seed = spin(this, "fitSeed", 0, 1000000000, int(d.seed));
    m_testFraction = dspin(this, "fitTestFraction", 0.0, 0.9, d.testFraction, 2, 0.05);
    m_minDf = spin(this, "fitMinDf", 1, 1000000, d.vocabulary.minDocumentFrequency);
    m_maxDf = dspin(this, "fitMaxDf", 0.01, 1.0, d.vocabulary.maxDocumentFraction, 2, 0.05);
    m_lemmatize = new QCheckBox(tr("Lemmatise with WordNet"), this);
    m_lemmatize->setObjectName(QStringLiteral("fitLemmatize"));
    m_maxQueries = spin(this, "fitMaxQueries", 1, 1000000, d.maxQueries);

    m_ldaBox = new QGroupBox(tr("LDA"), this);
    m_alpha = dspin(this, "fitAlpha", 0.0001, 100, d.alpha, 4, 0.01);
    m_asymmetric = new QCheckBox(tr("Asymmetric α"), this);
    m_asymmetric->setObjectName(QStringLiteral("fitAsymmetric"));
    m_beta = dspin(this, "fitBeta", 0.0001, 100, d.beta, 4, 0.01);
    auto* lda = new QFormLayout(m_ldaBox);
    lda->addRow(tr("α per topic:"), m_alpha);
    lda->addRow(QString(), m_asymmetric);
    lda->addRow(tr("β:"), m_beta);

    m_rsmBox = new QGroupBox(tr("Replicated Softmax"), this);
    m_batch = spin(this, "fitBatch", 1, 100000, d.batchSize);
    m_learningRate = dspin(this, "fitLearningRate", 0.00001, 10, d.learningRate, 5, 0.001);
    m_cdSteps = spin(this, "fitCdSteps", 1, 100, d.cdSteps);
    m_aisRuns = spin(this, "fitAisRuns", 0, 100000, d.aisRuns);
    m_aisRuns->setToolTip(
        tr("Held-out perplexity needs the partition function, estimated by annealed importance "
           "sampling; 0 skips it"));
    m_aisSteps = spin(this, "fitAisSteps", 2, 10000000, d.aisSteps);
    auto* rsm = new QFormLayout(m_rsmBox);
    rsm->addRow(tr("Minibatch size:"), m_batch);
    rsm->addRow(tr("Learning rate:"), m_learningRate);
    rsm->addRow(tr("CD steps (k):"), m_cdSteps);
    rsm->addRow(tr("AIS chains (perplexity):"), m_aisRuns);
    rsm->addRow(tr("AIS temperatures:"), m_aisSteps);

    m_localityBox = new QGroupBox(tr("Semantic locality"), this);
    const topics::SemanticLocalityOptions sl;
    m_window = spin(this, "fitWindow", 1, 100, sl.window);
    m_window->setToolTip(tr("Word pairs: two content words of one sentence at most this many tokens apart "
                            "(no dependency parser is available)"));
    m_wordThreshold = dspin(this, "fitWordThreshold", 0, 10, sl.wordThreshold, 3, 0.01);
    m_pairThreshold = dspin(this, "fitPairThreshold", 0, 10, sl.pairThreshold, 3, 0.01);
    m_clusters = spin(this, "fitClusters", 2, 10000, sl.clusters);
    m_restarts = spin(this, "fitRestarts", 1, 100, sl.restarts);
    m_dim = spin(this, "fitEmbeddingDim", 2, 1000, sl.embeddingDim);
    m_vectors = new QLineEdit(this);
    m_vectors->setObjectName(QStringLiteral("fitVectors"));
    m_vectors->setPlaceholderText(tr("PPMI + SVD over the corpus"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* vectorsRow = new QHBoxLayout;
    vectorsRow->addWidget(m_vectors, 1);
    vectorsRow->addWidget(browse);
    m_withWords = new QCheckBox(tr("Append the bag of words"), this);
    m_withWords->setObjectName(QStringLiteral("fitWithWords"));
    auto* loc = new QFormLayout(m_localityBox);
    loc->addRow(tr("Pair window:"), m_window);
    loc->addRow(tr("Word TF-IDF threshold:"), m_wordThreshold);
    loc->addRow(tr("Pair TF-IDF threshold:"), m_pairThreshold);
    loc->addRow(tr("K-means clusters:"), m_clusters);
    loc->addRow(tr("K-means restarts:"), m_restarts);
    loc->addRow(tr("Embedding dimensions:"), m_dim);
    loc->addRow(tr("Word vectors (word2vec/GloVe):"), vectorsRow);
    loc->addRow(QString(), m_withWords);

    auto* general = new QFormLayout;
    general->addRow(tr("Corpus:"), m_corpus);
    general->addRow(tr("Name:"), m_name);
    general->addRow(tr("Model:"), m_model);
    general->addRow(tr("Features:"), m_features);
    general->addRow(tr("Topics (K):"), m_topics);
    general->addRow(tr("Iterations:"), m_iterations);
    general->addRow(tr("Seed:"), m_seed);
    general->addRow(tr("Held-out fraction:"), m_testFraction);
    general->addRow(tr("Min document frequency:"), m_minDf);
    general->addRow(tr("Max document fraction:"), m_maxDf);
    general->addRow(QString(), m_lemmatize);
    general->addRow(tr("Retrieval queries (max):"), m_maxQueries);

    auto* columns = new QHBoxLayout;
    columns->addLayout(general);
    auto* right = new QVBoxLayout;
    right->addWidget(m_ldaBox);
    right->addWidget(m_rsmBox);
    right->addWidget(m_localityBox);
    right->addStretch(1);
    columns->addLayout(right);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Fit"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_corpus->count() > 0);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Word Vectors"));
        if (!path.isEmpty())
            m_vectors->setText(path);
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    for (QComboBox* box : {m_model, m_features, m_corpus})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateEnabled();
            suggestName();
        });
    for (QSpinBox* box : {m_topics, m_iterations, m_seed})
        connect(box, &QSpinBox::valueChanged, this, &FitModelDialog::suggestName);
    connect(m_withWords, &QCheckBox::toggled, this, &FitModelDialog::suggestName);
    updateEnabled();
    suggestName();
}

void FitModelDialog::updateEnabled() {
    const bool lda = m_model->currentData().toInt() == int(topics::TopicModelKind::Lda);
    m_ldaBox->setEnabled(lda);
    m_rsmBox->setEnabled(!lda);
    m_localityBox->setEnabled(m_features->currentData().toInt() ==
                              int(topics::FeatureKind::SemanticLocality));
}

void FitModelDialog::suggestName() {
    if (m_nameEdited)
        return;
    const bool lda = m_model->currentData().toInt() == int(topics::TopicModelKind::Lda);
    const bool bow = m_features->currentData().toInt() == int(topics::FeatureKind::BagOfWords);
    m_name->setText(QStringLiteral("%1-%2-k%3-s%4")
                        .arg(lda ? QStringLiteral("lda") : QStringLiteral("rsm"),
                             bow                        ? QStringLiteral("bow")
                             : m_withWords->isChecked() ? QStringLiteral("sl+words")
                                                        : QStringLiteral("sl"))
                        .arg(m_topics->value())
                        .arg(m_seed->value()));
}

qint64 FitModelDialog::corpusId() const {
    return m_corpus->currentData().toLongLong();
}

QString FitModelDialog::modelName() const {
    return m_name->text().trimmed();
}

topics::FitOptions FitModelDialog::options() const {
    topics::FitOptions o;
    o.model = topics::TopicModelKind(m_model->currentData().toInt());
    o.features = topics::FeatureKind(m_features->currentData().toInt());
    o.topics = m_topics->value();
    o.iterations = m_iterations->value();
    o.seed = quint64(m_seed->value());
    o.testFraction = m_testFraction->value();
    o.vocabulary.minDocumentFrequency = m_minDf->value();
    o.vocabulary.maxDocumentFraction = m_maxDf->value();
    o.lemmatize = m_lemmatize->isChecked();
    o.alpha = m_alpha->value();
    o.asymmetricAlpha = m_asymmetric->isChecked();
    o.beta = m_beta->value();
    o.batchSize = m_batch->value();
    o.learningRate = m_learningRate->value();
    o.cdSteps = m_cdSteps->value();
    o.aisRuns = m_aisRuns->value();
    o.aisSteps = m_aisSteps->value();
    o.locality.window = m_window->value();
    o.locality.wordThreshold = m_wordThreshold->value();
    o.locality.pairThreshold = m_pairThreshold->value();
    o.locality.clusters = m_clusters->value();
    o.locality.restarts = m_restarts->value();
    o.locality.embeddingDim = m_dim->value();
    o.locality.vectorsPath = m_vectors->text().trimmed();
    o.locality.concatenateWords = m_withWords->isChecked();
    o.maxQueries = m_maxQueries->value();
    return o;
}

} // namespace kcat::ui

#pragma once

#include "topics/core/CorpusStore.h"
#include "topics/core/TopicPipeline.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;

namespace kcat::ui {

// Every option of a fit: the corpus, LDA or Replicated Softmax, bag-of-words or semantic-locality features
// (window, thresholds, clusters, word vectors, with words), vocabulary limits, lemmatisation, priors,
// RSM training, seed and held-out fraction.
class FitModelDialog : public QDialog {
    Q_OBJECT

public:
    FitModelDialog(const QVector<topics::CorpusInfo>& corpora, qint64 currentCorpus,
                   QWidget* parent = nullptr);

    qint64 corpusId() const;
    QString modelName() const;
    topics::FitOptions options() const;

private:
    void updateEnabled();
    void suggestName();

    QComboBox* m_corpus;
    QLineEdit* m_name;
    QComboBox* m_model;
    QComboBox* m_features;
    QSpinBox* m_topics;
    QSpinBox* m_iterations;
    QSpinBox* m_seed;
    QDoubleSpinBox* m_testFraction;
    QSpinBox* m_minDf;
    QDoubleSpinBox* m_maxDf;
    QCheckBox* m_lemmatize;
    QGroupBox* m_ldaBox;
    QDoubleSpinBox* m_alpha;
    QCheckBox* m_asymmetric;
    QDoubleSpinBox* m_beta;
    QGroupBox* m_rsmBox;
    QSpinBox* m_batch;
    QDoubleSpinBox* m_learningRate;
    QSpinBox* m_cdSteps;
    QSpinBox* m_aisRuns;
    QSpinBox* m_aisSteps;
    QGroupBox* m_localityBox;
    QSpinBox* m_window;
    QDoubleSpinBox* m_wordThreshold;
    QDoubleSpinBox* m_pairThreshold;
    QSpinBox* m_clusters;
    QSpinBox* m_restarts;
    QSpinBox* m_dim;
    QLineEdit* m_vectors;
    QCheckBox* m_withWords;
    QSpinBox* m_maxQueries;
    bool m_nameEdited = false;
};

} // namespace kcat::ui

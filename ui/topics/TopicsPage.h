#pragma once

#include "topics/core/CorpusStore.h"
#include "topics/core/TopicModelStore.h"
#include "ui/WorkspacePage.h"

#include <QPointer>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace kcat::core {
class Job;
}

namespace kcat::topics {
class CorpusDocumentModel;
class IntertopicMapModel;
class Lemmatizer;
class ModelComparisonModel;
class TopicDocumentModel;
class TopicListModel;
class TopicTermModel;
} // namespace kcat::topics

namespace kcat::ui {

class ComparisonView;
class DocumentView;
class IntertopicMapView;
class LiveText;

// The Topics page: import a corpus, fit LDA or Replicated Softmax on bag-of-words or semantic-locality
// features (background jobs with progress and cancel, saved in the workspace), and explore a model: the
// topic list with terms ranked by relevance (λ slider), the intertopic distance map, the documents of a
// topic, a document with its words coloured by topic, search, the comparison of every fitted model, and
// exports (topics CSV/JSON, document-topic matrix, charts PNG/SVG).
class TopicsPage : public WorkspacePage {
    Q_OBJECT

public:
    explicit TopicsPage(QWidget* parent = nullptr);
    ~TopicsPage() override;

    void setWorkspace(core::Workspace* workspace) override;

    // What the tests look at.
    bool isBusy() const;
    qint64 currentModel() const { return m_model ? m_model->summary.id : 0; }
    qint64 currentCorpus() const;
    const topics::StoredTopicModel* model() const { return m_model.get(); }
    int selectedTopic() const { return m_topic; }
    topics::TopicListModel* topicList() const { return m_topicList; }
    topics::TopicTermModel* terms() const { return m_terms; }
    topics::IntertopicMapModel* mapModel() const { return m_mapModel; }
    topics::TopicDocumentModel* topicDocuments() const { return m_topicDocs; }
    topics::ModelComparisonModel* comparison() const { return m_comparison; }
    IntertopicMapView* mapView() const { return m_map; }
    ComparisonView* comparisonView() const { return m_comparisonView; }
    DocumentView* documentView() const { return m_document; }
    QSlider* lambdaSlider() const { return m_lambda; }

    void selectTopic(int topic);
    void showDocument(const QString& id);
    void openModel(qint64 id);
    bool exportTopics(const QString& path, QString* error) const; // .csv or .json by suffix
    bool exportDocumentTopics(const QString& path, QString* error) const;
    bool exportMap(const QString& path, QString* error) const;

Q_SIGNALS:
    void modelShown(qint64 id);
    void corporaChanged();

private:
    struct Loaded;
    void buildUi();
    QWidget* buildExplorer();
    void reloadLists(qint64 selectCorpus = 0, qint64 selectModel = 0);
    void showLoaded(const std::shared_ptr<Loaded>& loaded);
    void clearModel();
    void importCorpus();
    void fitModel();
    void deleteModel();
    void lambdaChanged(int value);
    void searchChanged();
    void exportInteractive(int what);
    void documentActivated(const QModelIndex& index, bool fromSearch);
    core::Job* startJob(const QString& title, std::function<QVariant(const topics::Progress&)> work,
                        std::function<void(const QVariant&)> done);
    void updateActions();
    void showModelStatus();
    void retranslateData();
    void setStatus(const QString& text);

    LiveText* m_live = nullptr;
    core::Workspace* m_ws = nullptr;
    std::unique_ptr<topics::StoredTopicModel> m_model;
    std::unique_ptr<topics::Lemmatizer> m_lemmatizer;
    QStringList m_labels; // of the model's training documents
    int m_topic = -1;
    int m_jobsRunning = 0;
    qint64 m_openRequest = 0;

    topics::TopicListModel* m_topicList;
    topics::TopicTermModel* m_terms;
    topics::IntertopicMapModel* m_mapModel;
    topics::TopicDocumentModel* m_topicDocs;
    topics::CorpusDocumentModel* m_corpusDocs;
    QSortFilterProxyModel* m_search;
    topics::ModelComparisonModel* m_comparison;

    QComboBox* m_corpusBox = nullptr;
    QComboBox* m_modelBox = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_fitButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QToolButton* m_exportButton = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QSlider* m_lambda = nullptr;
    QLabel* m_lambdaLabel = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_searchInfo = nullptr;
    QTableView* m_topicTable = nullptr;
    QTableView* m_termTable = nullptr;
    IntertopicMapView* m_map = nullptr;
    QTabWidget* m_centre = nullptr;
    ComparisonView* m_comparisonView = nullptr;
    QTabWidget* m_docTabs = nullptr;
    QTableView* m_topicDocTable = nullptr;
    QTableView* m_searchTable = nullptr;
    DocumentView* m_document = nullptr;
};

} // namespace kcat::ui

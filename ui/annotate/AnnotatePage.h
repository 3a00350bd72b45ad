#pragma once

#include "annotation/documents/Annotation.h"
#include "annotation/documents/TypeCandidateModel.h"
#include "ui/WorkspacePage.h"

#include <QElapsedTimer>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTreeView;

namespace kcat::annotation {
class DocumentListModel;
class DocumentStore;
class Knowledge;
class KnowledgeConstraint;
class MentionListModel;
} // namespace kcat::annotation

namespace kcat::ui {

class MentionTextView;

// The annotator client: documents with progress, the text with its mentions, the entity card with link
// revision, and typing in three views (Flatten, Coarse→Fine, Tree) under the knowledge constraint.
// Keyboard first (F1 lists the keys); every edit is an undoable command; confirming a mention logs its cost.
class AnnotatePage : public WorkspacePage {
    Q_OBJECT

public:
    explicit AnnotatePage(QWidget* parent = nullptr);
    ~AnnotatePage() override;

    void setWorkspace(core::Workspace* workspace) override;
    QUndoStack* undoStack() override { return m_undo; }

    // For tests and the main window: whether the knowledge base is loaded and the project shown.
    bool isReady() const;
    qint64 currentDocument() const { return m_document; }
    qint64 currentMention() const { return m_current; }
    annotation::DocumentStore* store() const { return m_store.get(); }
    annotation::TypeCandidateModel* typeModel() const { return m_typeModel; }
    const annotation::KnowledgeConstraint* constraint() const { return m_constraint.get(); }

Q_SIGNALS:
    void ready();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void startLoading();
    void knowledgeLoaded();
    void showProject(qint64 projectId);
    void showDocument(qint64 documentId);
    void setCurrentMention(qint64 mentionId);
    void refresh();
    void refreshCard(const annotation::Mention& m);
    void refreshTypes(const annotation::Mention& m);
    annotation::Mention current() const;

    bool handleKey(QKeyEvent* event);
    void stepMention(int step);
    void chooseVisible(int n);
    void toggleType(const QString& path);
    void confirm();
    void removeCurrent();
    void addMentionOver(int start, int end);
    void adjustSpan(int startDelta, int endDelta);
    void setNil();
    void toggleCandidates();
    void chooseCandidate(int n);
    void setShowAll(bool all);
    void toggleFlag();
    void setView(annotation::TypeCandidateModel::View view);
    void cycleView();
    void toggleHelp();
    QString viewName() const;

    core::Workspace* m_workspace = nullptr;
    std::unique_ptr<annotation::DocumentStore> m_store;
    std::shared_ptr<const annotation::Knowledge> m_knowledge;
    std::unique_ptr<annotation::KnowledgeConstraint> m_constraint;
    QUndoStack* m_undo;
    annotation::DocumentListModel* m_documentModel;
    annotation::MentionListModel* m_mentionModel;
    annotation::TypeCandidateModel* m_typeModel;
    qint64 m_project = 0;
    qint64 m_document = 0;
    qint64 m_current = 0;
    bool m_showAll = false;
    bool m_loading = false;

    QElapsedTimer m_focusTimer;
    int m_keystrokes = 0;
    int m_clicks = 0;

    QComboBox* m_projects = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_documents = nullptr;
    MentionTextView* m_text = nullptr;
    QLabel* m_cardTitle = nullptr;
    QLabel* m_card = nullptr;
    QListWidget* m_candidates = nullptr;
    QPushButton* m_linkButton = nullptr;
    QPushButton* m_nilButton = nullptr;
    QPushButton* m_flagButton = nullptr;
    QCheckBox* m_showAllBox = nullptr;
    QButtonGroup* m_viewGroup = nullptr;
    QPushButton* m_viewButtons[3] = {nullptr, nullptr, nullptr};
    QLabel* m_level = nullptr;
    QLineEdit* m_search = nullptr;
    QTreeView* m_types = nullptr;
    QPushButton* m_confirmButton = nullptr;
    QLabel* m_help = nullptr;
    QLabel* m_typesTitle = nullptr;
};

} // namespace kcat::ui

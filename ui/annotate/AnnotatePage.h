#pragma once

#include "annotation/documents/Annotation.h"
#include "annotation/documents/TypeCandidateModel.h"
#include "annotation/team/Team.h"
#include "ui/WorkspacePage.h"

#include <QElapsedTimer>
#include <QSet>

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

namespace kcat::team {
class TeamStore;
}

namespace kcat::ui {

class AssignedDocumentsFilter;
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

    // Team work (issue 4). A project with team assignments is annotated AS a team member: the member chosen
    // in "Annotating as" (a local workspace), or the login of a team-server cache. Labels, the document
    // list's progress and the cost log are that member's; "My assignments" limits the documents to theirs;
    // in a blind project (and always on a team server) no other annotator's labels are shown.
    bool isTeamProject() const { return m_teamProject; }
    bool isBlind() const { return m_blind; }
    qint64 annotator() const;
    // Chooses the member to annotate as (an annotation_annotators id listed in "Annotating as").
    bool setMember(qint64 annotatorId);
    // Re-reads the project's assignments and blind flag (the Manage page or a pull may have changed them).
    void refreshTeam();
    AssignedDocumentsFilter* documentFilter() const { return m_filter; }

Q_SIGNALS:
    void ready();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void startLoading();
    void knowledgeLoaded();
    void showProject(qint64 projectId);
    void showDocument(qint64 documentId);
    void setupTeam();
    void applyMember(qint64 annotatorId);
    void selectDocumentRow(int row);
    void refreshQueue();
    QString otherLabelsHtml(const annotation::Mention& m) const;
    void setCurrentMention(qint64 mentionId);
    void refresh();
    void refreshCard(const annotation::Mention& m);
    void refreshTypes(const annotation::Mention& m);
    annotation::Mention current() const;
    bool isSuggestedLink(const annotation::Mention& m) const;

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
    std::unique_ptr<team::TeamStore> m_team;
    AssignedDocumentsFilter* m_filter;
    bool m_teamTables = false;  // the workspace has the team module (team_cost_context)
    bool m_teamProject = false; // the open project has assignments, or the workspace is a server cache
    bool m_blind = false;       // other annotators' labels are hidden
    QString m_serverLogin;      // the login of a team-server cache ("" otherwise)
    QString m_serverEndpoint;   // host:port of that server
    QVector<team::Assignment> m_assignments; // the project's assignments as last shown
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
    QLabel* m_memberLabel = nullptr;
    QComboBox* m_member = nullptr;
    QCheckBox* m_mineOnly = nullptr;
    QLabel* m_queue = nullptr;
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

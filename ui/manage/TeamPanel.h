#pragma once

#include "annotation/team/Dashboard.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QComboBox;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace kcat::team {
class ChartTableModel;
class TeamMemberModel;
class TeamStore;
} // namespace kcat::team

namespace kcat::ui {

// Team & assignments: the members (add, change role), the assignment settings (overlap k, blind, gold
// documents, seed) with an Assign button, and progress per annotator and per document.
class TeamPanel : public QWidget {
    Q_OBJECT

public:
    TeamPanel(QUndoStack* undo, QWidget* parent = nullptr);
    void setStore(team::TeamStore* store, qint64 projectId, const QVector<qint64>& documents);
    void setProgress(const team::ChartTable& annotators, const team::ChartTable& documents);

    // The actions behind the buttons (also for tests); return false with a message shown in the panel.
    bool addMember(const QString& name, bool manager);
    bool assign(int overlap, bool blind, int goldDocuments, int seed);

private:
    void toggleRole();
    // The message under the buttons, re-made after a language switch.
    void setMessage(std::function<QString()> text);

    QUndoStack* m_undo;
    team::TeamStore* m_store = nullptr;
    qint64 m_project = 0;
    QVector<qint64> m_documents;
    team::TeamMemberModel* m_members = nullptr;
    team::ChartTableModel *m_progress, *m_documentProgress;
    QTableView *m_memberView, *m_progressView, *m_documentView;
    QLineEdit* m_name;
    QComboBox* m_role;
    QSpinBox *m_overlap, *m_gold, *m_seed;
    QCheckBox* m_blind;
    QLabel* m_message;
    std::function<QString()> m_messageText;
};

} // namespace kcat::ui

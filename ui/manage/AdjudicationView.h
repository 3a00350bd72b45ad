#pragma once

#include "annotation/documents/DocumentImporter.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableView;
class QUndoStack;

namespace kcat::team {
class CurationModel;
class FinalLayer;
struct ProjectSnapshot;
} // namespace kcat::team

namespace kcat::annotation {
class TypeCatalog;
}

namespace kcat::ui {

class TypePickerDialog;

// Curation: every annotator's types side by side with the aggregated suggestion and its confidence; accept
// or override (undoable); filters; export of the final layer in the client's formats.
class AdjudicationView : public QWidget {
    Q_OBJECT

public:
    AdjudicationView(team::CurationModel* model, QUndoStack* undo, QWidget* parent = nullptr);
    void setFinalLayer(team::FinalLayer* layer, qint64 projectId);
    // Refills the type and annotator filters after the model got new data.
    void modelReset();
    QTableView* table() const { return m_table; }

    // Behind the buttons (also for tests).
    bool acceptRows(const QList<int>& rows);
    bool overrideRow(int row, const QStringList& types);
    // One undoable command that gives every row these final types.
    bool overrideRows(const QList<int>& rows, const QStringList& types);
    // The type picker for these rows (the project's types; starts from the first row's final types or
    // suggestion); nullptr without rows. "Override…" runs it on the selection.
    std::unique_ptr<TypePickerDialog> typePicker(const QList<int>& rows);
    bool clearRows(const QList<int>& rows);
    QStringList exportFinal(annotation::DocumentImporter::Format format, const QString& folder,
                            QString* error);

private:
    QList<int> selectedRows() const;
    void overrideInteractive();
    void exportInteractive();
    void applyFilters();

    team::CurationModel* m_model;
    QUndoStack* m_undo;
    team::FinalLayer* m_layer = nullptr;
    qint64 m_project = 0;
    QTableView* m_table;
    QCheckBox *m_disagreements, *m_lowConfidence, *m_undecided;
    QDoubleSpinBox* m_threshold;
    QComboBox *m_type, *m_annotator, *m_format;
    QLabel* m_count;
    std::shared_ptr<const annotation::TypeCatalog> m_catalog; // of m_catalogSnapshot's project
    std::weak_ptr<const team::ProjectSnapshot> m_catalogSnapshot;
    bool m_catalogFromTypeSet = false;
};

} // namespace kcat::ui

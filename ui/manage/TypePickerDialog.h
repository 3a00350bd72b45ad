#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QTreeView;

namespace kcat::annotation {
class TypeCatalog;
}
namespace kcat::team {
class TypeChoiceModel;
}

namespace kcat::ui {

// Chooses the final types of mentions: the project's types as a tree with check boxes and a filter box;
// the choice stays closed under ancestors (a checked type checks its ancestors).
class TypePickerDialog : public QDialog {
    Q_OBJECT

public:
    TypePickerDialog(std::shared_ptr<const annotation::TypeCatalog> catalog, const QStringList& chosen,
                     const QString& note, QWidget* parent = nullptr);
    QStringList chosen() const; // sorted, closed under ancestors
    team::TypeChoiceModel* model() const { return m_model; }
    QLineEdit* filterBox() const { return m_filter; }
    QTreeView* tree() const { return m_tree; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showChosen();
    void expandToChosen();

    team::TypeChoiceModel* m_model;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    QLabel *m_summary, *m_note;
};

} // namespace kcat::ui

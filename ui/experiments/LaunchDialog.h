#pragma once

#include "compute/runs/RunStore.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kcat::ui {

// The "New Run" dialog: a form generated from the chosen run kind's parameter schema, with the kind's saved
// presets and a clone source (start from another run's parameters). Validation is the schema's: OK stays
// disabled while the form does not validate, and the message names the parameter.
class LaunchDialog : public QDialog {
    Q_OBJECT

public:
    LaunchDialog(runs::RunStore* store, QWidget* parent = nullptr);

    // Starts from an existing run (clone): its kind, parameters and tags.
    void cloneFrom(const runs::RunRecord& run);
    void setKind(const QString& kind);

    QString kind() const;
    QString runName() const;
    QStringList tags() const;
    // The validated parameters (with defaults), or null when the form does not validate.
    nlohmann::json parameters() const;
    // Sets one field from a JSON value (tests and presets).
    bool setParameter(const QString& name, const nlohmann::json& value);

private:
    void rebuildForm();
    void applyParameters(const nlohmann::json& params);
    nlohmann::json formValues() const;
    void validate();
    void loadPresets();
    void applyPreset(int index);
    void savePreset();

    runs::RunStore* m_store;
    QComboBox* m_kind;
    QLineEdit* m_name;
    QLineEdit* m_tags;
    QComboBox* m_presets;
    QFormLayout* m_form;
    QWidget* m_formHost;
    QLabel* m_message;
    QHash<QString, QWidget*> m_fields;
    QPushButton* m_ok = nullptr;
};

} // namespace kcat::ui

#include "ui/experiments/LaunchDialog.h"

#include "compute/core/Json.h"
#include "compute/runs/RunKind.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cfloat>
#include <climits>

namespace kcat::ui {

using runs::ParamSpec;
using runs::ParamType;

LaunchDialog::LaunchDialog(runs::RunStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store) {
    setWindowTitle(tr("New Run"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const QString& name : runs::RunKindRegistry::instance().names())
        m_kind->addItem(
            QStringLiteral("%1 — %2").arg(name, runs::RunKindRegistry::instance().find(name)->title()), name);
    top->addRow(tr("Kind:"), m_kind);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    top->addRow(tr("Name:"), m_name);
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("comma-separated"));
    top->addRow(tr("Tags:"), m_tags);
    auto* presetRow = new QHBoxLayout;
    m_presets = new QComboBox(this);
    m_presets->setObjectName(QStringLiteral("presets"));
    auto* save = new QPushButton(tr("Save as Preset…"), this);
    presetRow->addWidget(m_presets, 1);
    presetRow->addWidget(save);
    top->addRow(tr("Preset:"), presetRow);
    layout->addLayout(top);

    m_formHost = new QWidget(this);
    m_form = new QFormLayout(m_formHost);
    layout->addWidget(m_formHost);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Launch"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { rebuildForm(); });
    connect(m_presets, &QComboBox::activated, this, &LaunchDialog::applyPreset);
    connect(save, &QPushButton::clicked, this, &LaunchDialog::savePreset);
    rebuildForm();
}

QString LaunchDialog::kind() const {
    return m_kind->currentData().toString();
}

QString LaunchDialog::runName() const {
    return m_name->text().trimmed().isEmpty() ? kind() : m_name->text().trimmed();
}

QStringList LaunchDialog::tags() const {
    QStringList out;
    for (const QString& t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            out << t.trimmed();
    return out;
}

void LaunchDialog::setKind(const QString& kind) {
    const int i = m_kind->findData(kind);
    if (i >= 0)
        m_kind->setCurrentIndex(i);
}

void LaunchDialog::cloneFrom(const runs::RunRecord& run) {
    setKind(run.kind);
    m_name->setText(tr("%1 (clone)").arg(run.name));
    m_tags->setText(run.tags.join(QStringLiteral(", ")));
    applyParameters(run.parameters);
}

void LaunchDialog::rebuildForm() {
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    const runs::RunKind* kind = runs::RunKindRegistry::instance().find(this->kind());
    if (!kind) {
        m_message->setText(tr("No run kinds are available."));
        m_ok->setEnabled(false);
        return;
    }
    const runs::ParameterSchema schema = kind->schema();
    for (const ParamSpec& p : schema.parameters()) {
        QWidget* field = nullptr;
        switch (p.type) {
        case ParamType::Int: {
            auto* spin = new QSpinBox(m_formHost);
            spin->setRange(p.minimum ? int(std::max(*p.minimum, double(INT_MIN))) : INT_MIN,
                           p.maximum ? int(std::min(*p.maximum, double(INT_MAX))) : INT_MAX);
            connect(spin, &QSpinBox::valueChanged, this, &LaunchDialog::validate);
            field = spin;
            break;
        }
        case ParamType::Double: {
            auto* spin = new QDoubleSpinBox(m_formHost);
            spin->setDecimals(8);
            spin->setRange(p.minimum.value_or(-DBL_MAX), p.maximum.value_or(DBL_MAX));
            connect(spin, &QDoubleSpinBox::valueChanged, this, &LaunchDialog::validate);
            field = spin;
            break;
        }
        case ParamType::Bool: {
            auto* box = new QCheckBox(m_formHost);
            connect(box, &QCheckBox::toggled, this, &LaunchDialog::validate);
            field = box;
            break;
        }
        case ParamType::String: {
            auto* edit = new QLineEdit(m_formHost);
            connect(edit, &QLineEdit::textChanged, this, &LaunchDialog::validate);
            field = edit;
            break;
        }
        case ParamType::Enum: {
            auto* combo = new QComboBox(m_formHost);
            combo->addItems(p.choices);
            connect(combo, &QComboBox::currentIndexChanged, this, &LaunchDialog::validate);
            field = combo;
            break;
        }
        }
        field->setObjectName(p.name);
        field->setToolTip(p.help);
        m_fields.insert(p.name, field);
        m_form->addRow(p.name + QLatin1Char(':'), field);
    }
    applyParameters(kind->schema().defaults());
    loadPresets();
    validate();
}

bool LaunchDialog::setParameter(const QString& name, const nlohmann::json& v) {
    QWidget* field = m_fields.value(name);
    if (!field || v.is_null())
        return false;
    if (auto* s = qobject_cast<QSpinBox*>(field); s && v.is_number())
        s->setValue(v.get<int>());
    else if (auto* d = qobject_cast<QDoubleSpinBox*>(field); d && v.is_number())
        d->setValue(v.get<double>());
    else if (auto* c = qobject_cast<QCheckBox*>(field); c && v.is_boolean())
        c->setChecked(v.get<bool>());
    else if (auto* e = qobject_cast<QLineEdit*>(field); e && v.is_string())
        e->setText(core::toQString(v));
    else if (auto* b = qobject_cast<QComboBox*>(field); b && v.is_string())
        b->setCurrentText(core::toQString(v));
    else
        return false;
    validate();
    return true;
}

void LaunchDialog::applyParameters(const nlohmann::json& params) {
    if (!params.is_object())
        return;
    for (auto it = params.begin(); it != params.end(); ++it)
        setParameter(QString::fromStdString(it.key()), it.value());
}

nlohmann::json LaunchDialog::formValues() const {
    nlohmann::json out = nlohmann::json::object();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const std::string key = it.key().toStdString();
        if (auto* s = qobject_cast<QSpinBox*>(it.value()))
            out[key] = s->value();
        else if (auto* d = qobject_cast<QDoubleSpinBox*>(it.value()))
            out[key] = d->value();
        else if (auto* c = qobject_cast<QCheckBox*>(it.value()))
            out[key] = c->isChecked();
        else if (auto* e = qobject_cast<QLineEdit*>(it.value()))
            out[key] = e->text().toStdString();
        else if (auto* b = qobject_cast<QComboBox*>(it.value()))
            out[key] = b->currentText().toStdString();
    }
    return out;
}

nlohmann::json LaunchDialog::parameters() const {
    const runs::RunKind* kind = runs::RunKindRegistry::instance().find(this->kind());
    if (!kind)
        return nullptr;
    QString error;
    const auto v = kind->schema().validate(formValues(), &error);
    return v ? *v : nlohmann::json();
}

void LaunchDialog::validate() {
    const runs::RunKind* kind = runs::RunKindRegistry::instance().find(this->kind());
    QString error;
    const bool ok = kind && kind->schema().validate(formValues(), &error);
    m_message->setText(ok ? (kind ? kind->description() : QString()) : error);
    m_ok->setEnabled(ok);
}

void LaunchDialog::loadPresets() {
    m_presets->clear();
    m_presets->addItem(tr("(defaults)"), QVariant());
    if (!m_store)
        return;
    for (const runs::Preset& p : m_store->presets(kind()))
        m_presets->addItem(p.name, QString::fromStdString(p.parameters.dump()));
}

void LaunchDialog::applyPreset(int index) {
    const QVariant data = m_presets->itemData(index);
    const runs::RunKind* kind = runs::RunKindRegistry::instance().find(this->kind());
    if (!kind)
        return;
    applyParameters(kind->schema().defaults());
    if (data.isValid())
        applyParameters(nlohmann::json::parse(data.toString().toStdString(), nullptr, false));
}

void LaunchDialog::savePreset() {
    if (!m_store)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save Preset"), tr("Preset name:"), QLineEdit::Normal,
                              m_presets->currentIndex() > 0 ? m_presets->currentText() : QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    QString error;
    if (!m_store->savePreset(kind(), name, formValues(), &error)) {
        QMessageBox::warning(this, tr("Save Preset"), tr("Could not save the preset: %1").arg(error));
        return;
    }
    loadPresets();
    m_presets->setCurrentText(name);
}

} // namespace kcat::ui

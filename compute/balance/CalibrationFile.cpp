#include "compute/balance/CalibrationFile.h"

#include "compute/balance/BalanceError.h"

#include <QFile>
#include <QSaveFile>

namespace kcat::balance {

namespace {

nlohmann::json coefficientsJson(const CostCoefficients& c) {
    return {{"a", c.a}, {"b", c.b}, {"c", c.c}};
}

CostCoefficients readCoefficients(const nlohmann::json& j, const char* key, const QString& source) {
    if (!j.contains(key) || !j.at(key).is_object())
        throw BalanceError(CalibratedCoefficients::tr("%1: expected an object '%2' with numbers a, b, c")
                               .arg(source, QString::fromLatin1(key)));
    CostCoefficients c;
    for (const auto& [name, into] : {std::pair<const char*, double*>{"a", &c.a}, {"b", &c.b}, {"c", &c.c}}) {
        const nlohmann::json& o = j.at(key);
        if (!o.contains(name) || !o.at(name).is_number())
            throw BalanceError(CalibratedCoefficients::tr("%1: expected a number '%2.%3'")
                                   .arg(source, QString::fromLatin1(key), QString::fromLatin1(name)));
        *into = o.at(name).get<double>();
    }
    return c;
}

} // namespace

nlohmann::json CalibratedCoefficients::toJson() const {
    return {{"model", coefficientsJson(model)},
            {"per_layer", coefficientsJson(perLayer)},
            {"layers", layers},
            {"r_squared", rSquared},
            {"shape", shape}};
}

CalibratedCoefficients CalibratedCoefficients::fromJson(const nlohmann::json& j, const QString& sourceName) {
    if (!j.is_object())
        throw BalanceError(tr("%1: expected a JSON object of calibrated coefficients").arg(sourceName));
    CalibratedCoefficients out;
    out.source = sourceName;
    out.perLayer = readCoefficients(j, "per_layer", sourceName);
    out.model = j.contains("model") ? readCoefficients(j, "model", sourceName) : out.perLayer;
    out.layers = j.value("layers", 1);
    out.rSquared = j.value("r_squared", 0.0);
    out.shape = j.value("shape", nlohmann::json::object());
    return out;
}

CalibratedCoefficients CalibratedCoefficients::readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw BalanceError(tr("cannot read calibration file %1: %2").arg(path, file.errorString()));
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(file.readAll().toStdString());
    } catch (const nlohmann::json::parse_error& e) {
        throw BalanceError(
            tr("%1: not valid JSON (byte %2): %3").arg(path).arg(e.byte).arg(QString::fromUtf8(e.what())));
    }
    return fromJson(j, path);
}

void CalibratedCoefficients::writeFile(const QString& path) const {
    QSaveFile file(path);
    const QByteArray bytes = QByteArray::fromStdString(toJson().dump(2));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw BalanceError(tr("cannot write calibration file %1: %2").arg(path, file.errorString()));
}

CostCoefficients CalibratedCoefficients::scaledTo(const CostPreset& preset) const {
    // A simulation needs costs that grow with length (a fit on very small, overhead-bound timings may not).
    if (perLayer.a < 0 || perLayer.b <= 0)
        throw BalanceError(tr("%1: simulating needs per-layer coefficients a >= 0 and b > 0, got a = %2, "
                              "b = %3 (calibrate over longer sequences)")
                               .arg(source)
                               .arg(perLayer.a)
                               .arg(perLayer.b));
    return {perLayer.a * preset.layers, perLayer.b * preset.layers, perLayer.c * preset.layers};
}

} // namespace kcat::balance

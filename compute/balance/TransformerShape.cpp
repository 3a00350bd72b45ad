#include "compute/balance/TransformerShape.h"

#include "compute/balance/BalanceError.h"

namespace kcat::balance {

nlohmann::json TransformerShape::toJson() const {
    return {{"hidden", hidden}, {"heads", heads}, {"layers", layers}, {"vocabulary", vocabulary}};
}

TransformerShape TransformerShape::fromJson(const nlohmann::json& j) {
    TransformerShape s;
    const auto read = [&](const char* key, int& into) {
        if (!j.contains(key) || !j.at(key).is_number_integer())
            throw BalanceError(tr("model shape: expected a whole number '%1'").arg(QString::fromLatin1(key)));
        into = j.at(key).get<int>();
    };
    read("hidden", s.hidden);
    read("heads", s.heads);
    read("layers", s.layers);
    read("vocabulary", s.vocabulary);
    s.validate();
    return s;
}

void TransformerShape::validate() const {
    if (hidden < 4 || hidden > 4096 || heads < 1 || hidden % heads != 0)
        throw BalanceError(tr("model shape: hidden size %1 must be 4..4096 and a multiple "
                              "of the head count %2")
                               .arg(hidden)
                               .arg(heads));
    if (layers < 1 || layers > 64)
        throw BalanceError(tr("model shape: layers must be 1..64, got %1").arg(layers));
    if (vocabulary < 2 || vocabulary > 65536)
        throw BalanceError(tr("model shape: vocabulary must be 2..65536, got %1").arg(vocabulary));
}

} // namespace kcat::balance

// Parameter validation: every run passes ParameterSchema::validate() before anything starts.

#include "JsonCompare.h"
#include "compute/runs/ParameterSchema.h"

#include <QTest>

using kcat::runs::ParameterSchema;
using kcat::runs::ParamSpec;
using nlohmann::json;

class TestParameterSchema : public QObject {
    Q_OBJECT

    static ParameterSchema schema() {
        return {
            ParamSpec::integer(QStringLiteral("epochs"), 2, 1, 100, QStringLiteral("Epochs.")),
            ParamSpec::real(QStringLiteral("lr"), 0.01, 0.0, 1.0, QStringLiteral("Learning rate.")),
            ParamSpec::boolean(QStringLiteral("nesterov"), false, QStringLiteral("Nesterov momentum.")),
            ParamSpec::string(QStringLiteral("note"), QStringLiteral("x"), QStringLiteral("Note.")),
            ParamSpec::choice(QStringLiteral("model"), {QStringLiteral("lenet5"), QStringLiteral("mlp")},
                              QStringLiteral("lenet5"), QStringLiteral("Model.")),
        };
    }

private Q_SLOTS:
    void validate_data() {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("expected"); // the completed parameters, or "" when refused
        QTest::addColumn<QString>("errorPart");

        const QString defaults = R"({"epochs":2,"lr":0.01,"model":"lenet5","nesterov":false,"note":"x"})";
        QTest::newRow("empty → defaults") << "{}" << defaults << "";
        QTest::newRow("null → defaults") << "null" << defaults << "";
        QTest::newRow("all given") << R"({"epochs":5,"lr":1,"nesterov":true,"note":"n","model":"mlp"})"
                                   << R"({"epochs":5,"lr":1.0,"model":"mlp","nesterov":true,"note":"n"})"
                                   << "";
        QTest::newRow("integral double as int")
            << R"({"epochs":3.0})"
            << R"({"epochs":3,"lr":0.01,"model":"lenet5","nesterov":false,"note":"x"})"
            << "";
        QTest::newRow("int for double")
            << R"({"lr":0})"
            << R"({"epochs":2,"lr":0.0,"model":"lenet5","nesterov":false,"note":"x"})"
            << "";
        QTest::newRow("range edges")
            << R"({"epochs":100,"lr":0.0})"
            << R"({"epochs":100,"lr":0.0,"model":"lenet5","nesterov":false,"note":"x"})"
            << "";
        QTest::newRow("unknown name") << R"({"epoch":3})"
                                      << ""
                                      << "unknown parameter 'epoch'";
        QTest::newRow("int below") << R"({"epochs":0})"
                                   << ""
                                   << "parameter 'epochs': 0 is below the minimum 1";
        QTest::newRow("int above") << R"({"epochs":101})"
                                   << ""
                                   << "parameter 'epochs': 101 is above the maximum 100";
        QTest::newRow("fractional int") << R"({"epochs":2.5})"
                                        << ""
                                        << "parameter 'epochs': expected an integer";
        QTest::newRow("string for int") << R"({"epochs":"2"})"
                                        << ""
                                        << "parameter 'epochs': expected an integer";
        QTest::newRow("double above") << R"({"lr":1.5})"
                                      << ""
                                      << "parameter 'lr': 1.5 is above the maximum 1";
        QTest::newRow("double below") << R"({"lr":-0.1})"
                                      << ""
                                      << "parameter 'lr': -0.1 is below the minimum 0";
        QTest::newRow("bool as int") << R"({"nesterov":1})"
                                     << ""
                                     << "parameter 'nesterov': expected true or false";
        QTest::newRow("string as number") << R"({"note":3})"
                                          << ""
                                          << "parameter 'note': expected a string";
        QTest::newRow("enum outside") << R"({"model":"vgg"})"
                                      << ""
                                      << "parameter 'model': expected one of lenet5, mlp, got 'vgg'";
        QTest::newRow("not an object") << "[1,2]"
                                       << ""
                                       << "parameters must be a JSON object";
    }

    void validate() {
        QFETCH(QString, given);
        QFETCH(QString, expected);
        QFETCH(QString, errorPart);
        QString error;
        const auto result = schema().validate(json::parse(given.toStdString()), &error);
        if (expected.isEmpty()) {
            QVERIFY(!result);
            QVERIFY2(error.contains(errorPart), qPrintable(error));
        } else {
            QVERIFY2(result, qPrintable(error));
            QCOMPARE_JSON(QString::fromStdString(result->dump()),
                          QString::fromStdString(json::parse(expected.toStdString()).dump()));
        }
    }

    void parseValue_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // JSON, or "" when refused
        QTest::newRow("int") << "epochs"
                             << "7"
                             << "7";
        QTest::newRow("int bad") << "epochs"
                                 << "seven"
                                 << "";
        QTest::newRow("double") << "lr"
                                << "1e-3"
                                << "0.001";
        QTest::newRow("double bad") << "lr"
                                    << "fast"
                                    << "";
        QTest::newRow("bool true") << "nesterov"
                                   << "true"
                                   << "true";
        QTest::newRow("bool 0") << "nesterov"
                                << "0"
                                << "false";
        QTest::newRow("bool bad") << "nesterov"
                                  << "maybe"
                                  << "";
        QTest::newRow("enum") << "model"
                              << "mlp"
                              << "\"mlp\"";
        QTest::newRow("unknown") << "momentum"
                                 << "0.9"
                                 << "";
    }

    void parseValue() {
        QFETCH(QString, name);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error;
        const auto value = schema().parseValue(name, text, &error);
        if (expected.isEmpty()) {
            QVERIFY(!value);
            QVERIFY2(error.contains(QStringLiteral("'%1'").arg(name)), qPrintable(error));
        } else {
            QVERIFY2(value, qPrintable(error));
            QCOMPARE_JSON(*value, json::parse(expected.toStdString()));
        }
    }

    void requiredParameter() {
        ParamSpec spec = ParamSpec::string(QStringLiteral("data"), QString(), QStringLiteral("Data."));
        spec.defaultValue = nullptr;
        const ParameterSchema s{spec};
        QString error;
        QVERIFY(!s.validate(json::object(), &error));
        QCOMPARE(error, QStringLiteral("parameter 'data' is required"));
        QVERIFY(s.validate({{"data", "x"}}, &error));
    }

    void schemaJson() {
        const json j = schema().toJson();
        QCOMPARE(j.size(), size_t(5));
        QCOMPARE_JSON(j[0]["name"], json("epochs"));
        QCOMPARE_JSON(j[0]["minimum"], json(1.0));
        QCOMPARE_JSON(j[4]["choices"], json({"lenet5", "mlp"}));
    }
};

QTEST_GUILESS_MAIN(TestParameterSchema)
#include "tst_parameterschema.moc"

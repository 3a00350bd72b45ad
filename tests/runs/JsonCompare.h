#pragma once

// QCOMPARE for nlohmann::json values (QTest cannot print them): compares and shows their JSON text.

#include <QTest>

#include "compute/core/Json.h"

#define QCOMPARE_JSON(actual, expected)                                                                      \
    QCOMPARE(QString::fromStdString(nlohmann::json(actual).dump()),                                          \
             QString::fromStdString(nlohmann::json(expected).dump()))

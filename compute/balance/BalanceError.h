#pragma once

#include <QString>

#include <stdexcept>

namespace kcat::balance {

// Bad input to the balance library (a malformed lengths file, an impossible strategy): the message names the
// file, line or parameter and what was expected.
class BalanceError : public std::runtime_error {
public:
    explicit BalanceError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message) {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

} // namespace kcat::balance

#pragma once

#include "annotation/server/ServerSettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kcat::ui {

// "Connect to Team Server": host, port, database, user and password. Everything but the password is
// remembered (QSettings group "teamServer").
class ConnectDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    server::ServerSettings settings() const;
    void setSettings(const server::ServerSettings& settings);
    // Shows why the last attempt failed, above the buttons.
    void setError(const QString& message);
    // Stores the fields except the password.
    void remember() const;

private:
    void updateButtons();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace kcat::ui

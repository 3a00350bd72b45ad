#include "ui/server/ConnectDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kcat::ui {

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Connect to Team Server"));
    setObjectName(QStringLiteral("connectTeamServerDialog"));
    setMinimumWidth(440);
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_port->setRange(1, 65535);
    m_password->setEchoMode(QLineEdit::Password);
    m_host->setPlaceholderText(tr("e.g. db.lab.example.org"));
    m_user->setPlaceholderText(tr("your annotator login"));
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto* intro = new QLabel(tr("Your assigned documents are copied to this computer; every label you set is "
                                "sent to the team server at once, or kept here until the server is back."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);

    QSettings s;
    server::ServerSettings remembered;
    remembered.host = s.value(QStringLiteral("teamServer/host"), remembered.host).toString();
    remembered.port = s.value(QStringLiteral("teamServer/port"), remembered.port).toInt();
    remembered.database = s.value(QStringLiteral("teamServer/database"), remembered.database).toString();
    remembered.user = s.value(QStringLiteral("teamServer/user")).toString();
    setSettings(remembered);
    (remembered.user.isEmpty() ? m_user : m_password)->setFocus();
}

server::ServerSettings ConnectDialog::settings() const {
    server::ServerSettings s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    return s;
}

void ConnectDialog::setSettings(const server::ServerSettings& s) {
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_database->setText(s.database);
    m_user->setText(s.user);
    m_password->setText(s.password);
    updateButtons();
}

void ConnectDialog::setError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ConnectDialog::remember() const {
    QSettings s;
    const server::ServerSettings v = settings();
    s.setValue(QStringLiteral("teamServer/host"), v.host);
    s.setValue(QStringLiteral("teamServer/port"), v.port);
    s.setValue(QStringLiteral("teamServer/database"), v.database);
    s.setValue(QStringLiteral("teamServer/user"), v.user);
}

void ConnectDialog::updateButtons() {
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() &&
                     !m_user->text().trimmed().isEmpty());
}

} // namespace kcat::ui

#include "ui/PlaceholderPage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace kcat::ui {

PlaceholderPage::PlaceholderPage(const QString& iconPath, const char* title, const char* plans,
                                 QWidget* parent)
    : WorkspacePage(parent)
    , m_title(title)
    , m_plans(plans)
    , m_titleLabel(new QLabel(this))
    , m_plansLabel(new QLabel(this))
    , m_noteLabel(new QLabel(this)) {
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(iconPath).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    QFont big = m_titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_titleLabel->setFont(big);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_plansLabel->setWordWrap(true);
    m_plansLabel->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_plansLabel->setFixedWidth(560);
    m_plansLabel->setTextFormat(Qt::PlainText);
    m_noteLabel->setAlignment(Qt::AlignCenter);
    m_noteLabel->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(12);
    layout->addWidget(m_titleLabel);
    layout->addSpacing(8);
    auto* centred = new QHBoxLayout;
    centred->addStretch();
    centred->addWidget(m_plansLabel);
    centred->addStretch();
    layout->addLayout(centred);
    layout->addSpacing(16);
    layout->addWidget(m_noteLabel);
    layout->addStretch(3);
    retranslate();
}

void PlaceholderPage::setWorkspace(core::Workspace*) {}

QString PlaceholderPage::titleText() const {
    return m_titleLabel->text();
}

void PlaceholderPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    WorkspacePage::changeEvent(event);
}

void PlaceholderPage::retranslate() {
    m_titleLabel->setText(QCoreApplication::translate("kcat::ui::MainWindow", m_title));
    m_plansLabel->setText(QCoreApplication::translate("kcat::ui::MainWindow", m_plans));
    m_noteLabel->setText(tr("This workspace view is being built; nothing here is shown until it works."));
}

} // namespace kcat::ui

#pragma once

#include <QDialog>

class QTableView;
class QPushButton;

namespace kcat::core {
class JobListModel;
}

namespace kcat::ui {

// The list of this session's background jobs, with Cancel for the selected running ones.
class JobListDialog : public QDialog {
    Q_OBJECT

public:
    explicit JobListDialog(core::JobListModel* jobs, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void cancelSelected();

    core::JobListModel* m_jobs;
    QTableView* m_view;
    QPushButton* m_cancel;
    QPushButton* m_clear;
    QPushButton* m_close;
};

} // namespace kcat::ui

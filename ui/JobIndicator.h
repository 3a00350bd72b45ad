#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace kcat::core {
class JobListModel;
}

namespace kcat::ui {

// Status-bar widget: the running job's title and progress; a click opens the job list.
class JobIndicator : public QWidget {
    Q_OBJECT

public:
    explicit JobIndicator(core::JobListModel* jobs, QWidget* parent = nullptr);

Q_SIGNALS:
    void clicked();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    core::JobListModel* m_jobs;
    QLabel* m_label;
    QProgressBar* m_bar;
};

} // namespace kcat::ui

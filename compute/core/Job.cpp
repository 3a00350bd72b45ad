#include "compute/core/Job.h"

namespace kcat::core {

Job::Job(QString title, QObject* parent)
    : QObject(parent)
    , m_title(std::move(title)) {}

void Job::cancel() {
    if (!isRunning() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    requestCancel();
    Q_EMIT changed();
}

void Job::setProgress(double progress, const QString& detail) {
    if (!isRunning())
        return;
    m_progress = progress;
    m_detail = detail;
    Q_EMIT changed();
}

void Job::finish(State state, const QString& error) {
    if (!isRunning())
        return;
    m_state = state;
    m_error = error;
    if (state == State::Succeeded)
        m_progress = 1.0;
    Q_EMIT changed();
    Q_EMIT finished(state);
}

} // namespace kcat::core

#pragma once

#include <QObject>
#include <QString>

namespace kcat::core {

// A piece of background work the user can watch and cancel: a concurrent computation, a child process.
// Lives on the GUI thread; subclasses report progress through setProgress() and end with finish().
class Job : public QObject {
    Q_OBJECT

public:
    enum class State { Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    explicit Job(QString title, QObject* parent = nullptr);

    QString title() const { return m_title; }
    // Fraction done in [0, 1], or a negative value while the amount of work is unknown.
    double progress() const { return m_progress; }
    QString detail() const { return m_detail; }
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    QString errorMessage() const { return m_error; }
    bool cancelRequested() const { return m_cancelRequested; }

    // Asks the work to stop at its next step boundary; the job then finishes as Cancelled.
    void cancel();

    // Whether the work can go on after the application quits (a child process that writes its results
    // straight into the workspace); keepRunning() then lets it go, and this session stops following it.
    virtual bool canKeepRunning() const { return false; }
    virtual void keepRunning() {}

Q_SIGNALS:
    void changed();
    void finished(kcat::core::Job::State state);

protected:
    virtual void requestCancel() = 0;
    void setProgress(double progress, const QString& detail);
    void finish(State state, const QString& error = QString());

private:
    QString m_title;
    double m_progress = -1.0;
    QString m_detail;
    State m_state = State::Running;
    QString m_error;
    bool m_cancelRequested = false;
};

} // namespace kcat::core

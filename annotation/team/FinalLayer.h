#pragma once

// The project's final layer: the adjudicated types per mention, stored as the labels of the workspace's
// "final layer" annotator (so every exporter of annotation/documents writes it) plus a team_decisions row.

#include "annotation/documents/DocumentImporter.h"

#include <QObject>
#include <QStringList>

namespace kcat::core {
class Workspace;
}

namespace kcat::team {

struct Decision {
    qint64 mentionId = 0;
    QStringList types; // closed under ancestors when stored
    QString decision;  // "accepted", "overridden", or "" = not adjudicated (removes the final label)
    QString method;    // the aggregation method whose suggestion was shown
    double confidence = -1;
};

class FinalLayer : public QObject {
    Q_OBJECT

public:
    // Creates the final-layer annotator on first use; check isValid().
    explicit FinalLayer(core::Workspace* workspace, QObject* parent = nullptr);
    bool isValid() const { return m_annotator != 0; }
    QString error() const { return m_error; }
    qint64 annotator() const { return m_annotator; }

    // The stored decisions of these mentions (decision "" where there is none).
    QVector<Decision> decisions(const QVector<qint64>& mentionIds) const;
    // Writes every decision in one transaction. The final label's link is the link most annotators gave.
    bool write(const QVector<Decision>& decisions, QString* error);
    // Exports the project's final layer (unadjudicated mentions untyped) with the documents' exporters.
    QStringList exportProject(qint64 projectId, annotation::DocumentImporter::Format format,
                              const QString& folder, QString* error) const;

Q_SIGNALS:
    void decisionsChanged(const QVector<kcat::team::Decision>& decisions);

private:
    core::Workspace* m_workspace;
    qint64 m_annotator = 0;
    QString m_error;
};

} // namespace kcat::team

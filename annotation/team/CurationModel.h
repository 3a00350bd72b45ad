#pragma once

// The adjudication table: one row per mention (after the filters), columns document, mention, every
// annotator's types side by side, the aggregated suggestion, its confidence and the final layer's types.

#include "annotation/team/FinalLayer.h"
#include "annotation/team/Suggestions.h"

#include <QAbstractTableModel>

#include <memory>

namespace kcat::team {

class CurationModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Roles {
        MentionIdRole = Qt::UserRole + 1,
        TypesRole,      // QStringList of the cell (closed under ancestors)
        SuggestionRole, // QStringList: the row's suggestion
        ConfidenceRole, // double
        DisagreementRole,
    };

    explicit CurationModel(QObject* parent = nullptr);

    void setData(std::shared_ptr<const ProjectSnapshot> snapshot,
                 std::shared_ptr<const Suggestions> suggestions);
    std::shared_ptr<const ProjectSnapshot> snapshot() const { return m_snapshot; }
    std::shared_ptr<const Suggestions> suggestions() const { return m_suggestions; }

    // Filters (combined with AND); each setter refilters only when its value changes.
    struct Filters {
        bool onlyDisagreements = false;
        double maxConfidence = 1.0;
        bool onlyUndecided = false;
        QString type;
        int annotator = -1;
        bool operator==(const Filters& o) const {
            return onlyDisagreements == o.onlyDisagreements && maxConfidence == o.maxConfidence &&
                   onlyUndecided == o.onlyUndecided && type == o.type && annotator == o.annotator;
        }
    };
    // All filters at once: one refilter (one model reset) at most.
    void setFilters(const Filters& filters);
    void setOnlyDisagreements(bool on);
    void setMaxConfidence(double max);       // rows with confidence < max; 1 or more = every row
    void setTypeFilter(const QString& type); // rows where someone or the suggestion gave the type; "" = all
    void setAnnotatorFilter(int annotator);  // rows the annotator labelled (snapshot index); -1 = all
    void setOnlyUndecided(bool on);

    int annotatorColumn(int annotator) const { return 2 + annotator; }
    int suggestionColumn() const { return 2 + annotatorCount(); }
    int confidenceColumn() const { return suggestionColumn() + 1; }
    int finalColumn() const { return suggestionColumn() + 2; }
    int mentionAt(int row) const { return m_rows[size_t(row)]; } // snapshot mention index
    int rowOfMention(int mention) const;

    // Decisions that accept the suggestion of these rows (rows without a suggestion are skipped).
    QVector<Decision> acceptDecisions(const QList<int>& rows) const;
    Decision overrideDecision(int row, const QStringList& types) const;
    // Follows the final layer (connect FinalLayer::decisionsChanged).
    void applyDecisions(const QVector<kcat::team::Decision>& decisions);
    QStringList finalTypes(int mention) const { return m_final[size_t(mention)]; }
    QString decision(int mention) const { return m_decision[size_t(mention)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // After a language switch: the column headers are translated anew.
    void retranslate();

    // Leaf types joined for display ("/person/artist, /location").
    static QString display(const QStringList& types);

private:
    int annotatorCount() const { return m_snapshot ? int(m_snapshot->annotators.size()) : 0; }
    const ProjectSnapshot::Label* labelOf(int mention, int annotator) const;
    bool accepts(int mention) const;
    void refilter();

    std::shared_ptr<const ProjectSnapshot> m_snapshot;
    std::shared_ptr<const Suggestions> m_suggestions;
    std::vector<QStringList> m_final;
    std::vector<QString> m_decision;
    std::vector<QString> m_setText; // display text per snapshot type set
    QHash<qint64, int> m_mentionIndex;
    std::vector<int> m_rows;
    Filters m_filters;
};

} // namespace kcat::team

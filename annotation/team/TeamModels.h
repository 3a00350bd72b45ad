#pragma once

// Small table models of the Manage page: the team's members, and any ChartTable (progress, accuracy).

#include "annotation/team/Dashboard.h"
#include "annotation/team/TeamStore.h"

#include <QAbstractTableModel>

namespace kcat::team {

// Members of the team (name, role, simulated, description); follows the store.
class TeamMemberModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Roles { AnnotatorIdRole = Qt::UserRole + 1 };
    explicit TeamMemberModel(TeamStore* store, QObject* parent = nullptr);
    void reload();
    // After a language switch: headers and role names are translated anew.
    void retranslate();
    const Member& member(int row) const { return m_members[row]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TeamStore* m_store;
    QVector<Member> m_members;
};

// A ChartTable as a read-only table; numbers in [0, 1] columns named *_share or accuracy-like are shown as
// percentages. Qt::UserRole gives the raw value.
class ChartTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    void setTable(const ChartTable& table);
    // Header texts shown instead of the CSV column names (same order); empty = the column names.
    void setHeaderLabels(const QStringList& labels);
    const ChartTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ChartTable m_table;
    QStringList m_headers;
};

} // namespace kcat::team

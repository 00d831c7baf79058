#pragma once

#include "core/pg/lockinfo.h"
#include "keyedtablemodel.h"

namespace hpg {

// The locks of the database (what pg:locks shows, every mode), one row per
// lock, updated row by row. Locks not granted (someone waits) stand out.
class LocksModel : public KeyedTableModel<LockInfo, QString>
{
    Q_OBJECT
public:
    enum Column {
        PidColumn,
        LockTypeColumn,
        RelationColumn,
        ModeColumn,
        GrantedColumn,
        TransactionColumn,
        UserColumn,
        AgeColumn,
        QueryColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, PidRole, GrantedRole };

    explicit LocksModel(QObject *parent = nullptr);

    void setLocks(const QList<LockInfo> &locks);
    void clear();
    const LockInfo *lockAt(int row) const { return itemAt(row); }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace hpg

#include "locksmodel.h"

#include "sessionsmodel.h"
#include "ui/widgets/appearance.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>

namespace hpg {

LocksModel::LocksModel(QObject *parent)
    : KeyedTableModel<LockInfo, QString>(parent)
{ }

void LocksModel::setLocks(const QList<LockInfo> &locks)
{
    applyRows(locks, [](const LockInfo &l) { return l.key; });
}

void LocksModel::clear()
{
    applyRows({}, [](const LockInfo &l) { return l.key; });
}

int LocksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocksModel::data(const QModelIndex &index, int role) const
{
    const LockInfo *l = lockAt(index.row());
    if (!l || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case PidColumn:
            return l->pid;
        case LockTypeColumn:
            return l->lockType;
        case RelationColumn:
            return l->relation;
        case ModeColumn:
            return l->mode;
        case GrantedColumn:
            if (role == SortRole)
                return l->granted ? 1 : 0;
            return l->granted ? tr("Granted") : tr("Waiting");
        case TransactionColumn:
            return l->transactionId.isEmpty() ? l->virtualXid : l->transactionId;
        case UserColumn:
            return l->user;
        case AgeColumn:
            if (role == SortRole)
                return l->queryMs;
            return SessionsModel::formatDuration(l->queryMs);
        case QueryColumn:
            return SessionsModel::oneLine(l->query);
        default:
            return {};
        }
    }
    switch (role) {
    case PidRole:
        return l->pid;
    case GrantedRole:
        return l->granted;
    case Qt::ToolTipRole:
        return index.column() == QueryColumn ? SessionsModel::oneLine(l->query, 2000) : QVariant();
    case Qt::BackgroundRole:
        return l->granted
            ? QVariant()
            : QVariant(QBrush(Appearance::toneBackground(Appearance::Tone::Error, QGuiApplication::palette())));
    case Qt::ForegroundRole:
        return l->granted ? QVariant()
                          : QVariant(QBrush(Appearance::toneText(Appearance::Tone::Error, QGuiApplication::palette())));
    default:
        return {};
    }
}

QVariant LocksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PidColumn:
        return tr("PID");
    case LockTypeColumn:
        return tr("Lock Type");
    case RelationColumn:
        return tr("Relation");
    case ModeColumn:
        return tr("Mode");
    case GrantedColumn:
        return tr("Granted");
    case TransactionColumn:
        return tr("Transaction");
    case UserColumn:
        return tr("User");
    case AgeColumn:
        return tr("Query Age");
    case QueryColumn:
        return tr("Query");
    default:
        return {};
    }
}

} // namespace hpg

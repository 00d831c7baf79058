#include "auditlogmodel.h"

#include "core/settings/languagemanager.h"
#include "ui/widgets/statewords.h"

#include <QFont>

namespace hpg {

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditLogModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = QList<AuditEntry>(entries.crbegin(), entries.crend());
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return LanguageManager::uiLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
        case AccountColumn:
            return e.account;
        case AppColumn:
            return e.app;
        case DatabaseColumn:
            return e.database;
        case ActionColumn:
            return StateWords::auditAction(e.action);
        case CliColumn:
            return e.cli;
        case RequestIdColumn:
            return LanguageManager::joinList(e.requestIds);
        case OutcomeColumn:
            return StateWords::auditOutcome(e.outcome);
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return tr("%1 UTC").arg(e.time.toUTC().toString(Qt::ISODateWithMs));
        case ActionColumn:
            return e.step.isEmpty() ? e.action : tr("%1 (step %2)").arg(e.action, e.step);
        case OutcomeColumn:
            return e.message.isEmpty() ? e.outcome : e.message;
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == SortRole) {
        if (index.column() == TimeColumn)
            return e.time;
        return data(index, Qt::DisplayRole);
    } else if (role == Qt::FontRole && e.failed) {
        QFont font;
        font.setBold(true); // no colour of its own: readable in light and dark
        return font;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AccountColumn:
        return tr("Account");
    case AppColumn:
        return tr("App");
    case DatabaseColumn:
        return tr("Database");
    case ActionColumn:
        return tr("Action");
    case CliColumn:
        return tr("CLI equivalent");
    case RequestIdColumn:
        return tr("Request-Id");
    case OutcomeColumn:
        return tr("Outcome");
    }
    return {};
}

void AuditLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace hpg

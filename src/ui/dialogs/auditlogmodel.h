#pragma once

#include "core/runbooks/auditentry.h"

#include <QAbstractTableModel>

namespace hpg {

// The audit log's entries as a table, newest first: time (local; UTC in the tooltip), account,
// app, database, action, CLI equivalent, Request-Ids, outcome (the message in the tooltip).
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        AccountColumn,
        AppColumn,
        DatabaseColumn,
        ActionColumn,
        CliColumn,
        RequestIdColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries); // in the order of the file (oldest first)
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Headers and words follow the language.
    void retranslate();

private:
    QList<AuditEntry> m_entries; // newest first
};

} // namespace hpg

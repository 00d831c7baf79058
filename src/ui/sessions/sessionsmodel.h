#pragma once

#include "core/pg/sessioninfo.h"
#include "keyedtablemodel.h"

namespace hpg {

// The sessions of one database (pg_stat_activity), one row per pid, updated
// row by row on each refresh (see KeyedTableModel). Rows that run longer than
// the threshold, and rows blocked by another session, stand out.
class SessionsModel : public KeyedTableModel<SessionInfo, int>
{
    Q_OBJECT
public:
    enum Column {
        PidColumn,
        UserColumn,
        ApplicationColumn,
        ClientColumn,
        BackendTypeColumn,
        StateColumn,
        WaitColumn,
        TransactionStartColumn,
        RunningForColumn,
        QueryStartColumn,
        QueryColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers and times as numbers
        PidRole,
        IdleRole,
        OwnRole,
        LongRunningRole,
        BlockedRole,
        FullQueryRole,
    };

    explicit SessionsModel(QObject *parent = nullptr);

    void setSessions(const QList<SessionInfo> &sessions);
    void clear();
    const SessionInfo *sessionAt(int row) const { return itemAt(row); }
    const SessionInfo *sessionByPid(int pid) const { return itemByKey(pid); }
    int rowOfPid(int pid) const { return rowOfKey(pid); }

    // Rows running (transaction, else active query) at least this long stand out; 0 turns it off.
    void setLongRunningThresholdMs(qint64 milliseconds);
    qint64 longRunningThresholdMs() const { return m_longRunningMs; }
    bool isLongRunning(const SessionInfo &session) const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 850 ms → "0.9 s", 75 s → "1:15", 3 h → "3:00:00", 2 days → "2 d 0:00:00"; -1 → "".
    static QString formatDuration(qint64 milliseconds);
    static QString formatTime(const QDateTime &time);
    // The query on one line, cut to `maxLength` characters.
    static QString oneLine(const QString &query, int maxLength = 300);

protected:
    // The running time (SessionInfo::runningMs()), the default sort.
    qint64 rankOf(const SessionInfo &session) const override { return session.runningMs(); }

private:
    QVariant display(const SessionInfo &s, int column) const;
    qint64 m_longRunningMs = 60000;
};

} // namespace hpg

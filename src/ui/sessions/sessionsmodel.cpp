#include "sessionsmodel.h"

#include "core/settings/languagemanager.h"
#include "core/stall/operationscope.h"
#include "ui/widgets/appearance.h"
#include "ui/widgets/statewords.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>

namespace hpg {

SessionsModel::SessionsModel(QObject *parent)
    : KeyedTableModel<SessionInfo, int>(parent)
{ }

void SessionsModel::setSessions(const QList<SessionInfo> &sessions)
{
    const OperationScope scope("sessions: model update");
    applyRows(sessions, [](const SessionInfo &s) { return s.pid; });
}

void SessionsModel::clear()
{
    applyRows({}, [](const SessionInfo &s) { return s.pid; });
}

void SessionsModel::setLongRunningThresholdMs(qint64 milliseconds)
{
    if (m_longRunningMs == milliseconds)
        return;
    m_longRunningMs = milliseconds;
    allRowsChanged();
}

bool SessionsModel::isLongRunning(const SessionInfo &session) const
{
    if (m_longRunningMs <= 0 || session.own)
        return false;
    const qint64 running = session.runningMs();
    return running >= 0 && running >= m_longRunningMs;
}

int SessionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionsModel::formatDuration(qint64 ms)
{
    if (ms < 0)
        return QString();
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 totalSeconds = ms / 1000;
    const qint64 days = totalSeconds / 86400;
    const qint64 hours = (totalSeconds / 3600) % 24;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 seconds = totalSeconds % 60;
    const auto two = [](qint64 v) {
        return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0'));
    };
    QString clock;
    if (days == 0 && hours == 0)
        clock = QStringLiteral("%1:%2").arg(minutes).arg(two(seconds));
    else
        clock = QStringLiteral("%1:%2:%3").arg(hours).arg(two(minutes), two(seconds));
    return days > 0 ? tr("%1 d %2").arg(days).arg(clock) : clock;
}

QString SessionsModel::formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString SessionsModel::oneLine(const QString &query, int maxLength)
{
    QString line = query.left(maxLength * 2).simplified();
    if (line.size() > maxLength)
        line = line.left(maxLength - 1) + QChar(0x2026);
    return line;
}

QVariant SessionsModel::display(const SessionInfo &s, int column) const
{
    switch (column) {
    case PidColumn:
        return s.pid;
    case UserColumn:
        return s.user;
    case ApplicationColumn:
        return s.application;
    case ClientColumn:
        if (s.clientAddress.isEmpty())
            return s.backendType == QLatin1String("client backend") ? tr("local socket") : QString();
        return s.clientAddress;
    case BackendTypeColumn:
        return s.backendType;
    case StateColumn:
        return StateWords::sessionState(s.state);
    case WaitColumn:
        return s.wait();
    case TransactionStartColumn:
        return formatTime(s.transactionStart);
    case RunningForColumn:
        return formatDuration(s.runningMs());
    case QueryStartColumn:
        return formatTime(s.queryStart);
    case QueryColumn:
        return oneLine(s.query);
    default:
        return {};
    }
}

QVariant SessionsModel::data(const QModelIndex &index, int role) const
{
    const SessionInfo *s = sessionAt(index.row());
    if (!s || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*s, index.column());
    case SortRole:
        switch (index.column()) {
        case PidColumn:
            return s->pid;
        case TransactionStartColumn:
            return s->transactionStart.isValid() ? s->transactionStart.toMSecsSinceEpoch() : qint64(-1);
        case RunningForColumn:
            return s->runningMs();
        case QueryStartColumn:
            return s->queryStart.isValid() ? s->queryStart.toMSecsSinceEpoch() : qint64(-1);
        default:
            return display(*s, index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == QueryColumn)
            return oneLine(s->query, 2000);
        if (s->isBlocked()) {
            QStringList pids;
            for (int pid : s->blockedBy)
                pids.append(QString::number(pid));
            return tr("Waiting for session %1.").arg(LanguageManager::joinList(pids));
        }
        if (isLongRunning(*s))
            return tr("Running for %1.").arg(formatDuration(s->runningMs()));
        if (index.column() == StateColumn && !s->state.isEmpty())
            return s->state; // PostgreSQL's own word, as pg_stat_activity has it
        return {};
    case Qt::BackgroundRole:
        if (s->isBlocked())
            return QBrush(Appearance::toneBackground(Appearance::Tone::Error, QGuiApplication::palette()));
        if (isLongRunning(*s))
            return QBrush(Appearance::toneBackground(Appearance::Tone::Warning, QGuiApplication::palette()));
        return {};
    case Qt::ForegroundRole:
        if (s->isBlocked())
            return QBrush(Appearance::toneText(Appearance::Tone::Error, QGuiApplication::palette()));
        if (isLongRunning(*s))
            return QBrush(Appearance::toneText(Appearance::Tone::Warning, QGuiApplication::palette()));
        return {};
    case Qt::FontRole:
        if (isLongRunning(*s) && index.column() == RunningForColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PidColumn || index.column() == RunningForColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PidRole:
        return s->pid;
    case IdleRole:
        return s->isIdle();
    case OwnRole:
        return s->own;
    case LongRunningRole:
        return isLongRunning(*s);
    case BlockedRole:
        return s->isBlocked();
    case FullQueryRole:
        return s->query;
    default:
        return {};
    }
}

QVariant SessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PidColumn:
        return tr("PID");
    case UserColumn:
        return tr("User");
    case ApplicationColumn:
        return tr("Application");
    case ClientColumn:
        return tr("Client");
    case BackendTypeColumn:
        return tr("Backend Type");
    case StateColumn:
        return tr("State");
    case WaitColumn:
        return tr("Waiting For");
    case TransactionStartColumn:
        return tr("Transaction Start");
    case RunningForColumn:
        return tr("Running For");
    case QueryStartColumn:
        return tr("Query Start");
    case QueryColumn:
        return tr("Query");
    default:
        return {};
    }
}

} // namespace hpg

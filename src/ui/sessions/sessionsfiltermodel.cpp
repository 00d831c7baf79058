#include "sessionsfiltermodel.h"

#include "sessionsmodel.h"
#include "ui/widgets/statewords.h"

namespace hpg {

SessionsFilterModel::SessionsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(SessionsModel::SortRole);
}

void SessionsFilterModel::setSessionsModel(SessionsModel *model)
{
    m_sessions = model;
    setSourceModel(model);
}

void SessionsFilterModel::setHideIdle(bool hide)
{
    if (m_hideIdle == hide)
        return;
    m_hideIdle = hide;
    invalidateFilter();
}

void SessionsFilterModel::setHideOwn(bool hide)
{
    if (m_hideOwn == hide)
        return;
    m_hideOwn = hide;
    invalidateFilter();
}

void SessionsFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool SessionsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_sessions)
        return false;
    const SessionInfo *s = m_sessions->sessionAt(sourceRow);
    if (!s)
        return false;
    if (m_hideOwn && s->own)
        return false;
    // pg:ps shows `state <> 'idle'`, which leaves out NULL states (background processes and
    // sessions of roles the credential may not see) as well.
    if (m_hideIdle && s->isIdle())
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &field) {
        return field.contains(m_text, Qt::CaseInsensitive);
    };
    return QString::number(s->pid) == m_text || has(s->user) || has(s->application) || has(s->clientAddress)
        || has(s->state) || has(StateWords::sessionState(s->state)) || has(s->wait()) || has(s->backendType)
        || has(s->database) || has(s->query);
}

bool SessionsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Straight from the rows, not through data(): a refresh of thousands of rows sorts a lot.
    if (m_sessions && left.column() == SessionsModel::RunningForColumn) {
        const qint64 a = m_sessions->rankAt(left.row());
        const qint64 b = m_sessions->rankAt(right.row());
        if (a != b)
            return a < b;
    }
    const SessionInfo *a = m_sessions ? m_sessions->sessionAt(left.row()) : nullptr;
    const SessionInfo *b = m_sessions ? m_sessions->sessionAt(right.row()) : nullptr;
    if (!a || !b)
        return QSortFilterProxyModel::lessThan(left, right);
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toMSecsSinceEpoch() : qint64(-1);
    };
    const auto text = [](const QString &x, const QString &y) {
        return x.compare(y, Qt::CaseInsensitive);
    };
    qint64 order = 0;
    switch (left.column()) {
    case SessionsModel::PidColumn:
        break;
    case SessionsModel::UserColumn:
        order = text(a->user, b->user);
        break;
    case SessionsModel::ApplicationColumn:
        order = text(a->application, b->application);
        break;
    case SessionsModel::ClientColumn:
        order = text(a->clientAddress, b->clientAddress);
        break;
    case SessionsModel::BackendTypeColumn:
        order = text(a->backendType, b->backendType);
        break;
    case SessionsModel::StateColumn:
        order = text(StateWords::sessionState(a->state), StateWords::sessionState(b->state));
        break;
    case SessionsModel::WaitColumn:
        order = text(a->wait(), b->wait());
        break;
    case SessionsModel::TransactionStartColumn:
        order = time(a->transactionStart) - time(b->transactionStart);
        break;
    case SessionsModel::RunningForColumn:
        order = a->runningMs() - b->runningMs();
        break;
    case SessionsModel::QueryStartColumn:
        order = time(a->queryStart) - time(b->queryStart);
        break;
    case SessionsModel::QueryColumn:
        order = text(a->query, b->query);
        break;
    default:
        break;
    }
    // Ties: by pid, so that the order is stable from one refresh to the next.
    return order != 0 ? order < 0 : a->pid < b->pid;
}

} // namespace hpg

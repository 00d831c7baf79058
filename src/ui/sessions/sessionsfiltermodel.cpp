#include "sessionsfiltermodel.h"

#include "sessionsmodel.h"

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
        || has(s->state) || has(s->wait()) || has(s->backendType) || has(s->database) || has(s->query);
}

bool SessionsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(SessionsModel::SortRole);
    const QVariant b = right.data(SessionsModel::SortRole);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        const int order = QString::localeAwareCompare(a.toString(), b.toString());
        if (order != 0)
            return order < 0;
    } else {
        const qint64 x = a.toLongLong();
        const qint64 y = b.toLongLong();
        if (x != y)
            return x < y;
    }
    // Ties: by pid, so that the order is stable from one refresh to the next.
    return left.data(SessionsModel::PidRole).toInt() < right.data(SessionsModel::PidRole).toInt();
}

} // namespace hpg

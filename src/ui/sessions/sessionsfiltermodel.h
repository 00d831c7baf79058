#pragma once

#include <QSortFilterProxyModel>

namespace hpg {

class SessionsModel;

// Filters and sorts a SessionsModel: hide idle sessions (on by default, like
// pg:ps), hide hpgdesk's own watching session (on by default), free text
// matched against pid, user, application, client, state, wait and query.
// Sorting compares numbers and times as numbers.
class SessionsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SessionsFilterModel(QObject *parent = nullptr);

    void setSessionsModel(SessionsModel *model);
    SessionsModel *sessionsModel() const { return m_sessions; }

    void setHideIdle(bool hide);
    bool hideIdle() const { return m_hideIdle; }
    void setHideOwn(bool hide);
    bool hideOwn() const { return m_hideOwn; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    SessionsModel *m_sessions = nullptr;
    bool m_hideIdle = true;
    bool m_hideOwn = true;
    QString m_text;
};

} // namespace hpg

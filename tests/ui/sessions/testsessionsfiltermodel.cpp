// SessionsFilterModel: hide idle, hide own, free text, numeric sorting; and what the view relies
// on: a selection and a sort that survive refreshes.

#include "sessiontestdata.h"
#include "ui/sessions/sessionsfiltermodel.h"
#include "ui/sessions/sessionsmodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace hpg;
using sessiontest::session;

namespace {

QList<int> visiblePids(const QAbstractItemModel &model)
{
    QList<int> pids;
    for (int row = 0; row < model.rowCount(); ++row)
        pids.append(model.index(row, 0).data(SessionsModel::PidRole).toInt());
    return pids;
}

} // namespace

class TestSessionsFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void filters()
    {
        SessionsModel sessions;
        SessionsFilterModel filter;
        filter.setSessionsModel(&sessions);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SessionInfo own = session(5);
        own.own = true;
        own.application = QStringLiteral("hpgdesk");
        SessionInfo background = session(6, QString());
        background.backendType = QStringLiteral("checkpointer");
        background.query.clear();
        SessionInfo worker = session(7);
        worker.query = QStringLiteral("UPDATE invoices SET paid = true");
        sessions.setSessions({ session(1), session(2, QStringLiteral("idle")),
                               session(3, QStringLiteral("idle in transaction")), session(4), own, background,
                               worker });
        filter.sort(SessionsModel::PidColumn, Qt::AscendingOrder);

        // Defaults: like pg:ps, idle (and state-less) sessions and hpgdesk's own are hidden.
        QVERIFY(filter.hideIdle());
        QVERIFY(filter.hideOwn());
        QCOMPARE(visiblePids(filter), QList<int>({ 1, 3, 4, 7 }));
        filter.setHideIdle(false);
        QCOMPARE(visiblePids(filter), QList<int>({ 1, 2, 3, 4, 6, 7 }));
        filter.setHideOwn(false);
        QCOMPARE(visiblePids(filter), QList<int>({ 1, 2, 3, 4, 5, 6, 7 }));
        filter.setFilterText(QStringLiteral("INVOICES"));
        QCOMPARE(visiblePids(filter), QList<int>({ 7 }));
        filter.setFilterText(QStringLiteral("3"));
        QVERIFY(visiblePids(filter).contains(3)); // the pid, among others matching "3"
        filter.setFilterText(QStringLiteral("checkpointer"));
        QCOMPARE(visiblePids(filter), QList<int>({ 6 }));
        filter.setFilterText(QStringLiteral("hpgdesk"));
        QCOMPARE(visiblePids(filter), QList<int>({ 5 }));
        filter.setFilterText(QString());
        QCOMPARE(filter.rowCount(), 7);
    }

    void sortsNumbersAsNumbers()
    {
        SessionsModel sessions;
        SessionsFilterModel filter;
        filter.setSessionsModel(&sessions);
        sessions.setSessions({ session(100, QStringLiteral("active"), 9000),
                               session(20, QStringLiteral("active"), 100000),
                               session(3, QStringLiteral("active"), 800) });
        filter.sort(SessionsModel::RunningForColumn, Qt::DescendingOrder);
        QCOMPARE(visiblePids(filter), QList<int>({ 20, 100, 3 }));
        filter.sort(SessionsModel::PidColumn, Qt::AscendingOrder);
        QCOMPARE(visiblePids(filter), QList<int>({ 3, 20, 100 }));
    }

    void selectionAndSortSurviveRefreshes()
    {
        SessionsModel sessions;
        SessionsFilterModel filter;
        filter.setSessionsModel(&sessions);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&filter);
        QRandomGenerator random(11);
        int nextPid = 9000;
        QList<SessionInfo> current = sessiontest::sessions(400);
        sessions.setSessions(current);
        filter.sort(SessionsModel::RunningForColumn, Qt::DescendingOrder);

        const int chosen = current[200].pid; // an active session (200 % 3 != 0)
        const QModelIndex index = filter.mapFromSource(sessions.index(sessions.rowOfPid(chosen), 0));
        QVERIFY(index.isValid());
        selection.setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        QSignalSpy reset(&filter, &QAbstractItemModel::modelReset);
        for (int round = 0; round < 20; ++round) {
            current = sessiontest::churn(current, 10, &nextPid, &random);
            // Keep the chosen session alive (and still running).
            bool found = false;
            for (SessionInfo &s : current) {
                if (s.pid == chosen) {
                    s.state = QStringLiteral("active");
                    s.transactionMs += 100;
                    found = true;
                }
            }
            if (!found)
                current.append(session(chosen));
            sessions.setSessions(current);

            const QModelIndexList selected = selection.selectedRows();
            QCOMPARE(selected.size(), 1);
            QCOMPARE(selected.first().data(SessionsModel::PidRole).toInt(), chosen);
            QCOMPARE(selection.currentIndex().data(SessionsModel::PidRole).toInt(), chosen);
            // Still sorted by running time, longest first.
            for (int row = 1; row < filter.rowCount(); ++row) {
                QVERIFY(
                    filter.index(row - 1, SessionsModel::RunningForColumn).data(SessionsModel::SortRole).toLongLong()
                    >= filter.index(row, SessionsModel::RunningForColumn).data(SessionsModel::SortRole).toLongLong());
            }
        }
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_MAIN(TestSessionsFilterModel)
#include "testsessionsfiltermodel.moc"

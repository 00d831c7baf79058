// SessionsModel: row-by-row updates keyed by pid (never a reset), what each role shows, and
// QAbstractItemModelTester through many random refreshes.

#include "sessiontestdata.h"
#include "ui/sessions/sessionsfiltermodel.h"
#include "ui/sessions/sessionsmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace hpg;
using sessiontest::session;

class TestSessionsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void updatesRowByRowKeyedByPid()
    {
        SessionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSessions({ session(1), session(2), session(3) });
        QCOMPARE(model.rowCount(), 3);
        const QPersistentModelIndex one(model.index(model.rowOfPid(1), SessionsModel::QueryColumn));
        const QPersistentModelIndex three(model.index(model.rowOfPid(3), SessionsModel::StateColumn));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // pid 2 ended, pid 3 went idle in transaction, pid 4 connected, pid 1 unchanged.
        model.setSessions({ session(4), session(3, QStringLiteral("idle in transaction")), session(1) });
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(removed.first().at(2).toInt(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2); // appended
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOfPid(3));
        QCOMPARE(model.lastUpdate().removed, 1);
        QCOMPARE(model.lastUpdate().inserted, 1);
        QCOMPARE(model.lastUpdate().changed, 1);

        // Persistent indexes (what selection and current index are) follow their pid.
        QVERIFY(one.isValid() && three.isValid());
        QCOMPARE(one.data(SessionsModel::PidRole).toInt(), 1);
        QCOMPARE(three.data(SessionsModel::PidRole).toInt(), 3);
        QCOMPARE(three.data().toString(), QStringLiteral("Idle in transaction")); // in the UI language (StateWords)
        QCOMPARE(three.data(Qt::ToolTipRole).toString(), QStringLiteral("idle in transaction")); // PostgreSQL's word
        QCOMPARE(model.sessionByPid(4)->pid, 4);
        QVERIFY(!model.sessionByPid(2));
        QCOMPARE(model.rowOfPid(2), -1);

        // The same snapshot again: no signal at all.
        changed.clear();
        model.setSessions({ session(4), session(3, QStringLiteral("idle in transaction")), session(1) });
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model.lastUpdate().changed, 0);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 0);
    }

    void runsOfRemovedRowsAndManyChanges()
    {
        SessionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSessions(sessiontest::sessions(100));
        QList<SessionInfo> next = sessiontest::sessions(100);
        next.remove(10, 5); // rows 10–14
        next.remove(50, 1); // row 55 of the old list
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setSessions(next);
        QCOMPARE(removed.size(), 2); // one signal per run, bottom first
        QCOMPARE(removed[0].at(1).toInt(), 55);
        QCOMPARE(removed[1].at(1).toInt(), 10);
        QCOMPARE(removed[1].at(2).toInt(), 14);
        QCOMPARE(model.rowCount(), 94);

        // Every other row changes: the runs are coalesced into one signal.
        for (int i = 0; i < next.size(); i += 2)
            next[i].transactionMs += 5;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSessions(next);
        QCOMPARE(model.lastUpdate().changed, 47);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.lastUpdate().changeSignals, 1);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(*model.sessionAt(row), next[row]);
    }

    void scatteredChangesInALargeTableKeepTheirRuns()
    {
        // 16 changed rows among 1,000 go out as 16 signals; when each goes out, the other rows still
        // hold what the sorting proxy saw, so its order follows (it did not when every row had
        // changed before the first signal).
        SessionsModel model;
        SessionsFilterModel filter;
        filter.setSessionsModel(&model);
        filter.sort(SessionsModel::RunningForColumn, Qt::DescendingOrder);
        QList<SessionInfo> next = sessiontest::sessions(1000);
        model.setSessions(next);
        for (int i = 1; i < 1000; i += 63)
            next[i].transactionMs = 10000000 + i;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSessions(next);
        QCOMPARE(model.lastUpdate().changed, 16);
        QCOMPARE(changed.size(), 16);
        QCOMPARE(filter.data(filter.index(0, SessionsModel::PidColumn), SessionsModel::PidRole).toInt(), 1000 + 946);
        const auto running = [&filter](int row) {
            return filter.data(filter.index(row, SessionsModel::RunningForColumn), SessionsModel::SortRole)
                .toLongLong();
        };
        for (int row = 1; row < filter.rowCount(); ++row)
            QVERIFY2(running(row - 1) >= running(row),
                     qPrintable(QStringLiteral("row %1: %2 < %3").arg(row).arg(running(row - 1)).arg(running(row))));
    }

    void churnKeepsTheRunningTimeSortWithItsFlatRanks()
    {
        // The proxy compares running times from the model's flat array of ranks: after removals,
        // changes (more runs than get their own signal) and insertions, the order must still be the
        // one the rows themselves give, and every rank must be its row's running time.
        SessionsModel model;
        SessionsFilterModel filter;
        filter.setSessionsModel(&model);
        filter.sort(SessionsModel::RunningForColumn, Qt::DescendingOrder);
        QRandomGenerator random(11);
        int nextPid = 90000;
        QList<SessionInfo> current = sessiontest::sessions(2000);
        model.setSessions(current);
        for (int round = 0; round < 8; ++round) {
            current = sessiontest::churn(current, 5, &nextPid, &random);
            model.setSessions(current);
            QVERIFY(model.lastUpdate().removed > 0 && model.lastUpdate().inserted > 0);
            QVERIFY(model.lastUpdate().changeSignals < model.lastUpdate().changed);
            for (int row = 0; row < model.rowCount(); ++row)
                QCOMPARE(model.rankAt(row), model.sessionAt(row)->runningMs());
            for (int row = 1; row < filter.rowCount(); ++row) {
                const SessionInfo *before = model.sessionAt(filter.mapToSource(filter.index(row - 1, 0)).row());
                const SessionInfo *after = model.sessionAt(filter.mapToSource(filter.index(row, 0)).row());
                QVERIFY2(before->runningMs() > after->runningMs()
                             || (before->runningMs() == after->runningMs() && before->pid > after->pid),
                         qPrintable(QStringLiteral("round %1, row %2").arg(round).arg(row)));
            }
        }
    }

    void randomRefreshesKeepTheModelConsistent()
    {
        SessionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QRandomGenerator random(7);
        int nextPid = 5000;
        QList<SessionInfo> current = sessiontest::sessions(300);
        model.setSessions(current);
        for (int round = 0; round < 40; ++round) {
            current = sessiontest::churn(current, 1 + random.bounded(30), &nextPid, &random);
            model.setSessions(current);
            QCOMPARE(model.rowCount(), current.size());
            for (const SessionInfo &s : std::as_const(current))
                QCOMPARE(*model.sessionByPid(s.pid), s);
        }
    }

    void whatTheRolesShow()
    {
        SessionsModel model;
        SessionInfo blocked = session(7);
        blocked.blockedBy = { 3 };
        blocked.waitEventType = QStringLiteral("Lock");
        blocked.waitEvent = QStringLiteral("transactionid");
        SessionInfo own = session(8, QStringLiteral("active"), 999999);
        own.own = true;
        SessionInfo local = session(9, QStringLiteral("idle"));
        local.clientAddress.clear();
        model.setSessions({ session(1, QStringLiteral("active"), 120000), session(2, QStringLiteral("active"), 500),
                            blocked, own, local });
        model.setLongRunningThresholdMs(60000);
        auto at = [&model](int pid, int column, int role = Qt::DisplayRole) {
            return model.index(model.rowOfPid(pid), column).data(role);
        };
        QCOMPARE(at(1, SessionsModel::PidColumn).toInt(), 1);
        QCOMPARE(at(1, SessionsModel::RunningForColumn).toString(), QStringLiteral("2:00"));
        QCOMPARE(at(1, SessionsModel::RunningForColumn, SessionsModel::SortRole).toLongLong(), 120000);
        QVERIFY(at(1, SessionsModel::PidColumn, SessionsModel::LongRunningRole).toBool());
        QVERIFY(at(1, SessionsModel::PidColumn, Qt::BackgroundRole).canConvert<QBrush>());
        QVERIFY(!at(2, SessionsModel::PidColumn, SessionsModel::LongRunningRole).toBool());
        QVERIFY(!at(2, SessionsModel::PidColumn, Qt::BackgroundRole).isValid());
        QVERIFY(!at(8, SessionsModel::PidColumn, SessionsModel::LongRunningRole).toBool()); // our own never stands out
        QVERIFY(at(8, SessionsModel::PidColumn, SessionsModel::OwnRole).toBool());
        QVERIFY(at(7, SessionsModel::PidColumn, SessionsModel::BlockedRole).toBool());
        QCOMPARE(at(7, SessionsModel::WaitColumn).toString(), QStringLiteral("Lock: transactionid"));
        QVERIFY(at(7, SessionsModel::PidColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("3")));
        QVERIFY(at(9, SessionsModel::PidColumn, SessionsModel::IdleRole).toBool());
        QCOMPARE(at(9, SessionsModel::ClientColumn).toString(), QStringLiteral("local socket"));
        QCOMPARE(at(9, SessionsModel::RunningForColumn).toString(), QString());

        // Changing the threshold repaints every row.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLongRunningThresholdMs(400);
        QCOMPARE(changed.size(), 1);
        QVERIFY(at(2, SessionsModel::PidColumn, SessionsModel::LongRunningRole).toBool());
        model.setLongRunningThresholdMs(0);
        QVERIFY(!at(1, SessionsModel::PidColumn, SessionsModel::LongRunningRole).toBool());

        // The query column is one line; the full text has its own role.
        SessionInfo multi = session(10);
        multi.query = QStringLiteral("SELECT a,\n       b\n  FROM t");
        model.setSessions({ multi });
        QCOMPARE(at(10, SessionsModel::QueryColumn).toString(), QStringLiteral("SELECT a, b FROM t"));
        QCOMPARE(at(10, SessionsModel::QueryColumn, SessionsModel::FullQueryRole).toString(), multi.query);
        QCOMPARE(model.headerData(SessionsModel::RunningForColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Running For"));
    }

    void durations()
    {
        QCOMPARE(SessionsModel::formatDuration(-1), QString());
        QCOMPARE(SessionsModel::formatDuration(870), QStringLiteral("0.9 s"));
        QCOMPARE(SessionsModel::formatDuration(59999), QStringLiteral("60.0 s"));
        QCOMPARE(SessionsModel::formatDuration(75000), QStringLiteral("1:15"));
        QCOMPARE(SessionsModel::formatDuration(3 * 3600000 + 5000), QStringLiteral("3:00:05"));
        QCOMPARE(SessionsModel::formatDuration(2 * 86400000 + 61000), QStringLiteral("2 d 0:01:01"));
    }
};

QTEST_MAIN(TestSessionsModel)
#include "testsessionsmodel.moc"

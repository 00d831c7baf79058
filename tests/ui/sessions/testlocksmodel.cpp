// LocksModel: keyed row-by-row updates and what the columns show.

#include "ui/sessions/locksmodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace hpg;

namespace {

LockInfo lock(const QString &key, int pid, bool granted, const QString &relation = QStringLiteral("ledger"))
{
    LockInfo l;
    l.key = key;
    l.pid = pid;
    l.lockType = QStringLiteral("relation");
    l.mode = granted ? QStringLiteral("AccessExclusiveLock") : QStringLiteral("AccessShareLock");
    l.granted = granted;
    l.relation = relation;
    l.queryMs = 1500;
    l.query = QStringLiteral("LOCK TABLE ledger");
    return l;
}

} // namespace

class TestLocksModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void keyedUpdates()
    {
        LocksModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocks({ lock("a", 1, true), lock("b", 2, false), lock("c", 3, true) });
        QCOMPARE(model.rowCount(), 3);
        const QPersistentModelIndex c(model.index(2, 0));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        LockInfo older = lock("c", 3, true);
        older.queryMs = 2500;
        model.setLocks({ older, lock("d", 4, false) });
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(c.isValid());
        QCOMPARE(c.data(LocksModel::PidRole).toInt(), 3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(c.row(), LocksModel::AgeColumn).data().toString(), QStringLiteral("2.5 s"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void columns()
    {
        LocksModel model;
        LockInfo tx = lock("t", 9, false, QString());
        tx.lockType = QStringLiteral("transactionid");
        tx.transactionId = QStringLiteral("743");
        model.setLocks({ lock("a", 1, true), tx });
        QCOMPARE(model.index(0, LocksModel::RelationColumn).data().toString(), QStringLiteral("ledger"));
        QCOMPARE(model.index(0, LocksModel::GrantedColumn).data().toString(), QStringLiteral("Granted"));
        QCOMPARE(model.index(1, LocksModel::GrantedColumn).data().toString(), QStringLiteral("Waiting"));
        QCOMPARE(model.index(1, LocksModel::GrantedColumn).data(LocksModel::SortRole).toInt(), 0);
        QVERIFY(model.index(1, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(1, LocksModel::TransactionColumn).data().toString(), QStringLiteral("743"));
        QCOMPARE(model.headerData(LocksModel::ModeColumn, Qt::Horizontal).toString(), QStringLiteral("Mode"));
    }
};

QTEST_MAIN(TestLocksModel)
#include "testlocksmodel.moc"

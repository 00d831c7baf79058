// BlockingModel: the tree of blockers and waiters, updates without a reset while its shape
// stays, and QAbstractItemModelTester.

#include "ui/sessions/blockingmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hpg;

namespace {

SessionInfo session(int pid, QList<int> blockedBy = {}, qint64 ms = 1000)
{
    SessionInfo s;
    s.pid = pid;
    s.state = blockedBy.isEmpty() ? QStringLiteral("idle in transaction") : QStringLiteral("active");
    s.user = QStringLiteral("u");
    s.transactionMs = ms;
    s.queryMs = ms;
    s.query = QStringLiteral("UPDATE accounts SET balance = balance + %1").arg(pid);
    if (!blockedBy.isEmpty()) {
        s.waitEventType = QStringLiteral("Lock");
        s.waitEvent = QStringLiteral("transactionid");
    }
    s.blockedBy = std::move(blockedBy);
    return s;
}

} // namespace

class TestBlockingModel : public QObject
{
    Q_OBJECT

private slots:
    void treeOfBlockers()
    {
        BlockingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSessions(
            { session(10), session(11, { 10 }), session(12, { 11 }), session(20), session(21, { 20 }), session(30) });
        QCOMPARE(model.rootCount(), 2);
        QCOMPARE(model.rootPids(), QList<int>({ 10, 20 }));
        const QModelIndex root = model.index(0, 0);
        QVERIFY(root.data(BlockingModel::IsRootRole).toBool());
        QCOMPARE(root.data(BlockingModel::BlockedCountRole).toInt(), 2);
        QCOMPARE(root.data().toString(), QStringLiteral("10 (blocks 2)"));
        QCOMPARE(model.rowCount(root), 1);
        const QModelIndex child = model.index(0, 0, root);
        QCOMPARE(child.data(BlockingModel::PidRole).toInt(), 11);
        QCOMPARE(child.data(BlockingModel::RootPidRole).toInt(), 10);
        QCOMPARE(model.parent(child), root);
        const QModelIndex grandChild = model.index(0, 0, child);
        QCOMPARE(grandChild.data(BlockingModel::PidRole).toInt(), 12);
        QCOMPARE(grandChild.data(BlockingModel::RootPidRole).toInt(), 10);
        QCOMPARE(child.siblingAtColumn(BlockingModel::WaitColumn).data().toString(),
                 QStringLiteral("Lock: transactionid"));
        QCOMPARE(child.siblingAtColumn(BlockingModel::QueryColumn).data(BlockingModel::FullQueryRole).toString(),
                 QStringLiteral("UPDATE accounts SET balance = balance + 11"));
        QCOMPARE(model.indexOfPid(12), grandChild.siblingAtColumn(0));
        QVERIFY(!model.indexOfPid(30).isValid());
    }

    void sameShapeUpdatesInPlace()
    {
        BlockingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSessions({ session(1), session(2, { 1 }) });
        const int resets = model.resetCount();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSessions({ session(1, {}, 5000), session(2, { 1 }, 4000) });
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.resetCount(), resets);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.index(0, BlockingModel::DurationColumn).data().toString(), QStringLiteral("5.0 s"));

        // A new waiter changes the shape: one reset.
        model.setSessions({ session(1), session(2, { 1 }), session(3, { 1 }) });
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void blockerNotInTheSnapshot()
    {
        BlockingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSessions({ session(5, { 4 }) });
        QCOMPARE(model.rootPids(), QList<int> { 4 });
        QCOMPARE(model.index(0, BlockingModel::StateColumn).data().toString(), QStringLiteral("not visible"));
    }
};

QTEST_MAIN(TestBlockingModel)
#include "testblockingmodel.moc"

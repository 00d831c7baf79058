// BlockingTree: roots are the sessions that block others and wait on nobody; chains, several
// blockers, invisible blockers and circular waits.

#include "core/pg/blockingtree.h"

#include <QTest>

using namespace hpg;

namespace {

SessionInfo session(int pid, QList<int> blockedBy = {})
{
    SessionInfo s;
    s.pid = pid;
    s.state = QStringLiteral("active");
    s.blockedBy = std::move(blockedBy);
    return s;
}

} // namespace

class TestBlockingTree : public QObject
{
    Q_OBJECT

private slots:
    void nothingBlocked()
    {
        QVERIFY(BlockingTree::build({ session(1), session(2) }).empty());
        QVERIFY(BlockingTree::build({}).empty());
    }

    void oneRootPerBlocker()
    {
        // 10 blocks 11 and 12; 12 blocks 13 (a chain); 20 blocks 21.
        const auto roots = BlockingTree::build({ session(13, { 12 }), session(10), session(11, { 10 }),
                                                 session(12, { 10 }), session(20), session(21, { 20 }), session(30) });
        QCOMPARE(int(roots.size()), 2);
        QCOMPARE(roots[0].pid, 10);
        QCOMPARE(int(roots[0].children.size()), 2);
        QCOMPARE(roots[0].children[0].pid, 11);
        QCOMPARE(roots[0].children[1].pid, 12);
        QCOMPARE(int(roots[0].children[1].children.size()), 1);
        QCOMPARE(roots[0].children[1].children[0].pid, 13);
        QCOMPARE(roots[1].pid, 20);
        QCOMPARE(BlockingTree::blockedCount(roots[0]), 3);
        QCOMPARE(BlockingTree::blockedCount(roots[1]), 1);
        QCOMPARE(BlockingTree::pids(roots), QList<int>({ 10, 20, 11, 12, 13, 21 }));
    }

    void aSessionBlockedBySeveralAppearsUnderEach()
    {
        const auto roots = BlockingTree::build({ session(1), session(2), session(3, { 1, 2 }) });
        QCOMPARE(int(roots.size()), 2);
        QCOMPARE(roots[0].children[0].pid, 3);
        QCOMPARE(roots[1].children[0].pid, 3);
    }

    void aBlockerTheCredentialCannotSeeIsStillARoot()
    {
        // pg_blocking_pids() can name a pid that is not in the snapshot (e.g. it just ended).
        const auto roots = BlockingTree::build({ session(5, { 4 }) });
        QCOMPARE(int(roots.size()), 1);
        QCOMPARE(roots[0].pid, 4);
        QCOMPARE(roots[0].children[0].pid, 5);
    }

    void circularWaitsEndInACycleNode()
    {
        // 1 and 2 wait on each other (a deadlock before the detector runs); 3 waits on 2.
        const auto roots = BlockingTree::build({ session(1, { 2 }), session(2, { 1 }), session(3, { 2 }) });
        QCOMPARE(int(roots.size()), 1);
        QCOMPARE(roots[0].pid, 1);
        const BlockingNode &two = roots[0].children[0];
        QCOMPARE(two.pid, 2);
        QCOMPARE(int(two.children.size()), 2);
        QCOMPARE(two.children[0].pid, 1);
        QVERIFY(two.children[0].cycle);
        QVERIFY(two.children[0].children.empty());
        QCOMPARE(two.children[1].pid, 3);
        QVERIFY(!two.children[1].cycle);
    }
};

QTEST_GUILESS_MAIN(TestBlockingTree)
#include "testblockingtree.moc"

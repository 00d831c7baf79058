// The values the follower steps read: pg:info's "Behind By" (a count that does not fit 32
// or 64 bits is unknown, never a small or zero lag) and the follower's name for the CLI.
#include "core/heroku/databaseinfo.h"
#include "core/runbooks/copytonewdatabase.h"
#include "core/runbooks/planchange.h"
#include "core/runbooks/steps/followerspec.h"
#include "core/runbooks/switchsteps.h"
#include "core/runbooks/steps/followersteps.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace hpg;

class TestFollowerSteps : public QObject
{
    Q_OBJECT

    static DatabaseInfo withBehindBy(const QJsonValue &value)
    {
        const QJsonObject row { { QStringLiteral("name"), QStringLiteral("Behind By") },
                                { QStringLiteral("values"), QJsonArray { value } } };
        return DatabaseInfo::fromJson({ { QStringLiteral("info"), QJsonArray { row } } });
    }

private slots:
    void behindBy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("behind");
        QTest::newRow("none") << "0 commits" << qint64(0);
        QTest::newRow("some") << "12 commits" << qint64(12);
        QTest::newRow("leading space") << " 250 commits" << qint64(250);
        QTest::newRow("over 32 bits signed") << "3000000000 commits" << qint64(3000000000LL);
        QTest::newRow("2^32") << "4294967296 commits" << qint64(4294967296LL);
        QTest::newRow("max 64 bits") << "9223372036854775807 commits" << qint64(9223372036854775807LL);
        QTest::newRow("over 64 bits") << "9223372036854775808 commits" << qint64(-1);
        QTest::newRow("far over 64 bits") << "184467440737095516160 commits" << qint64(-1);
        QTest::newRow("unknown") << "unknown" << qint64(-1);
        QTest::newRow("negative") << "-5 commits" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
    }

    void behindBy()
    {
        QFETCH(QString, text);
        QFETCH(qint64, behind);
        QCOMPARE(FollowerSteps::behindBy(withBehindBy(text)), behind);
    }

    // "Capture a backup first": right after the read-only pre-flight, before anything changes, in
    // every runbook that offers it; and not there when it is not asked for (older journals).
    void backupFirstComesBeforeAnythingChanges()
    {
        const auto ids = [](const QList<Step> &steps) {
            QStringList list;
            for (const Step &s : steps)
                list.append(s.id);
            return list;
        };
        SwitchOptions sw;
        sw.app = QStringLiteral("acme");
        sw.targetPlan = QStringLiteral("standard-2");
        PlanChangeOptions plan;
        plan.app = sw.app;
        plan.targetPlan = sw.targetPlan;
        CopyOptions copy;
        copy.app = sw.app;
        copy.targetPlan = sw.targetPlan;
        for (const QStringList &without : { ids(SwitchSteps::build(sw)), ids(PlanChange::build(plan)),
                                            ids(CopyToNewDatabase::build(copy)) })
            QVERIFY(!without.contains(QStringLiteral("capture-backup")));
        sw.backupFirst = plan.backupFirst = copy.backupFirst = true;
        for (const QStringList &with : { ids(SwitchSteps::build(SwitchOptions::fromJson(sw.toJson()))),
                                         ids(PlanChange::build(PlanChangeOptions::fromJson(plan.toJson()))),
                                         ids(CopyToNewDatabase::build(CopyOptions::fromJson(copy.toJson()))) }) {
            QCOMPARE(with.value(1), QStringLiteral("capture-backup"));
            QCOMPARE(with.value(2), QStringLiteral("wait-backup"));
        }
    }

    void behindByWithoutTheRowIsUnknown() { QCOMPARE(FollowerSteps::behindBy(DatabaseInfo()), qint64(-1)); }

    void followerRef()
    {
        FollowerSpec f;
        QCOMPARE(f.ref({}), QStringLiteral("FOLLOWER"));
        QCOMPARE(f.ref({ { QStringLiteral("follower_name"), QStringLiteral("postgresql-acme-12345") } }),
                 QStringLiteral("postgresql-acme-12345"));
        QCOMPARE(f.ref({ { QStringLiteral("follower_name"), QStringLiteral("postgresql-acme-12345") },
                         { QStringLiteral("follower_attachment"), QStringLiteral("HEROKU_POSTGRESQL_PURPLE") } }),
                 QStringLiteral("HEROKU_POSTGRESQL_PURPLE"));
    }

    void newNameIsAnAddonName()
    {
        const QString name = FollowerSteps::newName(QStringLiteral("Acme Storefront!"));
        QVERIFY2(QRegularExpression(QStringLiteral("^postgresql-acme-storefront-\\d{5}$")).match(name).hasMatch(),
                 qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestFollowerSteps)
#include "testfollowersteps.moc"

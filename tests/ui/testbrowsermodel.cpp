#include "ui/browser/browsermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using hpg::App;
using hpg::BrowserModel;

namespace {

App makeApp(const QString &name, const QString &team = {}, const QString &space = {})
{
    App app;
    app.id = name + QStringLiteral("-id");
    app.name = name;
    app.teamName = team;
    app.spaceName = space;
    app.spaceId = space.isEmpty() ? QString() : space + QStringLiteral("-id");
    app.region = QStringLiteral("us");
    return app;
}

hpg::Attachment attach(const QString &app, const QString &name, const QString &addon, const QString &plan,
                       const QString &ns = {})
{
    hpg::Attachment a;
    a.name = name;
    a.appName = app;
    a.addonId = addon + QStringLiteral("-id");
    a.addonName = addon;
    a.addonAppName = app;
    a.plan.name = QStringLiteral("heroku-postgresql:") + plan;
    a.nameSpace = ns;
    return a;
}

} // namespace

class TestBrowserModel : public QObject
{
    Q_OBJECT
private slots:
    void buildsGroupsSpacesAndApps()
    {
        BrowserModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApps({ makeApp(QStringLiteral("zeta")), makeApp(QStringLiteral("alpha")),
                        makeApp(QStringLiteral("billing"), QStringLiteral("acme")),
                        makeApp(QStringLiteral("secure"), QStringLiteral("acme"), QStringLiteral("vault")) },
                      { hpg::Team { QStringLiteral("t1"), QStringLiteral("acme"), QStringLiteral("admin") } },
                      { hpg::Space { QStringLiteral("s1"), QStringLiteral("vault"), QStringLiteral("acme"),
                                     QStringLiteral("virginia"), QStringLiteral("allocated"), true } });
        QCOMPARE(model.rowCount(), 2); // personal, acme
        const QModelIndex personal = model.index(0, 0);
        QCOMPARE(model.rowCount(personal), 2);
        QCOMPARE(model.index(0, 0, personal).data().toString(), QStringLiteral("alpha")); // sorted
        const QModelIndex acme = model.index(1, 0);
        QCOMPARE(acme.data().toString(), QStringLiteral("acme"));
        const QModelIndex vault = model.indexForKey(QStringLiteral("space:vault"));
        QVERIFY(vault.isValid());
        QCOMPARE(vault.parent(), acme);
        QVERIFY(vault.data().toString().contains(QStringLiteral("Shield")));
        const QModelIndex secure = model.indexForKey(QStringLiteral("app:secure"));
        QCOMPARE(secure.parent(), vault);
        QCOMPARE(secure.data(BrowserModel::AppNameRole).toString(), QStringLiteral("secure"));
        QVERIFY(model.hasChildren(secure)); // not loaded yet: expandable
    }

    void hidesAnEmptyPersonalGroup()
    {
        BrowserModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApps({ makeApp(QStringLiteral("billing"), QStringLiteral("acme")) }, {}, {});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("acme"));
        QVERIFY(!model.indexForKey(QStringLiteral("group:personal")).isValid());
        QCOMPARE(model.indexForKey(QStringLiteral("app:billing")).parent(), model.index(0, 0));
    }

    void expandingAsksForDatabasesOnce()
    {
        // No QAbstractItemModelTester here: it calls fetchMore() itself.
        BrowserModel model;
        model.setApps({ makeApp(QStringLiteral("shop")) }, {}, {});
        QSignalSpy wanted(&model, &BrowserModel::databasesWanted);
        const QModelIndex shop = model.indexForKey(QStringLiteral("app:shop"));
        QVERIFY(model.canFetchMore(shop));
        model.fetchMore(shop);
        QVERIFY(!model.canFetchMore(shop));
        model.fetchMore(shop);
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(wanted.at(0).at(0).toString(), QStringLiteral("shop"));
    }

    void followerSitsUnderItsLeader()
    {
        BrowserModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApps({ makeApp(QStringLiteral("shop")) }, {}, {});
        auto dbs = BrowserModel::databasesFrom(
            { attach(QStringLiteral("shop"), QStringLiteral("HEROKU_POSTGRESQL_GRAY"), QStringLiteral("pg-lead"),
                     QStringLiteral("standard-0")),
              attach(QStringLiteral("shop"), QStringLiteral("DATABASE"), QStringLiteral("pg-lead"),
                     QStringLiteral("standard-0")),
              attach(QStringLiteral("shop"), QStringLiteral("DATABASE_CONNECTION_POOL"), QStringLiteral("pg-lead"),
                     QStringLiteral("standard-0"), QStringLiteral("pool:default")),
              attach(QStringLiteral("shop"), QStringLiteral("HEROKU_POSTGRESQL_RED"), QStringLiteral("pg-follow"),
                     QStringLiteral("standard-0")),
              attach(QStringLiteral("shop"), QStringLiteral("HEROKU_POSTGRESQL_OLIVE"), QStringLiteral("pg-cheap"),
                     QStringLiteral("essential-0")) });
        QCOMPARE(dbs.size(), 3); // the pool attachment is not a database of its own
        QCOMPARE(dbs.at(0).attachmentNames,
                 (QStringList { QStringLiteral("DATABASE"), QStringLiteral("HEROKU_POSTGRESQL_GRAY") }));
        dbs[1].followingAddonId = QStringLiteral("pg-lead-id");
        model.setDatabases(QStringLiteral("shop"), dbs);

        const QModelIndex shop = model.indexForKey(QStringLiteral("app:shop"));
        QCOMPARE(model.rowCount(shop), 2);
        const QModelIndex leader = model.indexForKey(QStringLiteral("db:shop/pg-lead"));
        const QModelIndex follower = model.indexForKey(QStringLiteral("db:shop/pg-follow"));
        QCOMPARE(follower.parent(), leader);
        QVERIFY2(leader.data().toString().startsWith(QStringLiteral("DATABASE (GRAY) · ")),
                 qPrintable(leader.data().toString()));
        QCOMPARE(leader.data(BrowserModel::AttachmentNamesRole).toStringList(),
                 (QStringList { QStringLiteral("DATABASE"), QStringLiteral("HEROKU_POSTGRESQL_GRAY") }));
        QVERIFY(leader.data().toString().contains(QStringLiteral("standard-0")));
        QCOMPARE(model.indexForKey(QStringLiteral("db:shop/pg-cheap")).data(BrowserModel::TierRole).toInt(),
                 int(hpg::Plan::Tier::Essential));
        QVERIFY(!leader.data(Qt::DecorationRole).isNull());
        QCOMPARE(follower.data(BrowserModel::AppNameRole).toString(), QStringLiteral("shop"));

        // Reloading replaces, it does not append.
        model.setDatabases(QStringLiteral("shop"), {});
        QCOMPARE(model.rowCount(shop), 1);
        QCOMPARE(model.index(0, 0, shop).data(BrowserModel::KindRole).toInt(), int(BrowserModel::Kind::Placeholder));
        QVERIFY(!model.indexForKey(QStringLiteral("db:shop/pg-lead")).isValid());
    }

    void filtersTwoThousandApps()
    {
        BrowserModel model;
        QList<App> apps;
        for (int i = 0; i < 2000; ++i)
            apps.append(makeApp(QStringLiteral("app-%1").arg(i, 4, 10, QLatin1Char('0')),
                                i % 2 ? QStringLiteral("team-%1").arg(i % 7) : QString()));
        model.setApps(apps, {}, {});
        QCOMPARE(model.appCount(), 2000);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setFilterRole(BrowserModel::SearchTextRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(QStringLiteral("APP-1234"));
        QCOMPARE(proxy.rowCount(), 1); // only the group holding it
        const QModelIndex group = proxy.index(0, 0);
        QCOMPARE(proxy.rowCount(group), 1);
        QCOMPARE(proxy.index(0, 0, group).data().toString(), QStringLiteral("app-1234"));
    }
};

QTEST_MAIN(TestBrowserModel)
#include "testbrowsermodel.moc"

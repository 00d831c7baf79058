#pragma once

// What a follower switch of acme-storefront must leave behind, shared by the follower switch
// tests: DATABASE_URL points at the new database, it is writable, every row of the old primary
// is in it, the formation and Connect are as before, pools and the other app are attached to
// it, and the old primary still exists. (Test code: QVERIFY returns from the helper only; the
// caller checks QTest::currentTestFailed() when it goes on.) And what a Private Space
// migration must leave behind.

#include "core/heroku/attachment.h"
#include "core/runbooks/followerswitch.h"
#include "core/runbooks/journal.h"
#include "switchfixture.h"

class SwitchVerify
{
public:
    static inline const QString kApp = QStringLiteral("acme-storefront");
    static inline const QString kOtherApp = QStringLiteral("acme-blog");

    struct Before
    {
        QString addonName;
        QString url;
        QHash<QString, int> formation;
    };

    explicit SwitchVerify(SwitchFixture &fixture)
        : m_f(fixture)
    { }

    // A pool with another name and another app attached to the primary, as in production.
    void attachPoolAndOtherApp()
    {
        QVERIFY(SwitchFixture::wait(m_f.data->attachConnectionPool(QStringLiteral("postgresql-acme-primary"), kApp,
                                                                   QStringLiteral("REPORTING_POOL")))
                    .ok());
        QVERIFY(SwitchFixture::wait(m_f.platform->attach(QStringLiteral("postgresql-acme-primary"), kOtherApp,
                                                         QStringLiteral("STOREFRONT_DB"), {}, {}))
                    .ok());
    }

    Before before()
    {
        Before b;
        const auto resolved = SwitchFixture::wait(m_f.platform->resolveAttachment(kApp, QStringLiteral("DATABASE")));
        for (const hpg::Attachment &a : hpg::Attachment::listFromJson(resolved.array())) {
            if (a.nameSpace.isEmpty())
                b.addonName = a.addonName;
        }
        b.url = m_f.configVars(kApp).value(QStringLiteral("DATABASE_URL"));
        b.formation = m_f.formation(kApp);
        return b;
    }

    // `seqAtMaintenance`: the newest dyno row in the old primary when maintenance mode was on.
    void verifySwitched(const Before &old, const hpg::Journal &journal, qint64 seqAtMaintenance)
    {
        QCOMPARE(journal.status(), hpg::Journal::Status::Finished);
        const QString follower = journal.value(QStringLiteral("follower_name")).toString();
        const QString attachment = journal.value(QStringLiteral("follower_attachment")).toString();
        QVERIFY(!follower.isEmpty());
        QVERIFY(!attachment.isEmpty());

        // DATABASE_URL points at the new database.
        const auto vars = m_f.configVars(kApp);
        const QString newUrl = vars.value(QStringLiteral("DATABASE_URL"));
        QCOMPARE(newUrl, vars.value(attachment + QStringLiteral("_URL")));
        QVERIFY(newUrl != old.url);

        // It is writable.
        const auto writable = sql(newUrl,
                                  QStringLiteral("CREATE TABLE IF NOT EXISTS switch_check (x int); "
                                                 "INSERT INTO switch_check VALUES (1); "
                                                 "SELECT pg_is_in_recovery()"));
        QVERIFY2(writable.ok, qPrintable(writable.error));
        QCOMPARE(writable.value(), QStringLiteral("f"));

        // Every row the dynos and Connect wrote to the old primary is in the new database.
        const auto oldRows = sql(old.url,
                                 QStringLiteral("SELECT count(*), coalesce(max(seq), 0), coalesce(sum(seq), 0) "
                                                "FROM sandbox_dyno_writes"));
        QVERIFY2(oldRows.ok, qPrintable(oldRows.error));
        const QString oldMax = oldRows.value(0, 1);
        QVERIFY(oldRows.value(0, 0).toLongLong() > 0);
        QVERIFY(seqAtMaintenance > 0);
        QVERIFY(seqAtMaintenance <= oldMax.toLongLong());
        const auto newRows = sql(newUrl,
                                 QStringLiteral("SELECT count(*), coalesce(sum(seq), 0) FROM "
                                                "sandbox_dyno_writes WHERE seq <= %1")
                                     .arg(oldMax));
        QCOMPARE(newRows.value(0, 0), oldRows.value(0, 0));
        QCOMPARE(newRows.value(0, 1), oldRows.value(0, 2));
        const auto oldConnect
            = sql(old.url, QStringLiteral("SELECT count(*), coalesce(max(sfid), '') FROM salesforce.account"));
        QVERIFY2(oldConnect.ok, qPrintable(oldConnect.error));
        QVERIFY(oldConnect.value(0, 0).toLongLong() > 0);
        const auto newConnect = sql(
            newUrl,
            QStringLiteral("SELECT count(*) FROM salesforce.account WHERE sfid <= '%1'").arg(oldConnect.value(0, 1)));
        QCOMPARE(newConnect.value(), oldConnect.value(0, 0));

        // The formation is as before, and the dynos write into the new database.
        QCOMPARE(m_f.formation(kApp), old.formation);
        const qint64 newMax
            = sql(newUrl, QStringLiteral("SELECT max(seq) FROM sandbox_dyno_writes")).value().toLongLong();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return sql(newUrl, QStringLiteral("SELECT max(seq) FROM sandbox_dyno_writes")).value().toLongLong()
                    > newMax;
            },
            20000));

        // Connect runs again, on the new database.
        const QString state = m_f.connectState(kApp);
        QVERIFY2(state == QLatin1String("IDLE") || state == QLatin1String("POLLING_DB_CHANGES"), qPrintable(state));

        // Pools and the other app are attached to the new primary.
        QSet<QString> links;
        for (const hpg::Attachment &a : m_f.attachmentsOf(follower))
            links.insert(a.appName + QLatin1Char('/') + a.name + QLatin1Char('/') + a.nameSpace);
        QVERIFY(links.contains(kApp + QStringLiteral("/DATABASE/")));
        QVERIFY(links.contains(kApp + QStringLiteral("/DATABASE_CONNECTION_POOL/connection-pooling:default")));
        QVERIFY(links.contains(kApp + QStringLiteral("/REPORTING_POOL/connection-pooling:default")));
        QVERIFY(links.contains(kOtherApp + QStringLiteral("/STOREFRONT_DB/")));
        QCOMPARE(m_f.configVars(kOtherApp).value(QStringLiteral("STOREFRONT_DB_URL")), newUrl);

        // Maintenance mode is off; the old primary still exists and still answers.
        QVERIFY(!SwitchFixture::wait(m_f.platform->app(kApp)).object().value(QStringLiteral("maintenance")).toBool());
        const auto oldAddon = SwitchFixture::wait(m_f.platform->addon(old.addonName));
        QVERIFY(oldAddon.ok());
        QCOMPARE(oldAddon.object().value(QStringLiteral("state")).toString(), QStringLiteral("provisioned"));
        QVERIFY(sql(old.url, QStringLiteral("SELECT 1")).ok);

        // No action took effect twice: by the journal, and by the releases Heroku records.
        for (const auto &step : journal.steps())
            QVERIFY2(step.actionsSucceeded <= 1, qPrintable(step.id));
        const QStringList releases = m_f.releases(kApp);
        QCOMPARE(releases.filter(QStringLiteral("Attach DATABASE (@ref:%1)").arg(follower)).size(), 1);
        QCOMPARE(releases.filter(QStringLiteral("Attach REPORTING_POOL (@ref:%1)").arg(follower)).size(), 1);
        QCOMPARE(releases.filter(QStringLiteral("Attach DATABASE_CONNECTION_POOL (@ref:%1)").arg(follower)).size(), 1);
        QCOMPARE(m_f.releases(kOtherApp).filter(QStringLiteral("Attach STOREFRONT_DB (@ref:%1)").arg(follower)).size(),
                 1);
        int created = 0;
        for (const QJsonValue &addon : SwitchFixture::wait(m_f.platform->addons(kApp)).array())
            created += addon[QStringLiteral("name")].toString() == follower;
        QCOMPARE(created, 1);

        const qint64 downtime = hpg::FollowerSwitch::downtimeMs(journal);
        QVERIFY(downtime > 0);
        qInfo("switch to %s: downtime %lld ms", qPrintable(follower), downtime);
    }

    // What a Private Space migration of acme-storefront into `spaceApp` must leave behind.
    void verifyMigrated(const Before &old, const hpg::Journal &journal, const QString &spaceApp,
                        qint64 seqAtMaintenance)
    {
        const qint64 seq = seqAtMaintenance;
        QCOMPARE(journal.status(), hpg::Journal::Status::Finished);
        QCOMPARE(journal.kind(), QStringLiteral("private-space-migration"));
        const QString follower = journal.value(QStringLiteral("follower_name")).toString();

        // The new database is DATABASE_URL of the app in the space, writable, with every row.
        const auto created = SwitchFixture::wait(m_f.platform->addon(follower));
        QCOMPARE(created.object()[QStringLiteral("app")][QStringLiteral("name")].toString(), spaceApp);
        const auto vars = m_f.configVars(spaceApp);
        const QString newUrl = vars.value(QStringLiteral("DATABASE_URL"));
        QVERIFY(!newUrl.isEmpty());
        QVERIFY(newUrl != old.url);
        bool isFollowerUrl = false;
        for (const hpg::Attachment &a : m_f.attachmentsOf(follower))
            isFollowerUrl
                = isFollowerUrl || (a.appName == spaceApp && vars.value(a.name + QStringLiteral("_URL")) == newUrl);
        QVERIFY(isFollowerUrl);
        const auto writable = sql(newUrl,
                                  QStringLiteral("CREATE TABLE IF NOT EXISTS switch_check (x int); INSERT INTO "
                                                 "switch_check VALUES (2); SELECT pg_is_in_recovery()"));
        QVERIFY2(writable.ok, qPrintable(writable.error));
        QCOMPARE(writable.value(), QStringLiteral("f"));
        const auto oldRows
            = sql(old.url, QStringLiteral("SELECT count(*), max(seq), sum(seq) FROM sandbox_dyno_writes"));
        const auto newRows = sql(newUrl,
                                 QStringLiteral("SELECT count(*), sum(seq) FROM sandbox_dyno_writes WHERE seq <= %1")
                                     .arg(oldRows.value(0, 1)));
        QCOMPARE(newRows.value(0, 0), oldRows.value(0, 0));
        QCOMPARE(newRows.value(0, 1), oldRows.value(0, 2));
        QVERIFY(seq > 0 && seq <= oldRows.value(0, 1).toLongLong());

        // The source app stays in maintenance mode with no dynos (its DATABASE_URL is the old
        // database), and its Connect stays paused; the old database still exists.
        QVERIFY(SwitchFixture::wait(m_f.platform->app(kApp)).object().value(QStringLiteral("maintenance")).toBool());
        for (int quantity : m_f.formation(kApp))
            QCOMPARE(quantity, 0);
        QCOMPARE(m_f.connectState(kApp), QStringLiteral("PAUSED"));
        QVERIFY(SwitchFixture::wait(m_f.platform->addon(old.addonName)).ok());
        for (const auto &step : journal.steps())
            QVERIFY2(step.actionsSucceeded <= 1, qPrintable(step.id));
        for (const char *id : { "reattach", "restore-formation", "maintenance-off", "resume-connect" })
            QVERIFY2(!journal.step(QLatin1String(id)), id); // not part of a migration
        QVERIFY(hpg::FollowerSwitch::downtimeMs(journal) > 0);
        QVERIFY(hpg::FollowerSwitch::summary(journal)
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("stays in maintenance mode")));
    }

private:
    SwitchFixture &m_f;
};

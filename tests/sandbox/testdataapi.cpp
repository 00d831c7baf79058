#include "apiclient.h"
#include "pgclient.h"
#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QTest>

// The /client/v11 data API against real clusters: pg:info rows, a real follower that
// catches up, unfollow (real promotion), promote moving DATABASE_URL, pg:copy, killall, reset.
class TestDataApi : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;
    QString m_follower; // add-on name of the follower made in followerCatchesUp

    QJsonObject info(const QString &db)
    {
        const ApiReply reply = m_api->get(QStringLiteral("/client/v11/databases/") + db);
        return reply.status == 200 ? reply.object() : QJsonObject();
    }
    static QJsonObject row(const QJsonObject &info, const QString &name)
    {
        for (const auto &value : info.value(QLatin1String("info")).toArray()) {
            if (value.toObject().value(QLatin1String("name")).toString() == name)
                return value.toObject();
        }
        return {};
    }
    static QString rowValue(const QJsonObject &info, const QString &name)
    {
        return row(info, name).value(QLatin1String("values")).toArray().at(0).toString();
    }
    QString configVar(const QString &app, const QString &name)
    {
        return m_api->get(QStringLiteral("/apps/%1/config-vars").arg(app)).object().value(name).toString();
    }
    bool waitProvisioned(const QString &app, const QString &addon)
    {
        QDeadlineTimer deadline(120000);
        while (!deadline.hasExpired()) {
            const QString state = m_api->get(QStringLiteral("/apps/%1/addons/%2").arg(app, addon))
                                      .object()
                                      .value(QLatin1String("state"))
                                      .toString();
            if (state == QLatin1String("provisioned"))
                return true;
            if (state != QLatin1String("provisioning"))
                return false;
            QTest::qWait(300);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        const QString seed
            = qEnvironmentVariable("HPG_SOURCE_DIR") + QStringLiteral("/tests/sandbox/seeds/databases.json");
        QVERIFY2(m_sandbox.start({ QStringLiteral("--seed"), seed }), qPrintable(m_sandbox.output()));
        m_api = std::make_unique<ApiClient>(m_sandbox.url(), m_sandbox.token());
    }

    void infoRowsComeFromTheLiveCluster()
    {
        const QJsonObject shop = info(QStringLiteral("pg-shop"));
        QVERIFY(!shop.isEmpty());
        QCOMPARE(rowValue(shop, QStringLiteral("Plan")), QStringLiteral("Standard 0"));
        QCOMPARE(rowValue(shop, QStringLiteral("Status")), QStringLiteral("Available"));
        QCOMPARE(rowValue(shop, QStringLiteral("Tables")), QStringLiteral("1"));
        QVERIFY(rowValue(shop, QStringLiteral("PG Version")).startsWith(QLatin1String("15.")));
        QVERIFY(rowValue(shop, QStringLiteral("Connections")).endsWith(QLatin1String("/120")));
        QVERIFY(rowValue(shop, QStringLiteral("Data Size")).contains(QLatin1String("MB")));
        QCOMPARE(rowValue(shop, QStringLiteral("Fork/Follow")), QStringLiteral("Available"));
        QVERIFY(rowValue(shop, QStringLiteral("Maintenance")).contains(QLatin1String("required by")));
        QVERIFY(!rowValue(shop, QStringLiteral("Maintenance window")).isEmpty());
        QCOMPARE(shop.value(QLatin1String("resource_url")).toString(),
                 configVar(QStringLiteral("shop"), QStringLiteral("DATABASE_URL")));
        QVERIFY(shop.value(QLatin1String("following")).isNull());

        // A live number: one more table shows up at once.
        const QString url = configVar(QStringLiteral("shop"), QStringLiteral("DATABASE_URL"));
        QVERIFY(pgExec(url, QStringLiteral("CREATE TABLE extra (id int)")).ok);
        QCOMPARE(rowValue(info(QStringLiteral("pg-shop")), QStringLiteral("Tables")), QStringLiteral("2"));
        QVERIFY(pgExec(url, QStringLiteral("DROP TABLE extra")).ok);

        const QString id = m_api->get(QStringLiteral("/addons/pg-blog")).object().value(QLatin1String("id")).toString();
        const QJsonObject blog = info(id);
        QCOMPARE(rowValue(blog, QStringLiteral("Plan")), QStringLiteral("Essential 0"));
        QCOMPARE(rowValue(blog, QStringLiteral("Tables")), QStringLiteral("1/4000"));
        QCOMPARE(rowValue(blog, QStringLiteral("Fork/Follow")), QStringLiteral("Unsupported"));
        QVERIFY(rowValue(blog, QStringLiteral("Connections")).endsWith(QLatin1String("/20")));

        const ApiReply missing = m_api->get(QStringLiteral("/client/v11/databases/nope"));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.object().contains(QLatin1String("message")));
    }

    void essentialCannotFollow()
    {
        ApiReply reply
            = m_api->post(QStringLiteral("/apps/blog/addons"),
                          { { QStringLiteral("plan"), QStringLiteral("heroku-postgresql:standard-0") },
                            { QStringLiteral("config"),
                              QJsonObject { { QStringLiteral("follow"), QStringLiteral("DATABASE_URL") } } } });
        QCOMPARE(reply.status, 422);
        reply = m_api->post(QStringLiteral("/apps/shop/addons"),
                            { { QStringLiteral("plan"), QStringLiteral("heroku-postgresql:essential-1") },
                              { QStringLiteral("config"),
                                QJsonObject { { QStringLiteral("follow"), QStringLiteral("DATABASE_URL") } } } });
        QCOMPARE(reply.status, 422);
    }

    void followerCatchesUpAndUnfollows()
    {
        const ApiReply created = m_api->post(
            QStringLiteral("/apps/shop/addons"),
            { { QStringLiteral("plan"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("heroku-postgresql:standard-0") } } },
              { QStringLiteral("config"),
                QJsonObject { { QStringLiteral("follow"), QStringLiteral("DATABASE_URL") } } } },
            { { "Accept-Expansion", "plan" } });
        QCOMPARE(created.status, 201);
        QCOMPARE(created.object().value(QLatin1String("state")).toString(), QStringLiteral("provisioning"));
        QVERIFY(created.object().value(QLatin1String("plan")).toObject().contains(QLatin1String("price")));
        m_follower = created.object().value(QLatin1String("name")).toString();
        const QString id = created.object().value(QLatin1String("id")).toString();
        // While provisioning: a 404 without a message, so that the CLI says "not provisioned yet".
        ApiReply early = m_api->get(QStringLiteral("/client/v11/databases/") + id);
        if (early.status == 404)
            QVERIFY(!early.object().contains(QLatin1String("message")));
        QVERIFY(waitProvisioned(QStringLiteral("shop"), m_follower));

        const QJsonObject attachment
            = m_api->get(QStringLiteral("/addons/%1/addon-attachments").arg(m_follower)).array().at(0).toObject();
        const QString followerVar = attachment.value(QLatin1String("name")).toString() + QStringLiteral("_URL");
        QVERIFY(followerVar.startsWith(QLatin1String("HEROKU_POSTGRESQL_")));
        const QString followerUrl = configVar(QStringLiteral("shop"), followerVar);
        const QString leaderUrl = configVar(QStringLiteral("shop"), QStringLiteral("DATABASE_URL"));
        QVERIFY(!followerUrl.isEmpty());
        QVERIFY(followerUrl != leaderUrl);

        QJsonObject followerInfo = info(id);
        const QJsonObject following = row(followerInfo, QStringLiteral("Following"));
        QCOMPARE(following.value(QLatin1String("resolve_db_name")).toBool(), true);
        QVERIFY(leaderUrl.endsWith(following.value(QLatin1String("values"))
                                       .toArray()
                                       .at(0)
                                       .toString()
                                       .section(QLatin1Char('@'), -1)
                                       .section(QLatin1Char('/'), -1)));
        QVERIFY(!row(followerInfo, QStringLiteral("Behind By")).isEmpty());
        QVERIFY(!followerInfo.value(QLatin1String("following")).toString().isEmpty());
        QCOMPARE(followerInfo.value(QLatin1String("leader")).toString(), QStringLiteral("pg-shop"));
        QVERIFY(!row(info(QStringLiteral("pg-shop")), QStringLiteral("Followers")).isEmpty());
        QCOMPARE(m_api->get(QStringLiteral("/client/v11/databases/%1/wait_status").arg(id))
                     .object()
                     .value(QLatin1String("waiting?"))
                     .toBool(),
                 false);

        // A real replica: rows written on the leader arrive; writes on the follower fail.
        QVERIFY(pgExec(leaderUrl,
                       QStringLiteral("INSERT INTO items (label) SELECT 'late ' || g FROM generate_series(1, 50) g"))
                    .ok);
        QTRY_COMPARE_WITH_TIMEOUT(pgExec(followerUrl, QStringLiteral("SELECT count(*) FROM items")).value(),
                                  QStringLiteral("150"), 30000);
        QCOMPARE(pgExec(followerUrl, QStringLiteral("SELECT pg_is_in_recovery()")).value(), QStringLiteral("t"));
        QVERIFY(!pgExec(followerUrl, QStringLiteral("INSERT INTO items (label) VALUES ('no')")).ok);

        // The slow-follower fault: replay waits, then catches up.
        QCOMPARE(
            m_api->post(QStringLiteral("/_sandbox/faults"), { { QStringLiteral("slow_follower_ms"), 4000 } }).status,
            200);
        QTest::qWait(1000);
        QVERIFY(pgExec(leaderUrl, QStringLiteral("INSERT INTO items (label) VALUES ('slow')")).ok);
        QTest::qWait(1500);
        QCOMPARE(pgExec(followerUrl, QStringLiteral("SELECT count(*) FROM items WHERE label = 'slow'")).value(),
                 QStringLiteral("0"));
        QTRY_COMPARE_WITH_TIMEOUT(
            pgExec(followerUrl, QStringLiteral("SELECT count(*) FROM items WHERE label = 'slow'")).value(),
            QStringLiteral("1"), 15000);
        QCOMPARE(m_api->post(QStringLiteral("/_sandbox/faults"), { { QStringLiteral("slow_follower_ms"), 0 } }).status,
                 200);

        const ApiReply notFollower = m_api->put(QStringLiteral("/client/v11/databases/pg-shop/unfollow"));
        QCOMPARE(notFollower.status, 422);
        const ApiReply unfollowed = m_api->put(QStringLiteral("/client/v11/databases/%1/unfollow").arg(id));
        QCOMPARE(unfollowed.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(pgExec(followerUrl, QStringLiteral("SELECT pg_is_in_recovery()")).value(),
                                  QStringLiteral("f"), 30000);
        QVERIFY(pgExec(followerUrl, QStringLiteral("INSERT INTO items (label) VALUES ('writable')")).ok);
        followerInfo = info(id);
        QVERIFY(followerInfo.value(QLatin1String("following")).isNull());
        QVERIFY(row(followerInfo, QStringLiteral("Following")).isEmpty());
    }

    void promoteMovesDatabaseUrl()
    {
        QVERIFY(!m_follower.isEmpty());
        const QString oldUrl = configVar(QStringLiteral("shop"), QStringLiteral("DATABASE_URL"));
        const QJsonObject body { { QStringLiteral("addon"), QJsonObject { { QStringLiteral("name"), m_follower } } },
                                 { QStringLiteral("app"),
                                   QJsonObject { { QStringLiteral("name"), QStringLiteral("shop") } } },
                                 { QStringLiteral("name"), QStringLiteral("DATABASE") },
                                 { QStringLiteral("namespace"), QJsonValue::Null } };
        ApiReply reply = m_api->post(QStringLiteral("/addon-attachments"), body);
        QCOMPARE(reply.status, 423);
        QCOMPARE(reply.object().value(QLatin1String("id")).toString(), QStringLiteral("confirmation_required"));
        QJsonObject confirmed = body;
        confirmed.insert(QStringLiteral("confirm"), QStringLiteral("shop"));
        reply = m_api->post(QStringLiteral("/addon-attachments"), confirmed);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object().value(QLatin1String("name")).toString(), QStringLiteral("DATABASE"));

        const QJsonObject vars = m_api->get(QStringLiteral("/apps/shop/config-vars")).object();
        const QString newUrl = vars.value(QLatin1String("DATABASE_URL")).toString();
        QVERIFY(newUrl != oldUrl);
        QCOMPARE(vars.value(QLatin1String("HEROKU_POSTGRESQL_GRAY_URL")).toString(), oldUrl);
        QCOMPARE(pgExec(newUrl, QStringLiteral("SELECT count(*) FROM items WHERE label = 'writable'")).value(),
                 QStringLiteral("1"));
        const QJsonArray releases
            = m_api->get(QStringLiteral("/apps/shop/releases"), { { "Range", "version ..; max=5, order=desc" } })
                  .array();
        QStringList descriptions;
        for (const auto &release : releases)
            descriptions.append(release.toObject().value(QLatin1String("description")).toString());
        QVERIFY(descriptions.join(QLatin1Char('|')).contains(QLatin1String("Attach DATABASE")));
        QVERIFY(descriptions.join(QLatin1Char('|')).contains(QLatin1String("Detach DATABASE")));
    }

    void copyCopiesEveryRow()
    {
        const ApiReply created
            = m_api->post(QStringLiteral("/apps/shop/addons"),
                          { { QStringLiteral("plan"), QStringLiteral("heroku-postgresql:standard-0") },
                            { QStringLiteral("attachment"),
                              QJsonObject { { QStringLiteral("name"), QStringLiteral("COPY_TARGET") } } } });
        QCOMPARE(created.status, 201);
        const QString target = created.object().value(QLatin1String("name")).toString();
        const QString targetId = created.object().value(QLatin1String("id")).toString();
        QVERIFY(waitProvisioned(QStringLiteral("shop"), target));
        const QString fromUrl = configVar(QStringLiteral("shop"), QStringLiteral("HEROKU_POSTGRESQL_GRAY_URL"));
        const QString toUrl = configVar(QStringLiteral("shop"), QStringLiteral("COPY_TARGET_URL"));
        const ApiReply started = m_api->post(QStringLiteral("/client/v11/databases/%1/transfers").arg(targetId),
                                             { { QStringLiteral("from_name"), QStringLiteral("GRAY") },
                                               { QStringLiteral("from_url"), fromUrl },
                                               { QStringLiteral("to_name"), QStringLiteral("COPY_TARGET") },
                                               { QStringLiteral("to_url"), toUrl } });
        QCOMPARE(started.status, 201);
        const QString uuid = started.object().value(QLatin1String("uuid")).toString();
        QJsonObject transfer;
        QTRY_VERIFY_WITH_TIMEOUT(
            (transfer
             = m_api->get(QStringLiteral("/client/v11/apps/shop/transfers/%1?verbose=true").arg(uuid)).object())
                .value(QLatin1String("finished_at"))
                .isString(),
            60000);
        QCOMPARE(transfer.value(QLatin1String("succeeded")).toBool(), true);
        QVERIFY(transfer.value(QLatin1String("processed_bytes")).toDouble() > 0);
        QVERIFY(!transfer.value(QLatin1String("logs")).toArray().isEmpty());
        QCOMPARE(pgExec(toUrl, QStringLiteral("SELECT count(*) FROM items")).value(),
                 pgExec(fromUrl, QStringLiteral("SELECT count(*) FROM items")).value());
        QCOMPARE(m_api->get(QStringLiteral("/client/v11/apps/shop/transfers")).array().size(), 1);
    }

    void killallAndReset()
    {
        const QString url = configVar(QStringLiteral("blog"), QStringLiteral("DATABASE_URL"));
        PgSessionHandle session(url);
        QVERIFY(session.connected());
        QVERIFY(session.exec(QStringLiteral("SELECT 1")));
        QCOMPARE(m_api->post(QStringLiteral("/client/v11/databases/pg-blog/connection_reset")).status, 200);
        QVERIFY(!session.exec(QStringLiteral("SELECT 1")));

        QCOMPARE(m_api->put(QStringLiteral("/client/v11/databases/pg-blog/reset"), {}).status, 200);
        QVERIFY(!pgExec(url, QStringLiteral("SELECT count(*) FROM posts")).ok);
        QCOMPARE(rowValue(info(QStringLiteral("pg-blog")), QStringLiteral("Tables")), QStringLiteral("0/4000"));
    }

    void poolingAttachesOnlyAboveEssential()
    {
        ApiReply reply = m_api->post(QStringLiteral("/client/v11/databases/pg-blog/connection-pooling"),
                                     { { QStringLiteral("app"), QStringLiteral("blog") },
                                       { QStringLiteral("credential"), QStringLiteral("default") } });
        QCOMPARE(reply.status, 422);
        reply = m_api->post(QStringLiteral("/client/v11/databases/pg-shop/connection-pooling"),
                            { { QStringLiteral("app"), QStringLiteral("shop") },
                              { QStringLiteral("credential"), QStringLiteral("default") } });
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object().value(QLatin1String("name")).toString(), QStringLiteral("DATABASE_CONNECTION_POOL"));
        QCOMPARE(reply.object().value(QLatin1String("namespace")).toString(),
                 QStringLiteral("connection-pooling:default"));
        QVERIFY(!configVar(QStringLiteral("shop"), QStringLiteral("DATABASE_CONNECTION_POOL_URL")).isEmpty());

        // pg:promote's "Reattaching pooler to new leader" moves the pool without leaving an alias behind.
        reply = m_api->post(
            QStringLiteral("/addon-attachments"),
            { { QStringLiteral("addon"), QJsonObject { { QStringLiteral("name"), m_follower } } },
              { QStringLiteral("app"), QJsonObject { { QStringLiteral("name"), QStringLiteral("shop") } } },
              { QStringLiteral("confirm"), QStringLiteral("shop") },
              { QStringLiteral("name"), QStringLiteral("DATABASE_CONNECTION_POOL") },
              { QStringLiteral("namespace"), QStringLiteral("connection-pooling:default") } });
        QCOMPARE(reply.status, 201);
        int pools = 0;
        for (const auto &a : m_api->get(QStringLiteral("/apps/shop/addon-attachments")).array())
            pools += a.toObject().value(QLatin1String("namespace")).toString()
                == QLatin1String("connection-pooling:default");
        QCOMPARE(pools, 1);
        // The pool is its own endpoint (the same server, named localhost), never DATABASE_URL itself.
        QCOMPARE(configVar(QStringLiteral("shop"), QStringLiteral("DATABASE_CONNECTION_POOL_URL")),
                 configVar(QStringLiteral("shop"), QStringLiteral("DATABASE_URL"))
                     .replace(QStringLiteral("@127.0.0.1:"), QStringLiteral("@localhost:")));
    }
};

QTEST_GUILESS_MAIN(TestDataApi)
#include "testdataapi.moc"

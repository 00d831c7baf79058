#include "apiclient.h"
#include "pgclient.h"
#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QTest>

// Add-ons, attachments, resolvers, plan changes, credentials and maintenances against real clusters.
class TestAddonsApi : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;

    QString configVar(const QString &app, const QString &name)
    {
        return m_api->get(QStringLiteral("/apps/%1/config-vars").arg(app)).object().value(name).toString();
    }
    QStringList resolveAttachments(const QString &name, const QString &app)
    {
        const ApiReply reply
            = m_api->post(QStringLiteral("/actions/addon-attachments/resolve"),
                          { { QStringLiteral("addon_attachment"), name }, { QStringLiteral("app"), app } },
                          { { "Accept-Inclusion", "addon:plan,config_vars" } });
        QStringList names;
        for (const auto &a : reply.array())
            names.append(a.toObject().value(QLatin1String("addon")).toObject().value(QLatin1String("name")).toString());
        return names;
    }
    // A string field of the object at `path`.
    QString field(const QString &path, const char *key)
    {
        return m_api->get(path).object().value(QLatin1String(key)).toString();
    }
    QString maintenanceStatus(const QString &addon)
    {
        return field(QStringLiteral("/data/maintenances/v1/") + addon, "status");
    }
    QString planOf(const QString &addon)
    {
        return m_api->get(QStringLiteral("/addons/") + addon)
            .object()
            .value(QLatin1String("plan"))
            .toObject()
            .value(QLatin1String("name"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        const QString seed
            = qEnvironmentVariable("HPG_SOURCE_DIR") + QStringLiteral("/tests/sandbox/seeds/databases.json");
        QVERIFY2(m_sandbox.start({ QStringLiteral("--seed"), seed }), qPrintable(m_sandbox.output()));
        m_api = std::make_unique<ApiClient>(m_sandbox.url(), m_sandbox.token());
        QCOMPARE(m_api
                     ->post(QStringLiteral("/_sandbox/timing"),
                            { { QStringLiteral("maintenance_preparing_seconds"), 1 },
                              { QStringLiteral("maintenance_run_seconds"), 1 } })
                     .status,
                 200);
    }

    void resolversAcceptEveryNameForm()
    {
        const QStringList forms = { QStringLiteral("DATABASE"),
                                    QStringLiteral("database_url"),
                                    QStringLiteral("HEROKU_POSTGRESQL_GRAY"),
                                    QStringLiteral("heroku_postgresql_gray_url"),
                                    QStringLiteral("gray"),
                                    QStringLiteral("Gray"),
                                    QStringLiteral("pg-shop"),
                                    QStringLiteral("shop::DATABASE") };
        for (const QString &form : forms) {
            const QStringList found
                = resolveAttachments(form, form.contains(QLatin1String("::")) ? QString() : QStringLiteral("shop"));
            QVERIFY2(!found.isEmpty(), qPrintable(form));
            for (const QString &name : found)
                QCOMPARE(name, QStringLiteral("pg-shop"));
        }
        const QString id = field(QStringLiteral("/addons/pg-shop"), "id");
        QCOMPARE(resolveAttachments(id, QStringLiteral("shop")).value(0), QStringLiteral("pg-shop"));

        ApiReply reply = m_api->post(QStringLiteral("/actions/addon-attachments/resolve"),
                                     { { QStringLiteral("addon_attachment"), QStringLiteral("DATABASE") },
                                       { QStringLiteral("app"), QStringLiteral("shop") } },
                                     { { "Accept-Inclusion", "addon:plan,config_vars" } });
        const QJsonObject attachment = reply.array().at(0).toObject();
        QCOMPARE(attachment.value(QLatin1String("addon"))
                     .toObject()
                     .value(QLatin1String("plan"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("heroku-postgresql:standard-0"));
        QCOMPARE(attachment.value(QLatin1String("config_vars")).toArray().at(0).toString(),
                 QStringLiteral("DATABASE_URL"));
        reply = m_api->post(QStringLiteral("/actions/addon-attachments/resolve"),
                            { { QStringLiteral("addon_attachment"), QStringLiteral("DATABASE") },
                              { QStringLiteral("app"), QStringLiteral("shop") } });
        QVERIFY(
            !reply.array().at(0).toObject().value(QLatin1String("addon")).toObject().contains(QLatin1String("plan")));

        reply = m_api->post(QStringLiteral("/actions/addon-attachments/resolve"),
                            { { QStringLiteral("addon_attachment"), QStringLiteral("PURPLE") },
                              { QStringLiteral("app"), QStringLiteral("shop") } });
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.object().value(QLatin1String("id")).toString(), QStringLiteral("not_found"));
        QVERIFY(reply.object().contains(QLatin1String("message")));
        QVERIFY(!reply.object().value(QLatin1String("resource")).toString().isEmpty());

        reply = m_api->post(QStringLiteral("/actions/addons/resolve"),
                            { { QStringLiteral("addon"), QStringLiteral("database") },
                              { QStringLiteral("app"), QStringLiteral("blog") } },
                            { { "Accept-Expansion", "addon_service,plan" } });
        QCOMPARE(reply.status, 200);
        const QJsonObject addon = reply.array().at(0).toObject();
        QCOMPARE(addon.value(QLatin1String("name")).toString(), QStringLiteral("pg-blog"));
        QCOMPARE(addon.value(QLatin1String("addon_service")).toObject().value(QLatin1String("human_name")).toString(),
                 QStringLiteral("Heroku Postgres"));
        QVERIFY(addon.value(QLatin1String("plan")).toObject().contains(QLatin1String("price")));
        reply = m_api->post(QStringLiteral("/actions/addons/resolve"),
                            { { QStringLiteral("addon"), QStringLiteral("blog::DATABASE") } });
        QCOMPARE(reply.array().at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("pg-blog"));
        reply = m_api->post(QStringLiteral("/actions/addons/resolve"),
                            { { QStringLiteral("addon"), QStringLiteral("nothing") } });
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.object().value(QLatin1String("resource")).toString(), QStringLiteral("add_on"));
    }

    void createInSpaceNeedsConfirmationAndGetsColours()
    {
        ApiReply reply = m_api->post(QStringLiteral("/apps/vault/addons"),
                                     { { QStringLiteral("plan"), QStringLiteral("heroku-postgresql:standard-0") } });
        QCOMPARE(reply.status, 423);
        QCOMPARE(reply.object().value(QLatin1String("id")).toString(), QStringLiteral("confirmation_required"));
        reply = m_api->post(QStringLiteral("/apps/shop/addons"),
                            { { QStringLiteral("plan"), QStringLiteral("heroku-postgresql:private-0") } });
        QCOMPARE(reply.status, 422);
        reply = m_api->post(QStringLiteral("/apps/shop/addons"),
                            { { QStringLiteral("plan"), QStringLiteral("heroku-postgresql:nope-9") } });
        QCOMPARE(reply.status, 422);
        QVERIFY(reply.object()
                    .value(QLatin1String("message"))
                    .toString()
                    .startsWith(QLatin1String("Couldn't find either the add-on")));

        reply = m_api->post(QStringLiteral("/apps/vault/addons"),
                            { { QStringLiteral("plan"), QStringLiteral("heroku-postgresql:private-0") } });
        QCOMPARE(reply.status, 201);
        const QString name = reply.object().value(QLatin1String("name")).toString();
        QVERIFY(name.startsWith(QLatin1String("postgresql-")));
        QStringList attachments;
        for (const auto &a : m_api->get(QStringLiteral("/apps/vault/addon-attachments")).array())
            attachments.append(a.toObject().value(QLatin1String("name")).toString());
        attachments.sort();
        QCOMPARE(attachments.size(), 2);
        QCOMPARE(attachments.at(0), QStringLiteral("DATABASE"));
        QVERIFY(attachments.at(1).startsWith(QLatin1String("HEROKU_POSTGRESQL_")));
        QTRY_VERIFY_WITH_TIMEOUT(!configVar(QStringLiteral("vault"), QStringLiteral("DATABASE_URL")).isEmpty(), 60000);
        // As on Heroku, the config var is there while the database still provisions.
        QTRY_COMPARE_WITH_TIMEOUT(field(QStringLiteral("/apps/vault/addons/") + name, "state"),
                                  QStringLiteral("provisioned"), 30000);
        QCOMPARE(pgExec(configVar(QStringLiteral("vault"), attachments.at(1) + QStringLiteral("_URL")),
                        QStringLiteral("SELECT 1"))
                     .value(),
                 QStringLiteral("1"));

        // Destroy: detached, config vars gone, cluster gone.
        const QString id = field(QStringLiteral("/addons/") + name, "id");
        const QString url = configVar(QStringLiteral("vault"), QStringLiteral("DATABASE_URL"));
        const QString appId = field(QStringLiteral("/apps/vault"), "id");
        reply = m_api->del(QStringLiteral("/apps/%1/addons/%2").arg(appId, id), { { QStringLiteral("force"), false } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QLatin1String("state")).toString(), QStringLiteral("deprovisioned"));
        QVERIFY(configVar(QStringLiteral("vault"), QStringLiteral("DATABASE_URL")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!pgExec(url, QStringLiteral("SELECT 1")).ok, 30000);
    }

    void essentialPlanChangeIsImmediateAndReadOnlyMeanwhile()
    {
        const ApiReply reply = m_api->call(
            "PATCH", QStringLiteral("/apps/blog/addons/pg-blog"),
            { { QStringLiteral("plan"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("heroku-postgresql:essential-1") } } } },
            { { "Accept-Expansion", "plan" } }, true);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QLatin1String("plan")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("heroku-postgresql:essential-1"));
        const QString url = configVar(QStringLiteral("blog"), QStringLiteral("DATABASE_URL"));
        QTRY_COMPARE_WITH_TIMEOUT(pgExec(url, QStringLiteral("SHOW default_transaction_read_only")).value(),
                                  QStringLiteral("on"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(pgExec(url, QStringLiteral("SHOW default_transaction_read_only")).value(),
                                  QStringLiteral("off"), 15000);
        QCOMPARE(planOf(QStringLiteral("pg-blog")), QStringLiteral("heroku-postgresql:essential-1"));
        QCOMPARE(m_api->post(QStringLiteral("/data/maintenances/v1/pg-blog/run")).status, 422);
    }

    void standardPlanChangeRunsAsAMaintenance()
    {
        QCOMPARE(maintenanceStatus(QStringLiteral("pg-shop")), QStringLiteral("pending"));
        const QString appId = field(QStringLiteral("/apps/shop"), "id");
        QJsonObject list = m_api->get(QStringLiteral("/data/maintenances/v1/apps/") + appId).object();
        QCOMPARE(list.value(QLatin1String("maintenances")).toArray().size(), 1);

        // Window and schedule.
        ApiReply reply = m_api->post(QStringLiteral("/data/maintenances/v1/pg-shop/window"),
                                     { { QStringLiteral("day_of_week"), QStringLiteral("tuesday") },
                                       { QStringLiteral("time_of_day"), QStringLiteral("5:30PM") } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QLatin1String("window")).toString(),
                 QStringLiteral("Tuesdays 17:30 to 21:30 UTC"));
        QVERIFY(reply.object()
                    .value(QLatin1String("previous_window"))
                    .toString()
                    .startsWith(QLatin1String("Thursdays 22:00")));
        QCOMPARE(m_api
                     ->post(QStringLiteral("/data/maintenances/v1/pg-shop/window"),
                            { { QStringLiteral("day_of_week"), QStringLiteral("someday") } })
                     .status,
                 422);
        const QString before = field(QStringLiteral("/data/maintenances/v1/pg-shop"), "scheduled_for");
        reply = m_api->post(QStringLiteral("/data/maintenances/v1/pg-shop/schedule"),
                            { { QStringLiteral("delay_weeks"), QStringLiteral("1") } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QLatin1String("previously_scheduled_for")).toString(), before);
        QVERIFY(reply.object().value(QLatin1String("scheduled_for")).toString() > before);

        // The plan change becomes the open maintenance: preparing → ready → running → completed.
        reply = m_api->patch(QStringLiteral("/apps/shop/addons/pg-shop"),
                             { { QStringLiteral("plan"), QStringLiteral("heroku-postgresql:standard-2") } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(maintenanceStatus(QStringLiteral("pg-shop")), QStringLiteral("preparing"));
        QCOMPARE(planOf(QStringLiteral("pg-shop")), QStringLiteral("heroku-postgresql:standard-0"));
        QTRY_COMPARE_WITH_TIMEOUT(maintenanceStatus(QStringLiteral("pg-shop")), QStringLiteral("ready"), 10000);
        reply = m_api->post(QStringLiteral("/data/maintenances/v1/pg-shop/run"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QLatin1String("status")).toString(), QStringLiteral("running"));
        QTRY_COMPARE_WITH_TIMEOUT(maintenanceStatus(QStringLiteral("pg-shop")), QStringLiteral("none"), 30000);
        QCOMPARE(planOf(QStringLiteral("pg-shop")), QStringLiteral("heroku-postgresql:standard-2"));
        const QJsonArray history = m_api->get(QStringLiteral("/data/maintenances/v1/pg-shop/history/?limit=5"))
                                       .object()
                                       .value(QLatin1String("maintenances"))
                                       .toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QTRY_COMPARE_WITH_TIMEOUT(pgExec(configVar(QStringLiteral("shop"), QStringLiteral("DATABASE_URL")),
                                         QStringLiteral("SELECT count(*) FROM items"))
                                      .value(),
                                  QStringLiteral("100"), 30000);
    }

    void credentialsAreRealRoles()
    {
        const QString basic
            = QStringLiteral("Basic ") + QString::fromLatin1((":" + m_sandbox.token().toUtf8()).toBase64());
        ApiClient basicApi(m_sandbox.url(), {});
        ApiReply reply = basicApi.get(QStringLiteral("/postgres/v0/databases/pg-shop/credentials/default"),
                                      { { "Authorization", basic.toUtf8() } });
        QCOMPARE(reply.status, 200);
        const QJsonObject user = reply.object().value(QLatin1String("credentials")).toArray().at(0).toObject();
        QCOMPARE(user.value(QLatin1String("state")).toString(), QStringLiteral("active"));
        const QString oldUrl = configVar(QStringLiteral("shop"), QStringLiteral("DATABASE_URL"));
        QVERIFY(oldUrl.contains(user.value(QLatin1String("password")).toString()));

        QCOMPARE(m_api
                     ->post(QStringLiteral("/postgres/v0/databases/pg-blog/credentials"),
                            { { QStringLiteral("name"), QStringLiteral("analyst") } })
                     .status,
                 422);
        reply = m_api->post(QStringLiteral("/postgres/v0/databases/pg-shop/credentials"),
                            { { QStringLiteral("name"), QStringLiteral("analyst") } });
        QCOMPARE(reply.status, 201);
        QCOMPARE(m_api->get(QStringLiteral("/postgres/v0/databases/pg-shop/credentials")).array().size(), 2);
        reply = m_api->post(
            QStringLiteral("/addon-attachments"),
            { { QStringLiteral("addon"), QJsonObject { { QStringLiteral("name"), QStringLiteral("pg-shop") } } },
              { QStringLiteral("app"), QJsonObject { { QStringLiteral("name"), QStringLiteral("shop") } } },
              { QStringLiteral("name"), QStringLiteral("ANALYST") },
              { QStringLiteral("namespace"), QStringLiteral("credential:analyst") } });
        QCOMPARE(reply.status, 201);
        const QString analystUrl = configVar(QStringLiteral("shop"), QStringLiteral("ANALYST_URL"));
        QVERIFY(!analystUrl.isEmpty() && analystUrl != oldUrl);
        QVERIFY(pgExec(analystUrl, QStringLiteral("SELECT 1")).ok);
        QCOMPARE(m_api->del(QStringLiteral("/postgres/v0/databases/pg-shop/credentials/analyst")).status,
                 422); // still attached

        // Rotation: the old password stops working, the config var follows.
        reply = basicApi.post(QStringLiteral("/postgres/v0/databases/pg-shop/credentials/default/credentials_rotation"),
                              {}, { { "Authorization", basic.toUtf8() } });
        QCOMPARE(reply.status, 200);
        const QString newUrl = configVar(QStringLiteral("shop"), QStringLiteral("DATABASE_URL"));
        QVERIFY(newUrl != oldUrl);
        QVERIFY(!pgExec(oldUrl, QStringLiteral("SELECT 1")).ok);
        QVERIFY(pgExec(newUrl, QStringLiteral("SELECT 1")).ok);

        const QString attachmentId = field(QStringLiteral("/apps/shop/addon-attachments/ANALYST"), "id");
        QCOMPARE(m_api->del(QStringLiteral("/addon-attachments/") + attachmentId).status, 200);
        QCOMPARE(m_api->del(QStringLiteral("/postgres/v0/databases/pg-shop/credentials/analyst")).status, 200);
        QVERIFY(!pgExec(analystUrl, QStringLiteral("SELECT 1")).ok);
        QCOMPARE(m_api->del(QStringLiteral("/postgres/v0/databases/pg-shop/credentials/default")).status, 422);
    }
};

QTEST_GUILESS_MAIN(TestAddonsApi)
#include "testaddonsapi.moc"

#pragma once

// What the sessions and memory benchmarks share: a real database with room for 500 connections in
// the sandbox, and the ~500 client connections they watch.

#include "apiwait.h"
#include "core/heroku/apiclient.h"
#include "core/heroku/credential.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "core/pg/conninfo.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <libpq-fe.h>
#include <optional>
#include <vector>

namespace hpgbench {

// Creates `addonName` (heroku-postgresql:standard-3, max_connections 500) on `app` and waits for its
// default credential; nullopt and why when it does not come.
inline std::optional<hpg::ConnInfo> createStandard3(hpg::ApiClient *api, const QString &app, const QString &addonName,
                                                    QString *problem)
{
    using namespace hpg;
    const ApiResult created
        = hpgtest::waitFor(PlatformClient(api).createAddon(app, QStringLiteral("heroku-postgresql:standard-3"), {},
                                                           addonName, QString(), QString()),
                           120000);
    if (!created.ok()) {
        *problem = QStringLiteral("could not create the standard-3 add-on: ") + created.error.userText();
        return std::nullopt;
    }
    ApiResult credential;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 180000) {
        credential = hpgtest::waitFor(DataClient(api).credential(addonName, QStringLiteral("default")), 120000);
        if (credential.ok() && !credential.object().value(QStringLiteral("credentials")).toArray().isEmpty())
            break;
        QTest::qWait(1000);
    }
    if (!credential.ok()) {
        *problem = QStringLiteral("the add-on's credential never came: ") + credential.error.userText();
        return std::nullopt;
    }
    return Credential::fromJson(credential.object()).connection;
}

// Client connections as an app's would be: the first 40 run a long query, the next 20 sit idle in
// a transaction, the rest are idle.
struct Connections
{
    // max_connections 500 minus 3 reserved for superusers: 493 leaves room for the page's own and psql's.
    static constexpr int kCount = 493;

    std::vector<PGconn *> conns;

    Connections() = default;
    Connections(const Connections &) = delete;
    Connections &operator=(const Connections &) = delete;
    ~Connections()
    {
        for (PGconn *c : conns)
            PQfinish(c);
    }

    bool open(const hpg::ConnInfo &conn, int wanted, QString *problem)
    {
        for (int i = 0; i < wanted; ++i) {
            hpg::ConnInfo c = conn;
            c.setOption(QStringLiteral("application_name"),
                        i < 40 ? QStringLiteral("bench-active-%1").arg(i) : QStringLiteral("bench-web-%1").arg(i));
            PGconn *pg = PQconnectdb(c.toKeyValue().toUtf8().constData());
            if (PQstatus(pg) != CONNECTION_OK) {
                *problem = QStringLiteral("connection %1 failed: %2").arg(i).arg(QString::fromUtf8(PQerrorMessage(pg)));
                PQfinish(pg);
                return false;
            }
            if (i < 40)
                PQsendQuery(pg, "SELECT pg_sleep(600)");
            else if (i < 60)
                PQclear(PQexec(pg, "BEGIN; SELECT 1"));
            conns.push_back(pg);
        }
        return true;
    }
};

} // namespace hpgbench

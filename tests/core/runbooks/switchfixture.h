#pragma once

// Shared by the follower switch tests: a real sandbox, the API clients, and
// synchronous helpers (test code only: QTest::qWaitFor, blocking libpq).

#include "core/heroku/apiclient.h"
#include "apiwait.h"
#include "core/heroku/attachment.h"
#include "core/heroku/connectclient.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "core/runbooks/auditlog.h"
#include "core/runbooks/runbookservices.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>
#include <memory>

struct SqlResult
{
    bool ok = false;
    QString error;
    QList<QStringList> rows;
    QString value(int row = 0, int column = 0) const { return rows.value(row).value(column); }
};

inline SqlResult sql(const QString &url, const QString &statement)
{
    SqlResult result;
    const QString conninfo = url + (url.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?"))
        + QStringLiteral("connect_timeout=10&application_name=hpg-test");
    PGconn *conn = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        result.error = QString::fromUtf8(PQerrorMessage(conn));
        PQfinish(conn);
        return result;
    }
    PGresult *res = PQexec(conn, statement.toUtf8().constData());
    const auto status = PQresultStatus(res);
    result.ok = status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK;
    if (!result.ok)
        result.error = QString::fromUtf8(PQresultErrorMessage(res));
    for (int r = 0; r < PQntuples(res); ++r) {
        QStringList row;
        for (int c = 0; c < PQnfields(res); ++c)
            row.append(QString::fromUtf8(PQgetvalue(res, r, c)));
        result.rows.append(row);
    }
    PQclear(res);
    PQfinish(conn);
    return result;
}

class SwitchFixture
{
public:
    SandboxProcess sandbox;
    QNetworkAccessManager nam;
    std::unique_ptr<hpg::ApiClient> api;
    std::unique_ptr<hpg::PlatformClient> platform;
    std::unique_ptr<hpg::DataClient> data;
    std::unique_ptr<hpg::ConnectClient> connect;
    std::unique_ptr<hpg::AuditLog> audit;
    QTemporaryDir dir;

    bool start(QString *error)
    {
        if (!sandbox.start({ QStringLiteral("--dyno-rows-per-second"), QStringLiteral("2") })) {
            *error = sandbox.output();
            return false;
        }
        api = std::make_unique<hpg::ApiClient>(&nam);
        api->setBaseUrl(sandbox.url());
        api->setToken(sandbox.token());
        hpg::ApiClient::RetryPolicy policy;
        policy.baseDelayMs = 20;
        policy.maxDelayMs = 200;
        policy.maxRetries = 6;
        policy.maxRateLimitWaits = 10;
        api->setRetryPolicy(policy);
        platform = std::make_unique<hpg::PlatformClient>(api.get());
        data = std::make_unique<hpg::DataClient>(api.get());
        connect = std::make_unique<hpg::ConnectClient>(&nam, sandbox.token(), sandbox.url());
        connect->setRetryPolicy(policy);
        audit = std::make_unique<hpg::AuditLog>(dir.filePath(QStringLiteral("audit.log")));
        return true;
    }

    hpg::RunbookServices services() const
    {
        hpg::RunbookServices s;
        s.platform = platform.get();
        s.data = data.get();
        s.connect = connect.get();
        s.audit = audit.get();
        return s;
    }

    QString journalDir() const { return dir.filePath(QStringLiteral("runbooks")); }

    static hpg::ApiResult wait(hpg::ApiCall *call, int timeoutMs = 60000) { return hpgtest::waitFor(call, timeoutMs); }

    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return sandbox.request(method, path, body).object();
    }

    void setFaults(const QJsonObject &faults)
    {
        admin(faults.isEmpty() ? "DELETE" : "POST", QStringLiteral("/_sandbox/faults"), faults);
    }

    QHash<QString, QString> configVars(const QString &app)
    {
        QHash<QString, QString> vars;
        const auto result = wait(platform->configVars(app));
        const QJsonObject o = result.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            vars.insert(it.key(), it.value().toString());
        return vars;
    }

    QHash<QString, int> formation(const QString &app)
    {
        QHash<QString, int> quantities;
        for (const QJsonValue &f : wait(platform->formation(app)).array())
            quantities.insert(f[QStringLiteral("type")].toString(), f[QStringLiteral("quantity")].toInt());
        return quantities;
    }

    QList<hpg::Attachment> attachmentsOf(const QString &addon)
    {
        return hpg::Attachment::listFromJson(wait(platform->addonAttachments(addon)).array());
    }

    QString planOf(const QString &addon)
    {
        return wait(platform->addon(addon))
            .object()
            .value(QStringLiteral("plan"))
            .toObject()
            .value(QStringLiteral("name"))
            .toString();
    }

    // Changeover maintenances prepared in seconds, not hours.
    void quickMaintenances(int preparingSeconds = 2)
    {
        admin("POST", QStringLiteral("/_sandbox/timing"),
              { { QStringLiteral("maintenance_preparing_seconds"), preparingSeconds },
                { QStringLiteral("maintenance_run_seconds"), 1 } });
    }

    QString connectState(const QString &app)
    {
        const auto list = wait(connect->connections(app)).object().value(QStringLiteral("results")).toArray();
        return list.isEmpty() ? QString() : list.first()[QStringLiteral("state")].toString();
    }

    QStringList releases(const QString &app)
    {
        QStringList list;
        for (const QJsonValue &r :
             wait(platform->api()->send(hpg::ApiRequest::get(QStringLiteral("/apps/%1/releases").arg(app)))).array())
            list.append(r[QStringLiteral("description")].toString());
        return list;
    }
};

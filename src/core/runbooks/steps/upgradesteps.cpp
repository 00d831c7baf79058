#include "upgradesteps.h"

#include "core/heroku/connectclient.h"
#include "core/heroku/databaseinfo.h"
#include "core/heroku/dataclient.h"
#include "core/runbooks/stepcontext.h"
#include "databasesql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <memory>

namespace hpg {

namespace {

const QString kRowsKey = QStringLiteral("rows_before");

// The follower's database info (pg:info), or the step fails.
void withInfo(StepContext &ctx, const FollowerSpec &f, const std::function<void(const DatabaseInfo &)> &next)
{
    ctx.watch(ctx.data().database(f.id(ctx.values()), ctx.owner()), [&ctx, next](const ApiResult &result) {
        if (!result.ok())
            ctx.fail(result.error);
        else
            next(DatabaseInfo::fromJson(result.object()));
    });
}

// pg:upgrade:wait's answer: {"waiting?", "error?", "message"}; a 404 (no upgrade known) is not waiting.
void withUpgradeStatus(StepContext &ctx, const FollowerSpec &f,
                       const std::function<void(bool waiting, const QString &message)> &next)
{
    ctx.watch(ctx.data().upgradeWaitStatus(f.id(ctx.values()), ctx.owner()), [&ctx, next](const ApiResult &result) {
        if (!result.ok() && !result.error.isNotFound()) {
            ctx.fail(result.error);
            return;
        }
        const QJsonObject status = result.object();
        const QString message = status.value(QStringLiteral("message")).toString();
        if (status.value(QStringLiteral("error?")).toBool()) {
            ctx.fail(UpgradeSteps::tr("The upgrade failed: %1").arg(message));
            return;
        }
        next(status.value(QStringLiteral("waiting?")).toBool(), message);
    });
}

} // namespace

QString UpgradeSteps::major(const QString &version)
{
    return version.trimmed().section(QLatin1Char('.'), 0, 0).section(QLatin1Char(' '), 0, 0);
}

Step UpgradeSteps::run(const FollowerSpec &f, const QString &version)
{
    Step s;
    s.id = QStringLiteral("upgrade-follower");
    s.title = tr("Upgrade the follower to PostgreSQL %1 (it stops following)").arg(version);
    s.destructive = true;
    s.pointOfNoReturn = true; // the follower no longer copies the old database
    s.settleMs = 5000; // the unfollow shows a moment after the request
    s.confirmApp = [f](const QJsonObject &) {
        return f.app;
    };
    s.cli = [f, version](const QJsonObject &values) {
        return QStringLiteral("heroku pg:upgrade:run %1 --version %2 -a %3 --confirm %3")
            .arg(f.ref(values), version, f.app);
    };
    // Done once the follower follows nothing and is upgrading or upgraded: a second upgrade/run
    // on what is then a leader would ask for another upgrade.
    s.probe = [f, version](StepContext &ctx) {
        withInfo(ctx, f, [&ctx, f, version](const DatabaseInfo &info) {
            if (!info.following.isEmpty()) {
                ctx.notDone();
                return;
            }
            if (major(info.postgresVersion) == version) {
                ctx.done(tr("%1 follows no leader and runs PostgreSQL %2.").arg(f.ref(ctx.values()), version));
                return;
            }
            withUpgradeStatus(ctx, f, [&ctx, f](bool waiting, const QString &message) {
                if (waiting)
                    ctx.done(tr("%1 follows no leader; its upgrade is under way: %2").arg(f.ref(ctx.values()), message));
                else
                    ctx.notDone();
            });
        });
    };
    s.action = [f, version](StepContext &ctx) {
        ctx.watch(ctx.data().upgradeRun(f.id(ctx.values()), version, ctx.owner()), [&ctx](const ApiResult &result) {
            if (!result.ok())
                ctx.fail(result.error);
            else
                ctx.done(result.object().value(QStringLiteral("message")).toString());
        });
    };
    s.leavesInPlace = [f](const QJsonObject &values) {
        return tr("%1 no longer follows the old primary; it is upgraded but not yet promoted.").arg(f.name(values));
    };
    return s;
}

Step UpgradeSteps::wait(const FollowerSpec &f, const QString &version)
{
    Step s;
    s.id = QStringLiteral("wait-upgrade");
    s.kind = Step::Kind::Wait;
    s.title = tr("Wait until the upgrade has finished");
    s.pollIntervalMs = 1000;
    s.cli = [f](const QJsonObject &values) {
        return QStringLiteral("heroku pg:upgrade:wait %1 -a %2").arg(f.ref(values), f.app);
    };
    s.probe = [f, version](StepContext &ctx) {
        withUpgradeStatus(ctx, f, [&ctx, f, version](bool waiting, const QString &message) {
            if (waiting) {
                ctx.notDone(message);
                return;
            }
            withInfo(ctx, f, [&ctx, version](const DatabaseInfo &info) {
                const bool available = info.value(QStringLiteral("Status")).startsWith(QLatin1String("Available"));
                if (available && major(info.postgresVersion) == version)
                    ctx.done(tr("The database runs PostgreSQL %1.").arg(info.postgresVersion));
                else
                    ctx.notDone(tr("The database runs PostgreSQL %1.").arg(info.postgresVersion));
            });
        });
    };
    return s;
}

Step UpgradeSteps::countRows(const QString &app, const Step::Text &configVar)
{
    Step s;
    s.id = QStringLiteral("count-rows");
    s.kind = Step::Kind::Check;
    s.title = tr("Count the rows of every table before the upgrade");
    s.cli = [app, configVar](const QJsonObject &values) {
        return QStringLiteral("heroku pg:psql %1 -a %2 -c \"SELECT count(*) FROM …\"").arg(configVar(values), app);
    };
    s.action = [app, configVar](StepContext &ctx) {
        const QString var = configVar(ctx.values());
        DatabaseSql::withConfigVars(ctx, app, [&ctx, var, app](const QHash<QString, QString> &vars) {
            if (vars.value(var).isEmpty()) {
                ctx.fail(tr("%1 has no %2.").arg(app, var));
                return;
            }
            DatabaseSql::query(ctx, vars.value(var), { { DatabaseSql::tableRowCountsSql(), {} } },
                               [&ctx](const PgQuery::Result &result) {
                                   if (!result.ok) {
                                       ctx.fail(tr("The database could not be read: %1").arg(result.error));
                                       return;
                                   }
                                   const QJsonObject counts = DatabaseSql::countsToJson(result.rows.value(0));
                                   ctx.capture(kRowsKey, counts);
                                   ctx.done(tr("%n table(s) counted.", nullptr, int(counts.size())));
                               });
        });
    };
    return s;
}

Step UpgradeSteps::verify(const FollowerSpec &f, const QString &version)
{
    Step s;
    s.id = QStringLiteral("verify-upgrade");
    s.kind = Step::Kind::Check;
    s.title = tr("Check the upgraded database: its version, every table's row count, its extensions");
    s.cli = [f](const QJsonObject &values) {
        return QStringLiteral("heroku pg:info %1 -a %2").arg(f.ref(values), f.app);
    };
    s.action = [f, version](StepContext &ctx) {
        DatabaseSql::withConfigVars(ctx, f.app, [&ctx, f, version](const QHash<QString, QString> &vars) {
            const QString url = vars.value(ctx.string(f.attachmentKey) + QStringLiteral("_URL"));
            if (url.isEmpty()) {
                ctx.fail(tr("The new database %1 has no config var on %2.").arg(f.name(ctx.values()), f.app));
                return;
            }
            const QJsonObject before = ctx.value(kRowsKey).toObject();
            QJsonArray names;
            for (auto it = before.begin(); it != before.end(); ++it)
                names.append(it.key());
            const QString json = QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact));
            const QList<PgQuery::Statement> statements { { QStringLiteral("SHOW server_version"), {} },
                                                         { DatabaseSql::rowCountsOfSql(), { json } },
                                                         { DatabaseSql::installedExtensionsSql(), {} },
                                                         { DatabaseSql::availableExtensionsSql(), {} } };
            DatabaseSql::query(ctx, url, statements, [&ctx, version, before](const PgQuery::Result &result) {
                if (!result.ok) {
                    ctx.fail(tr("The upgraded database could not be read: %1").arg(result.error));
                    return;
                }
                const QString running = result.value(0);
                if (major(running) != version) {
                    ctx.fail(tr("The upgraded database runs PostgreSQL %1, not %2.").arg(running, version));
                    return;
                }
                QStringList differ;
                for (const QStringList &row : result.rows.value(1)) {
                    const qint64 want = qint64(before.value(row.value(0)).toDouble());
                    if (row.value(1).toLongLong() != want)
                        differ.append(tr("%1: %2 rows, %3 before").arg(row.value(0), row.value(1)).arg(want));
                }
                if (!differ.isEmpty()) {
                    ctx.fail(tr("The upgraded database differs from the old one: %1")
                                 .arg(QLocale().createSeparatedList(differ)));
                    return;
                }
                QHash<QString, QString> offered;
                for (const QStringList &row : result.rows.value(3))
                    offered.insert(row.value(0), row.value(1));
                QJsonArray extensions;
                for (const QStringList &row : result.rows.value(2)) {
                    if (offered.value(row.value(0)) != row.value(1))
                        extensions.append(QJsonObject { { QStringLiteral("name"), row.value(0) },
                                                        { QStringLiteral("installed"), row.value(1) },
                                                        { QStringLiteral("offered"), offered.value(row.value(0)) } });
                }
                ctx.capture(QStringLiteral("upgraded_version"), running);
                ctx.capture(QStringLiteral("extensions_after"), extensions);
                ctx.done(tr("PostgreSQL %1; %n table(s) with the same row counts as before.", nullptr, int(before.size()))
                             .arg(running));
            });
        });
    };
    return s;
}

Step UpgradeSteps::verifyConnect(const QString &app, const ConnectSteps::Connections &connections)
{
    Step s;
    s.id = QStringLiteral("verify-connect");
    s.kind = Step::Kind::Wait;
    s.title = tr("Check that Heroku Connect syncs again (IDLE, mappings DATA_SYNCED)");
    s.pollIntervalMs = 1000;
    s.timeoutMs = 10 * 60 * 1000;
    s.needed = [connections](const QJsonObject &values) {
        return !connections(values).isEmpty();
    };
    s.cli = [app](const QJsonObject &) {
        return QStringLiteral("heroku connect:info -a %1").arg(app);
    };
    s.probe = [connections](StepContext &ctx) {
        ConnectClient *api = ctx.connectApi();
        if (!api) {
            ctx.fail(tr("Heroku Connect cannot be reached from this session."));
            return;
        }
        // One connection after the other; done when every one syncs.
        const QList<ConnectConnection> list = connections(ctx.values());
        auto next = std::make_shared<std::function<void(int)>>();
        *next = [&ctx, api, list, self = std::weak_ptr(next)](int i) {
            const auto again = self.lock(); // the call below holds it while it runs
            if (i >= list.size()) {
                ctx.done(tr("Heroku Connect syncs again: every mapping is DATA_SYNCED."));
                return;
            }
            ctx.watch(api->connection(list.at(i).regionUrl, list.at(i).id, ctx.owner()),
                      [&ctx, list, i, again](const ApiResult &result) {
                          if (!result.ok()) {
                              ctx.fail(result.error);
                              return;
                          }
                          const ConnectConnection c = ConnectConnection::fromJson(result.object());
                          const bool syncing = c.state == QLatin1String("IDLE")
                              || c.state == QLatin1String("POLLING_DB_CHANGES");
                          QStringList behind;
                          for (const ConnectConnection::Mapping &m : c.mappings) {
                              if (m.state != QLatin1String("DATA_SYNCED"))
                                  behind.append(tr("%1 (%2)").arg(m.objectName, m.state));
                          }
                          if (!syncing || !behind.isEmpty()) {
                              ctx.notDone(tr("%1 is %2; mappings not synced: %3")
                                              .arg(list.at(i).name, c.state, QLocale().createSeparatedList(behind)));
                              return;
                          }
                          (*again)(i + 1);
                      });
        };
        (*next)(0);
    };
    return s;
}

} // namespace hpg

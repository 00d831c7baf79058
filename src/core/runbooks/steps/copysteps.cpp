#include "copysteps.h"

#include "databasesql.h"
#include "transferprobe.h"

#include "core/heroku/addon.h"
#include "core/heroku/configvars.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "core/heroku/transfer.h"
#include "core/pg/conninfo.h"
#include "core/runbooks/stepcontext.h"
#include "core/transfer/pgquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace hpg {

namespace {

const QString kTransferKey = QStringLiteral("transfer_id");
const QString kRequestedKey = QStringLiteral("copy_requested_at");

// The URLs of the source (DATABASE_URL) and of the target from the app's config vars, or why not.
bool databaseUrls(const QHash<QString, QString> &vars, const FollowerSpec &target, const QJsonObject &values,
                  QString *from, QString *to, QString *error)
{
    const QString attachment = values.value(target.attachmentKey).toString();
    *from = vars.value(QStringLiteral("DATABASE_URL"));
    *to = attachment.isEmpty() ? QString() : vars.value(attachment + QStringLiteral("_URL"));
    if (from->isEmpty()) {
        *error = CopySteps::tr("%1 has no DATABASE_URL.").arg(target.app);
        return false;
    }
    if (to->isEmpty()) {
        *error = CopySteps::tr("The new database %1 has no config var on %2 yet.")
                     .arg(target.name(values), target.app);
        return false;
    }
    return true;
}

// Reads the app's config vars and calls `next` with the source's and the target's URLs (or fails the step).
void withDatabaseUrls(StepContext &ctx, const FollowerSpec &target,
                      const std::function<void(const QString &from, const QString &to)> &next)
{
    DatabaseSql::withConfigVars(ctx, target.app, [&ctx, target, next](const QHash<QString, QString> &vars) {
        QString from;
        QString to;
        QString error;
        if (!databaseUrls(vars, target, ctx.values(), &from, &to, &error))
            ctx.fail(error);
        else
            next(from, to);
    });
}

} // namespace

QString CopySteps::shortName(const QString &attachment)
{
    QString name = attachment;
    if (name.endsWith(QLatin1String("_URL")))
        name.chop(4);
    if (name.startsWith(QLatin1String("HEROKU_POSTGRESQL_")))
        name.remove(0, int(qstrlen("HEROKU_POSTGRESQL_")));
    return name;
}

QString CopySteps::progressText(const Transfer &t, qint64 expectedBytes, double *fraction)
{
    const QLocale locale;
    const qint64 expected = t.sourceBytes > 0 ? t.sourceBytes : expectedBytes;
    *fraction = expected > 0 ? qMin(0.99, double(t.processedBytes) / double(expected)) : -1;
    if (!t.startedAt.isValid())
        return tr("The copy is waiting to start.");
    const qint64 ms = t.startedAt.msecsTo(t.updatedAt.isValid() ? t.updatedAt : t.startedAt);
    const double rate = ms > 0 ? double(t.processedBytes) * 1000.0 / double(ms) : 0;
    const QString copied = locale.formattedDataSize(t.processedBytes);
    if (expected <= 0 || rate <= 0)
        return tr("%1 copied.").arg(copied);
    const qint64 left = qMax<qint64>(0, expected - t.processedBytes);
    const int minutes = qMax(1, int((double(left) / rate + 59) / 60));
    return tr("%1 of about %2 copied, %3/s, about %n min left.", nullptr, minutes)
        .arg(copied, locale.formattedDataSize(expected), locale.formattedDataSize(qint64(rate)));
}

Step CopySteps::start(const FollowerSpec &target)
{
    Step s;
    s.id = QStringLiteral("start-copy");
    s.title = tr("Copy the data of DATABASE_URL into the new database (pg:copy)");
    s.cli = [target](const QJsonObject &values) {
        const QString name = shortName(target.ref(values));
        return QStringLiteral("heroku pg:copy DATABASE_URL %1 -a %2 --confirm %1").arg(name, target.app);
    };
    s.probe = [target](StepContext &ctx) {
        if (!ctx.string(kTransferKey).isEmpty()) {
            ctx.done(tr("The copy has been started."));
            return;
        }
        const QDateTime requested = QDateTime::fromString(ctx.string(kRequestedKey), Qt::ISODateWithMs);
        if (!requested.isValid()) {
            ctx.notDone();
            return;
        }
        // A request sent before a crash may have created the transfer: find it rather than start a second.
        ctx.watch(ctx.data().transfers(target.app, ctx.owner()), [&ctx, target, requested](const ApiResult &result) {
            if (!result.ok()) {
                ctx.fail(result.error);
                return;
            }
            const QString name = shortName(target.ref(ctx.values()));
            for (const Transfer &t : Transfer::listFromJson(result.array())) {
                // Ten minutes of slack for a clock that differs from Heroku's.
                if (t.toName == name && t.fromName == QLatin1String("DATABASE") && t.createdAt.isValid()
                    && t.createdAt >= requested.addSecs(-600)) {
                    ctx.capture(kTransferKey, t.uuid);
                    ctx.done(tr("The copy has been started."));
                    return;
                }
            }
            ctx.notDone();
        });
    };
    s.action = [target](StepContext &ctx) {
        withDatabaseUrls(ctx, target, [&ctx, target](const QString &from, const QString &to) {
            const QString name = shortName(target.ref(ctx.values()));
            ctx.capture(kRequestedKey, journalTimeNow());
            ApiCall *call = ctx.data().createTransfer(target.id(ctx.values()), QStringLiteral("DATABASE"), from,
                                                      name, to, ctx.owner());
            ctx.watch(call, [&ctx, name](const ApiResult &created) {
                if (!created.ok()) {
                    ctx.fail(created.error);
                    return;
                }
                ctx.capture(kTransferKey, Transfer::fromJson(created.object()).uuid);
                ctx.done(tr("Copying DATABASE_URL into %1.").arg(name));
            });
        });
    };
    return s;
}

Step CopySteps::wait(const FollowerSpec &target)
{
    Step s;
    s.id = QStringLiteral("wait-copy");
    s.kind = Step::Kind::Wait;
    s.title = tr("Wait until the copy has finished");
    s.pollIntervalMs = 1000;
    s.cli = [target](const QJsonObject &) {
        return QStringLiteral("heroku pg:backups -a %1").arg(target.app);
    };
    s.probe = [target](StepContext &ctx) {
        withTransfer(ctx, target.app, kTransferKey, false, [&ctx, target](const Transfer &t) {
            switch (t.state()) {
            case Transfer::State::Pending:
            case Transfer::State::Running: {
                double fraction = -1;
                const QString text = progressText(t, qint64(ctx.value(QStringLiteral("source_bytes")).toDouble()),
                                                  &fraction);
                ctx.metric(QStringLiteral("copied_bytes"), double(t.processedBytes));
                if (fraction >= 0)
                    ctx.progress(fraction, text);
                ctx.notDone(text);
                return;
            }
            case Transfer::State::Completed: {
                const double seconds = double(t.startedAt.msecsTo(t.finishedAt)) / 1000.0;
                ctx.capture(QStringLiteral("copy_bytes"), double(t.processedBytes));
                ctx.capture(QStringLiteral("copy_seconds"), seconds);
                ctx.done(tr("Copied %1 in %2 s.")
                             .arg(QLocale().formattedDataSize(t.processedBytes), QLocale().toString(seconds, 'f', 1)));
                return;
            }
            case Transfer::State::Canceled:
                ctx.fail(tr("The copy was cancelled; the source database is unchanged."));
                return;
            case Transfer::State::Failed:
                // Like the CLI: the verbose transfer's last log messages say why.
                withTransfer(ctx, target.app, kTransferKey, true, [&ctx](const Transfer &verbose) {
                    const QStringList why = verbose.lastMessages(5);
                    ctx.fail(why.isEmpty() ? tr("The copy failed; the source database is unchanged.")
                                           : tr("The copy failed; the source database is unchanged. The transfer's "
                                                "log ends with: %1")
                                                 .arg(why.join(QLatin1Char('\n'))));
                });
                return;
            }
        });
    };
    return s;
}

Step CopySteps::verify(const FollowerSpec &target)
{
    Step s;
    s.id = QStringLiteral("verify-copy");
    s.kind = Step::Kind::Check;
    s.title = tr("Check the copy: tables and row counts against the source");
    s.cli = [target](const QJsonObject &values) {
        return QStringLiteral("heroku pg:info DATABASE_URL %1 -a %2").arg(target.ref(values), target.app);
    };
    s.action = [target](StepContext &ctx) {
        withDatabaseUrls(ctx, target, [&ctx](const QString &from, const QString &to) {
            const QList<PgQuery::Statement> onSource { { DatabaseSql::tableCountSql(), {} },
                                                       { DatabaseSql::tableRowCountsSql(kVerifiedTables), {} } };
            DatabaseSql::query(ctx, from, onSource, [&ctx, to](const PgQuery::Result &source) {
                if (!source.ok) {
                    ctx.fail(tr("The source database could not be read: %1").arg(source.error));
                    return;
                }
                QJsonArray names;
                for (const QStringList &row : source.rows.value(1))
                    names.append(row.value(0));
                const QString json = QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact));
                const QList<PgQuery::Statement> onCopy { { DatabaseSql::tableCountSql(), {} }, { DatabaseSql::rowCountsOfSql(), { json } } };
                DatabaseSql::query(ctx, to, onCopy, [&ctx, source, names](const PgQuery::Result &copy) {
                    if (!copy.ok) {
                        ctx.fail(tr("The copy could not be checked: %1").arg(copy.error));
                        return;
                    }
                    if (copy.value(0) != source.value(0)) {
                        ctx.fail(tr("The copy has %1 tables, the source %2.").arg(copy.value(0), source.value(0)));
                        return;
                    }
                    QStringList differ;
                    QJsonArray checked;
                    const PgQuery::Rows &expected = source.rows.value(1);
                    const PgQuery::Rows &found = copy.rows.value(1);
                    for (qsizetype i = 0; i < expected.size(); ++i) {
                        const QString table = expected.at(i).value(0);
                        const QString want = expected.at(i).value(1);
                        const QString got = found.value(i).value(1);
                        checked.append(QJsonObject { { QStringLiteral("table"), table },
                                                     { QStringLiteral("rows"), want.toLongLong() } });
                        if (want != got)
                            differ.append(tr("%1: %2 rows in the copy, %3 in the source").arg(table, got, want));
                    }
                    if (!differ.isEmpty()) {
                        ctx.fail(tr("The copy differs from the source: %1").arg(QLocale().createSeparatedList(differ)));
                        return;
                    }
                    ctx.capture(QStringLiteral("verified_tables"), checked);
                    ctx.done(tr("%n tables, as in the source; the largest have the same row counts.", nullptr,
                                copy.value(0).toInt()));
                });
            });
        });
    };
    return s;
}

QList<Step> CopySteps::cancel(const QString &app)
{
    const auto hasTransfer = [](const QJsonObject &values) {
        return !values.value(kTransferKey).toString().isEmpty();
    };
    Step s;
    s.id = QStringLiteral("cancel-copy");
    s.title = tr("Cancel the copy");
    s.needed = hasTransfer;
    s.cli = [app](const QJsonObject &) {
        return QStringLiteral("heroku pg:backups:cancel -a %1").arg(app);
    };
    s.probe = [app](StepContext &ctx) {
        withTransfer(ctx, app, kTransferKey, false, [&ctx](const Transfer &t) {
            if (t.isFinished() || t.canceledAt.isValid())
                ctx.done(t.state() == Transfer::State::Completed ? tr("The copy had already finished.")
                                                                  : tr("The copy is cancelled."));
            else
                ctx.notDone();
        });
    };
    s.action = [app](StepContext &ctx) {
        ctx.watch(ctx.data().cancelTransfer(app, ctx.string(kTransferKey), ctx.owner()),
                  [&ctx](const ApiResult &result) {
                      if (!result.ok())
                          ctx.fail(result.error);
                      else
                          ctx.done(tr("The copy is cancelled."));
                  });
    };

    Step w;
    w.id = QStringLiteral("wait-copy-stopped");
    w.kind = Step::Kind::Wait;
    w.title = tr("Wait until the copy has stopped");
    w.needed = hasTransfer;
    w.pollIntervalMs = 500;
    w.cli = [app](const QJsonObject &) {
        return QStringLiteral("heroku pg:backups -a %1").arg(app);
    };
    w.probe = [app](StepContext &ctx) {
        withTransfer(ctx, app, kTransferKey, false, [&ctx](const Transfer &t) {
            if (t.isFinished())
                ctx.done(tr("The copy has stopped."));
            else
                ctx.notDone(tr("The copy is stopping…"));
        });
    };
    return { s, w };
}

Step CopySteps::destroyTarget(const FollowerSpec &target, const Step::Predicate &needed)
{
    Step s;
    s.id = QStringLiteral("destroy-target");
    s.title = tr("Destroy the new database");
    s.needed = [target, needed](const QJsonObject &values) {
        return !target.name(values).isEmpty() && (!needed || needed(values));
    };
    s.cli = [target](const QJsonObject &values) {
        return QStringLiteral("heroku addons:destroy %1 -a %2 --confirm %2").arg(target.name(values), target.app);
    };
    s.probe = [target](StepContext &ctx) {
        const QString name = target.name(ctx.values());
        ctx.watch(ctx.platform().addon(name, ctx.owner()), [&ctx, name](const ApiResult &result) {
            if (result.error.isNotFound()
                || (result.ok() && Addon::fromJson(result.object()).state == QLatin1String("deprovisioned")))
                ctx.done(tr("%1 is gone.").arg(name));
            else if (!result.ok())
                ctx.fail(result.error);
            else
                ctx.notDone();
        });
    };
    s.action = [target](StepContext &ctx) {
        const QString name = target.name(ctx.values());
        ctx.watch(ctx.platform().destroyAddon(target.app, name, false, ctx.owner()),
                  [&ctx, name](const ApiResult &result) {
                      if (!result.ok() && !result.error.isNotFound())
                          ctx.fail(result.error);
                      else
                          ctx.done(tr("%1 is destroyed.").arg(name));
                  });
    };
    return s;
}

} // namespace hpg

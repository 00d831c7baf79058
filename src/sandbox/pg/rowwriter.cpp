#include "sandbox/pg/rowwriter.h"

#include "sandbox/pg/interruptibleconnection.h"
#include "sandbox/pg/pgconnection.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace hpg::sandbox {

namespace {

constexpr qint64 maxBatch = 500;
constexpr int retryDelayMs = 1000;
// A statement already sent when stop() is called may finish for this long (so that nothing is
// committed after stop() returns); only a server that does not answer is abandoned.
constexpr qint64 stopGraceMs = 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The SQL of one mode. insert and check take $1 = first seq, $2 = last seq, then `extra`.
struct Statements
{
    QString ensure;
    QString resume; // the highest seq already in the database
    QString insert;
    QString check; // how many of the seqs are in the database
    QStringList extra;
};

Statements dynoStatements(const QString &app, const QString &dyno)
{
    const QString table = QStringLiteral("public.sandbox_dyno_writes");
    return { QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (seq bigint PRIMARY KEY, app text NOT NULL, dyno text NOT "
                            "NULL, written_at timestamptz NOT NULL DEFAULT now())")
                 .arg(table),
             QStringLiteral("SELECT coalesce(max(seq), 0) FROM %1").arg(table),
             QStringLiteral("INSERT INTO %1 (seq, app, dyno) SELECT g, $3, $4 FROM generate_series($1::bigint, "
                            "$2::bigint) g")
                 .arg(table),
             QStringLiteral("SELECT count(*) FROM %1 WHERE seq BETWEEN $1::bigint AND $2::bigint AND app = $3 AND "
                            "dyno = $4")
                 .arg(table),
             { app, dyno } };
}

Statements connectStatements(const QString &schema, const QString &table)
{
    // Names were checked to be plain lowercase identifiers.
    const QString s = QLatin1Char('"') + schema + QLatin1Char('"');
    const QString t = s + QStringLiteral(".\"") + table + QLatin1Char('"');
    const QString log = s + QStringLiteral("._trigger_log");
    const QString sfid = QStringLiteral("'HC' || lpad(%1::bigint::text, 16, '0')");
    return { QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1; "
                            "CREATE TABLE IF NOT EXISTS %2 (id serial PRIMARY KEY, sfid varchar(18) UNIQUE, "
                            "name varchar(121), email varchar(80), createddate timestamp, systemmodstamp timestamp, "
                            "isdeleted boolean DEFAULT false, _hc_lastop varchar(32), _hc_err text); "
                            "CREATE TABLE IF NOT EXISTS %3 (id bigserial PRIMARY KEY, txid bigint, "
                            "created_at timestamp DEFAULT now(), updated_at timestamp DEFAULT now(), "
                            "processed_at timestamp, processed_tx bigint, state varchar(8), action varchar(7), "
                            "table_name varchar(128), record_id integer, sfid varchar(18), old jsonb, values jsonb, "
                            "sf_result integer, sf_message text)")
                 .arg(s, t, log),
             QStringLiteral("SELECT coalesce(max(substr(sfid, 3)::bigint), 0) FROM %1 WHERE sfid LIKE 'HC%'").arg(t),
             QStringLiteral("WITH c AS (INSERT INTO %1 (sfid, name, email, createddate, systemmodstamp, _hc_lastop) "
                            "SELECT %3, 'Sandbox Contact ' || g, 'contact' || g || '@example.com', now(), now(), "
                            "'SYNCED' FROM generate_series($1::bigint, $2::bigint) g RETURNING id, sfid, name, email) "
                            "INSERT INTO %2 (txid, processed_at, processed_tx, state, action, table_name, record_id, "
                            "sfid, values) SELECT txid_current(), now(), txid_current(), 'SUCCESS', 'INSERT', '%4', "
                            "id, sfid, jsonb_build_object('name', name, 'email', email) FROM c")
                 .arg(t, log, sfid.arg(QStringLiteral("g")), table),
             QStringLiteral("SELECT count(*) FROM %1 WHERE sfid BETWEEN %2 AND %3")
                 .arg(t, sfid.arg(QStringLiteral("$1")), sfid.arg(QStringLiteral("$2"))),
             {} };
}

} // namespace

struct RowWriter::Private
{
    RowWriter *q = nullptr;

    mutable std::mutex mutex;
    std::condition_variable wake;
    // Configuration, guarded by `mutex`; configVersion changes with every setter.
    PgConnectParams target;
    bool hasTarget = false;
    quint64 targetVersion = 0;
    double rate = 5.0;
    Statements statements = dynoStatements(QStringLiteral("sandbox"), QStringLiteral("web.1"));
    quint64 statementsVersion = 0;
    quint64 configVersion = 0;
    QString lastError;

    std::atomic<bool> stopRequested = false;
    std::atomic<qint64> stopRequestedAt = 0;
    std::atomic<bool> connected = false;
    std::atomic<qint64> rowsWritten = 0;
    std::atomic<qint64> lastSeq = 0;
    std::thread thread;

    void configChanged()
    {
        ++configVersion;
        wake.notify_all();
    }

    // Sleeps up to `ms`, waking early on stop or a configuration change.
    void sleepFor(qint64 ms, quint64 seenVersion)
    {
        std::unique_lock<std::mutex> lock(mutex);
        wake.wait_for(lock, std::chrono::milliseconds(std::max<qint64>(1, ms)),
                      [&] { return stopRequested.load() || configVersion != seenVersion; });
    }

    void setConnected(bool value)
    {
        if (connected.exchange(value) == value)
            return;
        QMetaObject::invokeMethod(
            q, [w = q, value] { emit w->connectedChanged(value); }, Qt::QueuedConnection);
    }

    void run();
};

void RowWriter::Private::run()
{
    InterruptibleConnection conn([this](bool executing) {
        return stopRequested.load() && (!executing || nowMs() - stopRequestedAt.load() > stopGraceMs);
    });
    InterruptibleConnection::Result r;
    quint64 connectedTarget = ~quint64(0);
    quint64 preparedStatements = ~quint64(0);
    bool schemaReady = false;
    qint64 nextSeq = lastSeq + 1;
    // A write whose outcome is unknown (the connection broke while it ran).
    bool inDoubt = false;
    qint64 doubtFrom = 0;
    qint64 doubtTo = 0;
    Statements doubtStatements;
    // Schedule: rows due = elapsed since baseMs × rate − rows written since then.
    qint64 baseMs = nowMs();
    qint64 baseRows = rowsWritten;
    double scheduledRate = -1;
    QString reported;

    const auto rebase = [&] {
        baseMs = nowMs();
        baseRows = rowsWritten;
    };
    const auto fail = [&](const QString &message, quint64 version) {
        {
            std::lock_guard<std::mutex> lock(mutex);
            lastError = message;
        }
        if (message != reported) {
            reported = message;
            QMetaObject::invokeMethod(
                q, [w = q, message] { emit w->errorOccurred(message); }, Qt::QueuedConnection);
        }
        sleepFor(retryDelayMs, version);
        rebase(); // no burst to catch up after an outage
    };

    while (!stopRequested) {
        PgConnectParams params;
        Statements st;
        quint64 version = 0;
        quint64 targetVersionSeen = 0;
        quint64 statementsVersionSeen = 0;
        double currentRate = 0;
        bool haveTarget = false;
        {
            std::lock_guard<std::mutex> lock(mutex);
            params = target;
            haveTarget = hasTarget;
            st = statements;
            version = configVersion;
            targetVersionSeen = targetVersion;
            statementsVersionSeen = statementsVersion;
            currentRate = rate;
        }
        if (!haveTarget) {
            sleepFor(200, version);
            continue;
        }
        if (connectedTarget != targetVersionSeen && conn.isOpen()) {
            conn.close();
            setConnected(false);
        }
        if (preparedStatements != statementsVersionSeen) {
            preparedStatements = statementsVersionSeen;
            schemaReady = false;
        }
        if (!conn.isOpen()) {
            setConnected(false);
            if (!conn.open(params)) {
                if (stopRequested)
                    break;
                fail(QStringLiteral("Could not connect to %1:%2: %3")
                         .arg(params.host)
                         .arg(params.port)
                         .arg(conn.error()),
                     version);
                continue;
            }
            connectedTarget = targetVersionSeen;
            schemaReady = false;
            setConnected(true);
        }
        if (!schemaReady) {
            if (!(r = conn.exec(st.ensure)).ok) {
                // Two writers creating the same table at once: one of them loses; just retry.
                if (r.sqlState == QStringLiteral("23505") || r.sqlState == QStringLiteral("42P07"))
                    continue;
                fail(r.error, version);
                continue;
            }
            if (inDoubt) {
                QStringList check = { QString::number(doubtFrom), QString::number(doubtTo) };
                check += doubtStatements.extra;
                if (!(r = conn.exec(doubtStatements.check, check)).ok) {
                    fail(r.error, version);
                    continue;
                }
                if (r.rows.value(0).value(0).toLongLong() == doubtTo - doubtFrom + 1) {
                    rowsWritten += doubtTo - doubtFrom + 1;
                    lastSeq = doubtTo;
                }
                inDoubt = false;
            }
            if (!(r = conn.exec(st.resume)).ok) {
                fail(r.error, version);
                continue;
            }
            nextSeq = std::max({ nextSeq, lastSeq.load() + 1, r.rows.value(0).value(0).toLongLong() + 1 });
            schemaReady = true;
            rebase();
        }
        if (currentRate != scheduledRate) {
            scheduledRate = currentRate;
            rebase();
        }
        const qint64 elapsed = nowMs() - baseMs;
        const qint64 written = rowsWritten - baseRows;
        const qint64 due = qint64(std::floor(double(elapsed) * currentRate / 1000.0)) - written;
        if (due <= 0) {
            const double nextAt = double(written + 1) * 1000.0 / currentRate;
            sleepFor(std::clamp<qint64>(qint64(std::ceil(nextAt)) - elapsed, 1, 200), version);
            continue;
        }
        const qint64 from = nextSeq;
        const qint64 to = from + std::min(due, maxBatch) - 1;
        QStringList values = { QString::number(from), QString::number(to) };
        values += st.extra;
        r = conn.exec(st.insert, values);
        if (r.ok) {
            rowsWritten += to - from + 1;
            lastSeq = to;
            nextSeq = to + 1;
            reported.clear();
            std::lock_guard<std::mutex> lock(mutex);
            lastError.clear();
            continue;
        }
        if (r.connectionLost) {
            // Committed or not? Checked after reconnecting; the seqs are never reused.
            inDoubt = true;
            doubtFrom = from;
            doubtTo = to;
            doubtStatements = st;
            nextSeq = to + 1;
            setConnected(false);
            if (stopRequested)
                break;
            fail(r.error, version);
            continue;
        }
        if (r.sqlState == QStringLiteral("23505")) { // another writer took these seqs
            schemaReady = false;
            continue;
        }
        if (r.sqlState == QStringLiteral("42P01") || r.sqlState == QStringLiteral("3F000"))
            schemaReady = false; // the table or schema is gone (pg:reset): create it again
        fail(r.error, version);
    }
    conn.close();
    setConnected(false);
}

RowWriter::RowWriter(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
}

RowWriter::~RowWriter()
{
    stop();
}

void RowWriter::setTarget(const PgEndpoint &endpoint, const QString &credential)
{
    PgConnectParams p;
    p.host = endpoint.host;
    p.port = endpoint.port;
    p.database = endpoint.database;
    if (const PgCredential *c = endpoint.credential(credential)) {
        p.user = c->user;
        p.password = c->password;
    }
    p.applicationName = QStringLiteral("hpgdesk-sandbox writer");
    std::lock_guard<std::mutex> lock(d->mutex);
    d->target = p;
    d->hasTarget = true;
    ++d->targetVersion;
    d->configChanged();
}

bool RowWriter::setTarget(const QString &postgresUrl)
{
    PgConnectParams p;
    if (!p.setUrl(postgresUrl))
        return false;
    p.applicationName = QStringLiteral("hpgdesk-sandbox writer");
    std::lock_guard<std::mutex> lock(d->mutex);
    d->target = p;
    d->hasTarget = true;
    ++d->targetVersion;
    d->configChanged();
    return true;
}

void RowWriter::setRate(double rowsPerSecond)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->rate = std::clamp(rowsPerSecond, 0.001, 10000.0);
    d->configChanged();
}

double RowWriter::rate() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->rate;
}

void RowWriter::setDynoWrites(const QString &app, const QString &dyno)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->statements = dynoStatements(app, dyno);
    ++d->statementsVersion;
    d->configChanged();
}

bool RowWriter::setConnectWrites(const QString &schema, const QString &table)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!identifier.match(schema).hasMatch() || !identifier.match(table).hasMatch())
        return false;
    std::lock_guard<std::mutex> lock(d->mutex);
    d->statements = connectStatements(schema, table);
    ++d->statementsVersion;
    d->configChanged();
    return true;
}

void RowWriter::start()
{
    if (d->thread.joinable())
        return;
    d->stopRequested = false;
    d->thread = std::thread([this] { d->run(); });
}

void RowWriter::stop()
{
    if (!d->thread.joinable())
        return;
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->stopRequestedAt = nowMs();
        d->stopRequested = true;
        d->wake.notify_all();
    }
    d->thread.join();
}

bool RowWriter::isRunning() const
{
    return d->thread.joinable();
}

bool RowWriter::isConnected() const
{
    return d->connected;
}

qint64 RowWriter::rowsWritten() const
{
    return d->rowsWritten;
}

qint64 RowWriter::lastSeq() const
{
    return d->lastSeq;
}

QString RowWriter::lastError() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->lastError;
}

} // namespace hpg::sandbox

#include "diagnosetrend.h"

#include "core/pg/pgsession.h"
#include "diagnoserun.h"

namespace hpg {

namespace {

const char *const sampleSql = R"SQL(
SELECT (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')::int AS connections,
       (SELECT coalesce(sum(heap_blks_hit), 0) FROM pg_statio_user_tables)::bigint AS hits,
       (SELECT coalesce(sum(heap_blks_read), 0) FROM pg_statio_user_tables)::bigint AS reads,
       (CASE WHEN pg_is_in_recovery()
             THEN pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())
             ELSE (SELECT max(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)) FROM pg_stat_replication) END)::bigint
           AS lag_bytes,
       (SELECT coalesce(sum(n_dead_tup), 0) FROM pg_stat_user_tables)::bigint AS dead_rows
)SQL";

double numberOr(const QString &text, double fallback)
{
    return text.isNull() ? fallback : text.toDouble();
}

} // namespace

DiagnoseTrend::DiagnoseTrend(DiagnoseRun *run, QObject *parent)
    : QObject(parent)
    , m_run(run)
{
    qRegisterMetaType<hpg::DiagnoseSample>();
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DiagnoseTrend::sample);
}

QString DiagnoseTrend::sql()
{
    return QString::fromLatin1(sampleSql).trimmed();
}

void DiagnoseTrend::start()
{
    if (m_timer.isActive())
        return;
    m_timer.start();
    sample();
}

void DiagnoseTrend::stop()
{
    m_timer.stop();
}

void DiagnoseTrend::clear()
{
    ++m_generation;
    m_waiting = false;
    m_lastHits = m_lastReads = -1;
    m_samples.clear();
}

void DiagnoseTrend::sample()
{
    // An answer dropped with a closed connection never comes: after a while, ask again.
    if (m_waiting && m_sent.elapsed() < 30000)
        return;
    if (!m_run->hasConnection() || m_run->isRunning())
        return;
    m_waiting = true;
    m_sent.start();
    m_run->ensureOpen();
    const quint64 generation = m_generation;
    m_run->session()->exec(sql(), {}, [this, generation](const PgSessionResult &result) {
        if (generation != m_generation)
            return;
        m_waiting = false;
        if (!result.ok() || result.first().rows.size() != 1)
            return; // the next tick tries again (the diagnosis shows connection problems)
        const PgResultSet &set = result.first();
        const QStringList &row = set.rows.constFirst();
        const auto value = [&](const char *name) {
            return row.value(set.column(QLatin1String(name)));
        };
        DiagnoseSample s;
        s.at = QDateTime::currentDateTimeUtc();
        s.connections = numberOr(value("connections"), -1);
        s.lagBytes = numberOr(value("lag_bytes"), -1);
        s.deadRows = numberOr(value("dead_rows"), -1);
        const double hits = numberOr(value("hits"), 0);
        const double reads = numberOr(value("reads"), 0);
        // Since the previous sample; the first one (or after a statistics reset) since the reset.
        double dh = hits - m_lastHits;
        double dr = reads - m_lastReads;
        if (m_lastHits < 0 || dh < 0 || dr < 0) {
            dh = hits;
            dr = reads;
        }
        s.cacheHitPercent = dh + dr > 0 ? 100.0 * dh / (dh + dr)
            : m_samples.isEmpty()       ? 100.0
                                        : m_samples.constLast().cacheHitPercent;
        m_lastHits = hits;
        m_lastReads = reads;
        m_samples.append(s);
        while (m_samples.size() > kept)
            m_samples.removeFirst();
        emit sampled(s);
    });
}

} // namespace hpg

#pragma once

#include "sandbox/pg/pgtypes.h"

#include <QObject>
#include <QString>

#include <memory>

namespace hpg::sandbox {

// Writes rows into a database at a steady rate, the way an app (or Heroku Connect) would, on a
// libpq connection of its own thread. Used for the sandbox's simulated dynos and Connect
// connections, and by tests that prove a migration loses nothing.
//
// Modes:
// - dyno writes (the default): public.sandbox_dyno_writes(seq bigint primary key, app text,
//   dyno text, written_at timestamptz default now()). seq strictly increases per writer and
//   resumes after max(seq) of the table (so a new writer, or one that moves to another
//   database, continues the sequence); a writer never reuses a seq even if the new database
//   has fewer rows.
// - Connect writes: <schema>.<table> (a mapped Salesforce object such as contact, with sfid,
//   name, email, systemmodstamp, _hc_lastop …) and <schema>._trigger_log, one row each per
//   write, in one transaction; sfid is "HC" + the zero-padded seq.
//
// Tables and the schema are created when missing (also after a pg:reset). The writer survives
// the database going away: it reports the error (errorOccurred), retries every second, and
// continues when the database is back, without a burst to catch up. A write whose outcome is
// unknown because the connection broke is checked after reconnecting, so rowsWritten() counts
// exactly the rows that are in the database. stop() returns within about 0.1 s (a write already
// sent may finish first, for up to 1 s).
//
// The object is used from the thread it lives in; its signals are emitted there.
class RowWriter : public QObject
{
    Q_OBJECT
public:
    explicit RowWriter(QObject *parent = nullptr);
    ~RowWriter() override; // stops

    // Where to write. Changing it while running makes the writer reconnect (e.g. after a promote).
    void setTarget(const PgEndpoint &endpoint, const QString &credential = QStringLiteral("default"));
    // A postgres:// or postgresql:// URL (sslmode from its query, else prefer). False when invalid.
    bool setTarget(const QString &postgresUrl);
    // Rows per second (default 5, at most 10000). Can change while running.
    void setRate(double rowsPerSecond);
    double rate() const;
    // Dyno mode (default): rows for `app` and `dyno` (e.g. "web.1").
    void setDynoWrites(const QString &app, const QString &dyno);
    // Connect mode: <schema>.<table> and <schema>._trigger_log. Names are lowercase identifiers
    // ([a-z_][a-z0-9_]*); false when not.
    bool setConnectWrites(const QString &schema, const QString &table = QStringLiteral("contact"));

    void start();
    // Stops writing; nothing is written after it returns (a write the server has not answered
    // within 1 s is abandoned). Returns within about 0.1 s, at most about 1 s.
    void stop();
    bool isRunning() const;
    bool isConnected() const;

    qint64 rowsWritten() const; // rows known to be committed, since construction
    qint64 lastSeq() const; // the last committed seq (0 before the first)
    QString lastError() const; // "" when the last attempt succeeded

signals:
    // A write or connection attempt failed (once per distinct error until a write succeeds).
    void errorOccurred(const QString &message);
    void connectedChanged(bool connected);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hpg::sandbox

#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QTimer>

namespace hpg {

class DiagnoseRun;

// One sample of the numbers that change: client connections, the table cache hit ratio since
// the previous sample (percent), the largest follower lag in bytes (on a follower: its own) and
// the dead rows of all tables. -1 where unknown.
struct DiagnoseSample
{
    QDateTime at;
    double connections = -1;
    double cacheHitPercent = -1;
    double lagBytes = -1;
    double deadRows = -1;
};

// Samples a database every few seconds on a diagnosis's session (between runs, never during
// one) while it is started, e.g. while the Diagnose tab is shown.
class DiagnoseTrend : public QObject
{
    Q_OBJECT
public:
    explicit DiagnoseTrend(DiagnoseRun *run, QObject *parent = nullptr);

    static constexpr int defaultIntervalMs = 5000;
    static constexpr int kept = 120;
    static QString sql();

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    void start(); // samples now, then every interval
    void stop();
    bool isSampling() const { return m_timer.isActive(); }
    void clear();
    const QList<DiagnoseSample> &samples() const { return m_samples; }

signals:
    void sampled(const hpg::DiagnoseSample &sample);

private:
    void sample();

    DiagnoseRun *m_run;
    QTimer m_timer;
    bool m_waiting = false;
    QElapsedTimer m_sent;
    quint64 m_generation = 0; // answers from before clear() are dropped
    double m_lastHits = -1;
    double m_lastReads = -1;
    QList<DiagnoseSample> m_samples;
};

} // namespace hpg

Q_DECLARE_METATYPE(hpg::DiagnoseSample)

#pragma once

// The stall probe (issue 18): how late the GUI thread's event loop runs. A precise timer ticks
// every few milliseconds on the thread that starts the probe; each tick's lateness (the gap since
// the last tick less the interval) goes into a histogram, so the maximum and the 99th percentile
// are known, and the worst stalls are kept with what ran: the OperationScope labels that took the
// most time since the previous tick, or else the event the loop was delivering (receiver's class
// and event type). Off by default: on with HPG_STALL_PROBE=1 (report on stderr at exit) or
// HPG_STALL_PROBE=FILE (report written there), or the hidden --stall-probe FILE option ("-" =
// stderr). Each stall also says how much of it this thread spent on a CPU and how long it waited for
// one: on a loaded machine a late tick with little CPU time is the scheduler's doing, not ours, and
// what is left is time the thread was blocked (the disk, a lock).

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <vector>

class QThread;

namespace hpg {

class StallProbe : public QObject
{
    Q_OBJECT
public:
    struct Stall
    {
        qint64 atMs = 0; // since the probe started
        double lateMs = 0; // how late the tick ran
        double cpuMs = -1; // of which this thread was on a CPU (-1: not known on this system)
        double queuedMs = -1; // of which it was ready to run but waited for a CPU (-1: not known)
        double stolenMs = -1; // the machine's CPU time its host took meanwhile (a virtual machine's "steal")
        QString operation; // what ran meanwhile
    };
    struct Operation
    {
        QString label;
        int count = 0; // scopes longer than 1 ms
        double maxMs = 0; // the longest (its own time, without labelled scopes inside it)
        double totalMs = 0;
    };
    struct Summary
    {
        qint64 ticks = 0;
        qint64 spanMs = 0;
        double maxMs = 0;
        double cpuMaxMs = -1; // the most CPU time this thread used in one late gap (-1: unknown)
        double stolenMs = -1; // the machine's CPU time its host took over the span (-1: unknown)
        double p99Ms = 0;
        double p50Ms = 0;
        int over16 = 0; // ticks later than 16 ms
        QString worstOperation; // what ran during the worst stall
        QList<Stall> worst; // worst first
        QList<Operation> operations; // longest first
    };

    explicit StallProbe(int intervalMs = 4, QObject *parent = nullptr);
    ~StallProbe() override;

    // The running probe, or null when it is off.
    static StallProbe *instance();
    // On when HPG_STALL_PROBE is set (or `option` is not null: the --stall-probe value, "" for
    // stderr): starts a probe on this thread that writes its report at exit. Returns it or null.
    static StallProbe *startFromEnvironment(const QString *option = nullptr);

    void start();
    void stop();
    // Forgets what was measured (a benchmark's scenarios each start from zero).
    void reset();
    Summary summary() const;
    // The summary as text: max, p99, the worst stalls and the slowest operations.
    QString report(const QString &title = QString()) const;
    // Writes report() to `file` ("" = stderr); false when the file cannot be written.
    bool dump(const QString &file) const;

    // This thread's CPU time in ns; -1 when the system cannot say.
    static qint64 threadCpuNs();
    // How long this thread was ready to run but waited for a CPU, in ns (Linux: schedstat); -1 when
    // the system cannot say. The rest of a stall that is neither is time the thread was blocked (the
    // disk, a lock, a page fault).
    static qint64 threadQueuedNs();
    // The CPU time the host of this (virtual) machine took from all its CPUs since it started, in ns
    // (Linux /proc/stat "steal", in steps of 10 ms); -1 when the system cannot say. A thread whose
    // wake-up the host delays is late without using a CPU or waiting for one in this system.
    static qint64 stolenNs();

    // For OperationScope (GUI thread only).
    bool ownsCurrentThread() const;
    void enter(const char *label);
    void leave();

private:
    struct Frame
    {
        const char *label;
        qint64 startNs;
        qint64 childNs;
    };
    struct EventMark
    {
        qint64 atNs;
        const char *receiverClass;
        int type;
    };

    void tick();
    void noteEvent(const char *receiverClass, int type);
    QString eventAt(qint64 fromNs, qint64 toNs) const;
    QString path(const Frame &top) const;
    static bool eventCallback(void **data);

    QTimer m_timer;
    QElapsedTimer m_clock;
    QThread *m_thread = nullptr;
    int m_intervalMs;
    qint64 m_lastTickNs = 0;
    qint64 m_lastCpuNs = -1;
    qint64 m_lastQueuedNs = -1;
    qint64 m_lastStolenNs = -1;
    qint64 m_startStolenNs = -1;
    double m_cpuMaxMs = -1;
    qint64 m_ticks = 0;
    qint64 m_startNs = 0;
    double m_maxMs = 0;
    int m_over16 = 0;
    std::vector<quint32> m_histogram; // quarter milliseconds; the last bin holds the rest
    QList<Stall> m_worst;
    // Labelled scopes: the open ones, and the one with the most own time since the last tick.
    std::vector<Frame> m_frames;
    QString m_longestLabel;
    qint64 m_longestNs = 0;
    QHash<QString, Operation> m_operations;
    // The last events delivered on this thread (a ring), to name an unlabelled stall.
    std::vector<EventMark> m_events;
    size_t m_nextEvent = 0;
    bool m_hooked = false;
    QString m_dumpFile;
    bool m_dumpAtExit = false;

    static std::atomic<StallProbe *> s_instance;
};

} // namespace hpg

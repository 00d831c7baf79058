#include "stallprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QMetaEnum>
#include <QThread>

#include <algorithm>
#include <cstdio>

#if defined(Q_OS_UNIX)
#include <time.h>
#endif
#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace hpg {

namespace {

constexpr int kBinsPerMs = 4;
constexpr int kBins = 2000 * kBinsPerMs + 1; // up to 2 s; the last bin holds the rest
constexpr int kWorstKept = 10;
constexpr size_t kEventRing = 256;
constexpr qint64 kOperationFloorNs = 1000000; // scopes shorter than 1 ms are not listed

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

#if defined(Q_OS_LINUX)
// A /proc file kept open and read again from its start: the probe reads two of them at every tick
// (every 4 ms), and opening them each time (a path walk through /proc) cost more than the read.
class ProcFile
{
public:
    explicit ProcFile(const char *path)
        : m_fd(::open(path, O_RDONLY | O_CLOEXEC))
    {
    }
    ~ProcFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    ProcFile(const ProcFile &) = delete;
    ProcFile &operator=(const ProcFile &) = delete;

    // The start of the file, as a C string; false when it cannot be read.
    bool read(char *buffer, size_t size) const
    {
        const ssize_t n = m_fd >= 0 ? ::pread(m_fd, buffer, size - 1, 0) : -1;
        if (n <= 0)
            return false;
        buffer[n] = '\0';
        return true;
    }

private:
    int m_fd;
};
#endif

} // namespace

std::atomic<StallProbe *> StallProbe::s_instance { nullptr };

StallProbe::StallProbe(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_thread(QThread::currentThread())
    , m_intervalMs(intervalMs)
    , m_histogram(kBins, 0)
    , m_events(kEventRing, EventMark { 0, nullptr, 0 })
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
    m_clock.start();
}

StallProbe::~StallProbe()
{
    stop();
}

StallProbe *StallProbe::instance()
{
    return s_instance.load(std::memory_order_acquire);
}

StallProbe *StallProbe::startFromEnvironment(const QString *option)
{
    QString target;
    if (option) {
        target = *option;
    } else {
        const QString value = qEnvironmentVariable("HPG_STALL_PROBE");
        if (value.isEmpty() || value == QLatin1String("0"))
            return nullptr;
        if (value != QLatin1String("1"))
            target = value;
    }
    auto *probe = new StallProbe(4, QCoreApplication::instance());
    probe->m_dumpFile = target;
    probe->m_dumpAtExit = true;
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, probe, [probe] {
        if (!probe->dump(probe->m_dumpFile))
            std::fprintf(stderr, "stall probe: cannot write %s\n", qPrintable(probe->m_dumpFile));
    });
    probe->start();
    return probe;
}

void StallProbe::start()
{
    reset();
    StallProbe *expected = nullptr;
    s_instance.compare_exchange_strong(expected, this);
    if (!m_hooked)
        m_hooked = QInternal::registerCallback(QInternal::EventNotifyCallback, &StallProbe::eventCallback);
    m_timer.start();
}

void StallProbe::stop()
{
    m_timer.stop();
    if (m_hooked) {
        QInternal::unregisterCallback(QInternal::EventNotifyCallback, &StallProbe::eventCallback);
        m_hooked = false;
    }
    StallProbe *expected = this;
    s_instance.compare_exchange_strong(expected, nullptr);
}

void StallProbe::reset()
{
    std::fill(m_histogram.begin(), m_histogram.end(), 0);
    m_worst.clear();
    m_operations.clear();
    m_ticks = 0;
    m_maxMs = 0;
    m_over16 = 0;
    m_longestNs = 0;
    m_longestLabel.clear();
    m_cpuMaxMs = -1;
    m_startNs = m_clock.nsecsElapsed();
    m_lastTickNs = m_startNs;
    m_lastCpuNs = threadCpuNs();
    m_lastQueuedNs = threadQueuedNs();
    m_lastStolenNs = m_startStolenNs = stolenNs();
}

qint64 StallProbe::threadCpuNs()
{
#if defined(Q_OS_UNIX) && defined(CLOCK_THREAD_CPUTIME_ID)
    timespec now {};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0)
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
#endif
    return -1;
}

qint64 StallProbe::threadQueuedNs()
{
#if defined(Q_OS_LINUX)
    // "<on a CPU> <waiting on a run queue> <time slices>", in ns.
    char buffer[96];
    unsigned long long onCpu = 0;
    unsigned long long queued = 0;
    thread_local const ProcFile schedstat("/proc/thread-self/schedstat"); // this thread's own
    if (!schedstat.read(buffer, sizeof buffer)
        || std::sscanf(buffer, "%llu %llu", &onCpu, &queued) != 2)
        return -1;
    return qint64(queued);
#else
    return -1;
#endif
}

qint64 StallProbe::stolenNs()
{
#if defined(Q_OS_LINUX)
    // "cpu  user nice system idle iowait irq softirq steal ...", in USER_HZ ticks.
    char buffer[256];
    unsigned long long fields[8] = {};
    static const ProcFile stat("/proc/stat");
    if (!stat.read(buffer, sizeof buffer)
        || std::sscanf(buffer, "cpu %llu %llu %llu %llu %llu %llu %llu %llu", &fields[0], &fields[1], &fields[2],
                       &fields[3], &fields[4], &fields[5], &fields[6], &fields[7])
            != 8)
        return -1;
    static const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    return ticksPerSecond > 0 ? qint64(fields[7]) * (1000000000 / ticksPerSecond) : -1;
#else
    return -1;
#endif
}

bool StallProbe::ownsCurrentThread() const
{
    return QThread::currentThread() == m_thread;
}

void StallProbe::enter(const char *label)
{
    m_frames.push_back(Frame { label, m_clock.nsecsElapsed(), 0 });
}

void StallProbe::leave()
{
    if (m_frames.empty())
        return;
    const Frame frame = m_frames.back();
    const qint64 durationNs = m_clock.nsecsElapsed() - frame.startNs;
    const qint64 ownNs = durationNs - frame.childNs;
    const QString label = ownNs >= kOperationFloorNs || ownNs > m_longestNs ? path(frame) : QString();
    m_frames.pop_back();
    if (!m_frames.empty())
        m_frames.back().childNs += durationNs;
    if (ownNs > m_longestNs) {
        m_longestNs = ownNs;
        m_longestLabel = label;
    }
    if (ownNs >= kOperationFloorNs) {
        Operation &op = m_operations[label];
        op.label = label;
        ++op.count;
        op.maxMs = std::max(op.maxMs, double(ownNs) / 1e6);
        op.totalMs += double(ownNs) / 1e6;
    }
}

QString StallProbe::path(const Frame &top) const
{
    QString text;
    for (const Frame &f : m_frames) {
        if (&f == &m_frames.back())
            break;
        text += QLatin1String(f.label) + QLatin1String(" > ");
    }
    return text + QLatin1String(top.label);
}

bool StallProbe::eventCallback(void **data)
{
    StallProbe *probe = instance();
    if (!probe || !probe->ownsCurrentThread())
        return false;
    const auto *receiver = static_cast<const QObject *>(data[0]);
    const auto *event = static_cast<const QEvent *>(data[1]);
    probe->noteEvent(receiver ? receiver->metaObject()->className() : "?", event ? int(event->type()) : 0);
    return false; // deliver it as usual
}

void StallProbe::noteEvent(const char *receiverClass, int type)
{
    m_events[m_nextEvent] = EventMark { m_clock.nsecsElapsed(), receiverClass, type };
    m_nextEvent = (m_nextEvent + 1) % m_events.size();
}

// The event whose delivery overlaps the window [fromNs, toNs] the most: the next event started
// only when it had finished (or an event sent inside it did).
QString StallProbe::eventAt(qint64 fromNs, qint64 toNs) const
{
    qint64 best = 0;
    const EventMark *culprit = nullptr;
    for (size_t i = 0; i < m_events.size(); ++i) {
        const EventMark &mark = m_events[(m_nextEvent + i) % m_events.size()];
        if (!mark.receiverClass)
            continue;
        const size_t next = m_nextEvent + i + 1;
        const qint64 endNs = i + 1 < m_events.size() && m_events[next % m_events.size()].receiverClass
            ? m_events[next % m_events.size()].atNs
            : toNs;
        const qint64 overlap = std::min(endNs, toNs) - std::max(mark.atNs, fromNs);
        if (overlap > best) {
            best = overlap;
            culprit = &mark;
        }
    }
    if (!culprit)
        return QStringLiteral("unlabelled");
    const char *type = QMetaEnum::fromType<QEvent::Type>().valueToKey(culprit->type);
    return QStringLiteral("unlabelled, in %1 %2")
        .arg(QLatin1String(culprit->receiverClass), type ? QLatin1String(type) : QString::number(culprit->type));
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double lateMs = std::max(0.0, double(now - m_lastTickNs) / 1e6 - m_intervalMs);
    const qint64 fromNs = m_lastTickNs + qint64(m_intervalMs) * 1000000;
    m_lastTickNs = now;
    const qint64 cpuNow = threadCpuNs();
    const double cpuMs = cpuNow >= 0 && m_lastCpuNs >= 0 ? double(cpuNow - m_lastCpuNs) / 1e6 : -1;
    m_lastCpuNs = cpuNow;
    const qint64 queuedNow = threadQueuedNs();
    const double queuedMs
        = queuedNow >= 0 && m_lastQueuedNs >= 0 ? std::min(double(queuedNow - m_lastQueuedNs) / 1e6, lateMs) : -1;
    m_lastQueuedNs = queuedNow;
    const qint64 stolenNow = stolenNs();
    const double stolenMs = stolenNow >= 0 && m_lastStolenNs >= 0 ? double(stolenNow - m_lastStolenNs) / 1e6 : -1;
    m_lastStolenNs = stolenNow;
    if (cpuMs >= 0)
        m_cpuMaxMs = std::max(m_cpuMaxMs, std::min(cpuMs, lateMs));
    ++m_ticks;
    m_maxMs = std::max(m_maxMs, lateMs);
    if (lateMs > 16)
        ++m_over16;
    m_histogram[std::min<size_t>(size_t(lateMs * kBinsPerMs), kBins - 1)] += 1;
    if (lateMs >= 2 && (m_worst.size() < kWorstKept || lateMs > m_worst.constLast().lateMs)) {
        QString operation;
        if (m_longestNs > 0 && double(m_longestNs) / 1e6 >= lateMs / 2)
            operation = m_longestLabel;
        else
            operation = eventAt(fromNs, now)
                + (m_longestNs >= kOperationFloorNs
                       ? QStringLiteral(" (with %1, %2 ms)").arg(m_longestLabel, ms(double(m_longestNs) / 1e6))
                       : QString());
        const Stall stall { (now - m_startNs) / 1000000, lateMs, cpuMs, queuedMs, stolenMs, operation };
        const auto at = std::upper_bound(m_worst.begin(), m_worst.end(), stall,
                                         [](const Stall &a, const Stall &b) { return a.lateMs > b.lateMs; });
        m_worst.insert(at, stall);
        if (m_worst.size() > kWorstKept)
            m_worst.removeLast();
    }
    m_longestNs = 0;
    m_longestLabel.clear();
}

StallProbe::Summary StallProbe::summary() const
{
    Summary s;
    s.ticks = m_ticks;
    s.spanMs = (m_clock.nsecsElapsed() - m_startNs) / 1000000;
    s.maxMs = m_maxMs;
    s.cpuMaxMs = m_cpuMaxMs;
    const qint64 stolenNow = stolenNs();
    s.stolenMs = stolenNow >= 0 && m_startStolenNs >= 0 ? double(stolenNow - m_startStolenNs) / 1e6 : -1;
    s.over16 = m_over16;
    s.worst = m_worst;
    if (!m_worst.isEmpty())
        s.worstOperation = m_worst.constFirst().operation;
    const auto percentile = [this](double fraction) {
        const qint64 rank = qint64(double(m_ticks) * fraction);
        qint64 seen = 0;
        for (size_t bin = 0; bin < m_histogram.size(); ++bin) {
            seen += m_histogram[bin];
            if (seen > rank)
                return std::min(m_maxMs, double(bin + 1) / kBinsPerMs);
        }
        return m_maxMs;
    };
    if (m_ticks > 0) {
        s.p99Ms = percentile(0.99);
        s.p50Ms = percentile(0.50);
    }
    s.operations = m_operations.values();
    std::sort(s.operations.begin(), s.operations.end(),
              [](const Operation &a, const Operation &b) { return a.maxMs > b.maxMs; });
    return s;
}

QString StallProbe::report(const QString &title) const
{
    const Summary s = summary();
    QString text = QStringLiteral("stall probe%1: %2 ticks of %3 ms over %4 s; late by max %5 ms (on a CPU at "
                                  "most %6 ms), p99 %7 ms, median %8 ms; %9 ticks later than 16 ms\n")
                       .arg(title.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(title))
                       .arg(s.ticks)
                       .arg(m_intervalMs)
                       .arg(ms(double(s.spanMs) / 1000.0), ms(s.maxMs), ms(s.cpuMaxMs), ms(s.p99Ms), ms(s.p50Ms))
                       .arg(s.over16);
    if (s.stolenMs >= 0)
        text += QStringLiteral("  the host took %1 ms of this machine's CPUs meanwhile\n").arg(ms(s.stolenMs));
    if (!s.worst.isEmpty())
        text += QStringLiteral("  worst stalls:\n");
    for (const Stall &stall : s.worst)
        text += QStringLiteral("    %1 ms (CPU %2 ms, waiting for a CPU %3 ms, taken by the host %4 ms) at %5 s: %6\n")
                    .arg(ms(stall.lateMs), ms(stall.cpuMs), ms(stall.queuedMs), ms(stall.stolenMs),
                         ms(double(stall.atMs) / 1000.0), stall.operation);
    if (!s.operations.isEmpty())
        text += QStringLiteral("  labelled operations over 1 ms (longest, count, total):\n");
    for (const Operation &op : s.operations)
        text += QStringLiteral("    %1: %2 ms, %3×, %4 ms\n")
                    .arg(op.label, ms(op.maxMs))
                    .arg(op.count)
                    .arg(ms(op.totalMs));
    return text;
}

bool StallProbe::dump(const QString &file) const
{
    const QByteArray text = report().toUtf8();
    if (file.isEmpty()) {
        std::fputs(text.constData(), stderr);
        return true;
    }
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return out.write(text) == text.size();
}

} // namespace hpg

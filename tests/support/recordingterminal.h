#pragma once

// The psql tests' terminal: points TERMINAL at tests/support/recordingterminal.sh, which records
// its arguments and runs the command with the queries given here as psql's input. While the
// command runs, scan() reads every /proc/*/cmdline (and the environment of the processes the
// launch started) for a secret. (Test code.)

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

class RecordingTerminal
{
public:
    // `queries`: what psql reads; `run` false: the terminal records and exits without running it.
    explicit RecordingTerminal(const QByteArray &queries, bool run = true)
    {
        QFile input(m_dir.filePath(QStringLiteral("input.sql")));
        if (input.open(QIODevice::WriteOnly))
            input.write(queries);
        qputenv("TERMINAL", QByteArray(HPG_TEST_SUPPORT_DIR "/recordingterminal.sh"));
        qputenv("HPG_TERMINAL_LOG", log().toUtf8());
        qputenv("HPG_TERMINAL_INPUT", input.fileName().toUtf8());
        qputenv("HPG_TERMINAL_RUN", run ? "1" : "0");
    }
    ~RecordingTerminal()
    {
        for (const char *name : { "TERMINAL", "HPG_TERMINAL_LOG", "HPG_TERMINAL_INPUT", "HPG_TERMINAL_RUN" })
            qunsetenv(name);
    }

    QString log() const { return m_dir.filePath(QStringLiteral("terminal")); }
    QStringList arguments() const { return read(QStringLiteral(".args")).split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QString output() const { return read(QStringLiteral(".out")); }
    bool finished() const { return QFile::exists(log() + QStringLiteral(".status")); }
    QString status() const { return read(QStringLiteral(".status")).trimmed(); }

    // Every process's argv (and the environment of the terminal, its shell and psql), until the terminal
    // has finished; the number of times `secret` was seen (0 expected) and of psql processes seen.
    void scan(const QByteArray &secret, int *hits, int *psqlSeen, int timeoutMs = 60000) const
    {
        *hits = 0;
        *psqlSeen = 0;
        const bool done = QTest::qWaitFor(
            [&] {
                for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
                    if (pid.toInt() <= 0)
                        continue;
                    const QByteArray argv = readProc(pid, "cmdline");
                    if (argv.contains(secret))
                        ++*hits;
                    const bool psql
                        = argv.contains(QByteArrayLiteral("psql")) && argv.contains(QByteArrayLiteral("host="));
                    if (psql)
                        ++*psqlSeen;
                    // The environment of what the launch started (the terminal, its shell, psql).
                    if ((psql || argv.contains(QByteArrayLiteral("PGPASSFILE")))
                        && readProc(pid, "environ").contains(secret))
                        ++*hits;
                }
                return finished();
            },
            timeoutMs);
        Q_UNUSED(done) // the caller checks finished()
    }

private:
    static QByteArray readProc(const QString &pid, const char *file)
    {
        QFile f(QStringLiteral("/proc/%1/%2").arg(pid, QLatin1String(file)));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString read(const QString &suffix) const
    {
        QFile f(log() + suffix);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QTemporaryDir m_dir;
};

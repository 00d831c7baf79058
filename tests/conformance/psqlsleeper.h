#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

// A psql session that runs a long query, for pg:ps, pg:kill and pg:killall to find and end.
// Killed on destruction if it is still running.
class PsqlSleeper
{
public:
    PsqlSleeper(QProcessEnvironment environment, const QString &url, const QString &applicationName)
    {
        environment.insert(QStringLiteral("PGSSLMODE"), QStringLiteral("require"));
        environment.insert(QStringLiteral("PGAPPNAME"), applicationName);
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardInputFile(QProcess::nullDevice());
        m_process.start(QStringLiteral("psql"),
                        { QStringLiteral("-X"), QStringLiteral("-c"), QStringLiteral("SELECT pg_sleep(300)"), url });
    }
    ~PsqlSleeper()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    PsqlSleeper(const PsqlSleeper &) = delete;
    PsqlSleeper &operator=(const PsqlSleeper &) = delete;

    bool running() const { return m_process.state() == QProcess::Running; }
    // Waits for psql to end; returns what it printed (the server's error when it was cancelled).
    QString finish(int timeoutMs = 30000)
    {
        m_process.waitForFinished(timeoutMs);
        m_output += QString::fromUtf8(m_process.readAll());
        return m_output;
    }

private:
    QProcess m_process;
    QString m_output;
};

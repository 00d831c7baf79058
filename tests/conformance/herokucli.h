#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

// One run of the real Heroku CLI: what it printed and how it ended.
struct CliResult
{
    QStringList arguments;
    bool finished = false; // false: it did not start, crashed or timed out
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;

    bool ok() const { return finished && exitCode == 0; }
    // stdout and stderr together: oclif prints progress ("Scaling dynos... done") on stderr.
    QString all() const { return out + QLatin1Char('\n') + err; }
    // The whole run, for failure messages.
    QString describe() const;
};

// Runs the real Heroku CLI (npm heroku@11) against a sandbox, the way §15 of the API reference
// says: HEROKU_HOST=http://localhost:PORT, HEROKU_DATA_HOST=localhost, HEROKU_API_KEY=<token>.
// Every run gets a private HOME and XDG dirs, no inherited HEROKU_* or PG* variables, no
// telemetry, no update checks, so it can never touch a real login or a real Heroku.
class HerokuCli
{
public:
    HerokuCli(const QString &program, const QUrl &sandboxUrl, const QString &token, const QString &home);

    CliResult run(const QStringList &arguments, int timeoutMs = 120000) const;

    // psql (from PATH) on a connection URL, the way a DBA would check what the CLI did.
    // Returns the unaligned, trimmed output, or a string starting with "ERROR:" on failure.
    QString psql(const QString &url, const QString &sql, int timeoutMs = 60000) const;

    QProcessEnvironment environment() const { return m_environment; }
    void setEnvironment(const QString &name, const QString &value) { m_environment.insert(name, value); }
    QString program() const { return m_program; }

private:
    QString m_program;
    QProcessEnvironment m_environment;
};

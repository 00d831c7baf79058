#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// Starts a real hpgdesk-sandbox (from $HPG_SANDBOX_BIN) on a fresh state
// directory and waits until it says it is ready. Stops it on destruction.
class SandboxProcess
{
public:
    SandboxProcess();
    ~SandboxProcess();

    bool start(const QStringList &extraArguments = {}, int timeoutMs = 120000);
    void stop();
    // POST /_sandbox/faults with `faults` (DELETE when empty: no faults); waits for the answer.
    bool setFaults(const QJsonObject &faults, QString *error = nullptr);

    QUrl url() const { return m_url; }
    QString token() const { return m_token; }
    QString stateDir() const { return m_stateDir.path(); }
    QString output() const { return m_output; }

    // One authenticated request to the running sandbox (its API or its /_sandbox admin routes),
    // waited for (test code: it spins the event loop); the reply's JSON, null on no answer.
    QJsonDocument request(const QByteArray &method, const QString &path, const QJsonObject &body = {}) const;

private:
    QTemporaryDir m_stateDir;
    QProcess m_process;
    QUrl m_url;
    QString m_token;
    QString m_output;
};

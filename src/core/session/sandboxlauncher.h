#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace hpg {

// Starts hpgdesk-sandbox as a child process on its own state directory and
// tells when it is ready (its URL and token). Stops it with the app.
class SandboxLauncher : public QObject
{
    Q_OBJECT
public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // Where hpgdesk-sandbox is: beside hpgdesk, in the build tree, or on PATH ("" when nowhere).
    static QString findProgram();
    static QString defaultStateDir();

    void start(const QString &stateDir, bool reset = false);
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

signals:
    void ready(const QUrl &url, const QString &token);
    void failed(const QString &message);

private:
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QProcess m_process;
    QByteArray m_buffer;
    QByteArray m_errors;
    bool m_ready = false;
};

} // namespace hpg

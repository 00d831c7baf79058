#include "sandboxlauncher.h"

#include "core/secrets/childenvironment.h"
#include "core/stall/operationscope.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace hpg {

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::onOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_errors = (m_errors + m_process.readAllStandardError()).right(4000); });
    connect(&m_process, &QProcess::finished, this, &SandboxLauncher::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(tr("Could not start the sandbox (%1): %2").arg(m_process.program(), m_process.errorString()));
    });
}

SandboxLauncher::~SandboxLauncher()
{
    stop();
}

QString SandboxLauncher::findProgram()
{
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate :
         { dir + QStringLiteral("/hpgdesk-sandbox"), dir + QStringLiteral("/../sandbox/hpgdesk-sandbox") }) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("hpgdesk-sandbox"));
}

QString SandboxLauncher::defaultStateDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sandbox");
}

void SandboxLauncher::start(const QString &stateDir, bool reset)
{
    const QString program = findProgram();
    if (program.isEmpty()) {
        emit failed(tr("hpgdesk-sandbox was not found beside hpgdesk or on PATH."));
        return;
    }
    QDir().mkpath(stateDir);
    m_ready = false;
    m_buffer.clear();
    m_errors.clear();
    QStringList arguments { QStringLiteral("--state-dir"), stateDir };
    if (reset)
        arguments.append(QStringLiteral("--reset"));
    m_process.setProcessEnvironment(ChildEnvironment::clean()); // nor the clusters it starts need the token
    const OperationScope scope("sandbox: start the process");
    m_process.start(program, arguments);
}

void SandboxLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    disconnect(&m_process, &QProcess::finished, this, &SandboxLauncher::onFinished);
    m_process.terminate(); // the sandbox stops its PostgreSQL clusters on SIGTERM
    if (!m_process.waitForFinished(30000))
        m_process.kill();
}

void SandboxLauncher::onOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    if (m_ready)
        return;
    static const QRegularExpression readyLine(QStringLiteral(R"(ready url=(\S+) token=(\S+))"));
    const auto match = readyLine.match(QString::fromUtf8(m_buffer));
    if (match.hasMatch()) {
        m_ready = true;
        emit ready(QUrl(match.captured(1)), match.captured(2));
    }
}

void SandboxLauncher::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_ready && status == QProcess::NormalExit && exitCode == 0)
        return;
    const QString details = QString::fromUtf8(m_errors).trimmed();
    emit failed(tr("The sandbox stopped (exit code %1). %2").arg(exitCode).arg(details));
}

} // namespace hpg

#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

#include <memory>

SandboxProcess::SandboxProcess()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &extraArguments, int timeoutMs)
{
    const QString program = qEnvironmentVariable("HPG_SANDBOX_BIN");
    if (program.isEmpty() || !m_stateDir.isValid())
        return false;
    m_process.start(program, QStringList { QStringLiteral("--state-dir"), m_stateDir.path() } + extraArguments);
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression ready(QStringLiteral(R"(ready url=(\S+)(?: token=(\S+))?)"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        const auto match = ready.match(m_output);
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            m_token = match.captured(2);
            return true;
        }
    }
    m_output += QString::fromUtf8(m_process.readAllStandardError());
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: the sandbox stops its clusters before it exits
    if (!m_process.waitForFinished(60000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SandboxProcess::setFaults(const QJsonObject &faults, QString *error)
{
    QUrl url = m_url;
    url.setPath(QStringLiteral("/_sandbox/faults"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> reply(
        nam.sendCustomRequest(request, faults.isEmpty() ? "DELETE" : "POST", QJsonDocument(faults).toJson()));
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 10000)) {
        if (error)
            *error = QStringLiteral("the sandbox did not answer POST /_sandbox/faults");
        return false;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && error)
        *error = QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(reply->readAll()));
    return status == 200;
}

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

namespace {

struct Answer
{
    bool finished = false;
    int status = 0;
    QByteArray body;
};

// One authenticated request to a sandbox, waited for (test code: spins the event loop).
Answer call(const QUrl &base, const QString &token, const QByteArray &method, const QString &path,
            const QJsonObject &body, int timeoutMs)
{
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(request, method, QJsonDocument(body).toJson()));
    Answer answer;
    answer.finished = QTest::qWaitFor([&reply] { return reply->isFinished(); }, timeoutMs);
    if (answer.finished) {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
    }
    return answer;
}

} // namespace

QJsonDocument SandboxProcess::request(const QByteArray &method, const QString &path, const QJsonObject &body) const
{
    return QJsonDocument::fromJson(call(m_url, m_token, method, path, body, 30000).body);
}

bool SandboxProcess::setFaults(const QJsonObject &faults, QString *error)
{
    const Answer answer = call(m_url, m_token, faults.isEmpty() ? "DELETE" : "POST",
                               QStringLiteral("/_sandbox/faults"), faults, 10000);
    if (!answer.finished) {
        if (error)
            *error = QStringLiteral("the sandbox did not answer POST /_sandbox/faults");
        return false;
    }
    if (answer.status != 200 && error)
        *error = QStringLiteral("HTTP %1: %2").arg(answer.status).arg(QString::fromUtf8(answer.body));
    return answer.status == 200;
}

#include "sandboxprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class TestSandboxServer : public QObject
{
    Q_OBJECT
private slots:
    void answersHealthOnLoopback()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.output()));
        QCOMPARE(sandbox.url().host(), QStringLiteral("127.0.0.1"));

        QNetworkAccessManager nam;
        QUrl url = sandbox.url();
        url.setPath(QStringLiteral("/health"));
        std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url)));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const auto body = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void refusesToStartWithoutStateDir()
    {
        QProcess process;
        process.start(qEnvironmentVariable("HPG_SANDBOX_BIN"), {});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--state-dir"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "testsandboxserver.moc"

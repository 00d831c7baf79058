#pragma once

#include "herokucli.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// What the conformance tests share: a sandbox with the demo world and the real Heroku CLI
// (from $HPG_HEROKU_CLI) pointed at it with a private HOME. A test class derives from this,
// calls startSandboxAndCli() from its initTestCase() and stopSandbox() from cleanupTestCase().
class CliConformanceTest : public QObject
{
protected:
    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    std::unique_ptr<HerokuCli> m_cli;
    QElapsedTimer m_clock;

    CliResult heroku(const QStringList &arguments, int timeoutMs = 120000) { return m_cli->run(arguments, timeoutMs); }
    QString configVar(const QString &app, const QString &name)
    {
        return heroku({ QStringLiteral("config:get"), name, QStringLiteral("-a"), app }).out.trimmed();
    }

    // Fails the calling test function when the CLI or psql is missing or the sandbox does not start.
    // testName: the CTest test, for the hint on how to install the CLI.
    void startSandboxAndCli(const QString &testName)
    {
        m_clock.start();
        const QString program = qEnvironmentVariable("HPG_HEROKU_CLI");
        QVERIFY2(QFileInfo(program).isExecutable(),
                 qPrintable(QStringLiteral("HPG_HEROKU_CLI (%1) is not the installed Heroku CLI: run the "
                                           "installherokucli fixture (ctest -R %2 runs it first)")
                                .arg(program, testName)));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("psql")).isEmpty(),
                 "psql is not on PATH (postgresql-client): pg:ps, pg:kill and pg:psql need it");
        QVERIFY(m_home.isValid());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        m_cli = std::make_unique<HerokuCli>(program, m_sandbox.url(), m_sandbox.token(), m_home.path());
        qInfo("sandbox ready after %lld ms", m_clock.elapsed());
    }

    void stopSandbox()
    {
        m_sandbox.stop();
        qInfo("conformance run took %lld ms", m_clock.elapsed());
    }
};

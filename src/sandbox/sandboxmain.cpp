#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hpgdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HPG_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A local Heroku backed by real PostgreSQL clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption stateDir(QStringLiteral("state-dir"), QStringLiteral("Keep state in DIR."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Listen on port N (0: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(stateDir);
    parser.addOption(portOption);
    parser.process(app);

    if (!parser.isSet(stateDir)) {
        std::fputs("hpgdesk-sandbox: --state-dir DIR is required\n", stderr);
        return 2;
    }
    QDir().mkpath(parser.value(stateDir));

    hpg::sandbox::SandboxServer server;
    const quint16 port = server.listen(QHostAddress::LocalHost, parser.value(portOption).toUShort());
    if (port == 0) {
        std::fputs("hpgdesk-sandbox: could not listen on 127.0.0.1\n", stderr);
        return 1;
    }
    std::printf("hpgdesk-sandbox ready url=http://127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);
    return app.exec();
}

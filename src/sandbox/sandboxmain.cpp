#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFds[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

// SIGTERM/SIGINT → a byte on a socket pair → QSocketNotifier → quit the event loop.
void installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto bytes = ::read(g_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

bool parseRate(const QString &text, double *rate)
{
    bool ok = false;
    *rate = text.toDouble(&ok);
    return ok && *rate >= 0 && *rate <= 1;
}

} // namespace

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
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Build the world from FILE (default: the demo world)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption resetOption(QStringLiteral("reset"), QStringLiteral("Wipe the state dir first."));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Listen on ADDR (default 127.0.0.1)."), QStringLiteral("ADDR"),
                                          QStringLiteral("127.0.0.1"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"),
                                         QStringLiteral("Allow --listen on an address other than loopback."));
    const QCommandLineOption tokenOption(QStringLiteral("token"), QStringLiteral("Use TOKEN as the API token."),
                                         QStringLiteral("TOKEN"));
    const QCommandLineOption latency(QStringLiteral("fault-latency"), QStringLiteral("Delay every answer by MS."),
                                     QStringLiteral("MS"));
    const QCommandLineOption errorRate(QStringLiteral("fault-error-rate"),
                                       QStringLiteral("Answer this fraction (0..1) of requests with 503."),
                                       QStringLiteral("RATE"));
    const QCommandLineOption rateLimit(QStringLiteral("fault-429-rate"),
                                       QStringLiteral("Answer this fraction (0..1) of requests with 429."),
                                       QStringLiteral("RATE"));
    const QCommandLineOption dropRate(QStringLiteral("fault-drop-rate"),
                                      QStringLiteral("Drop the connection of this fraction (0..1) of requests."),
                                      QStringLiteral("RATE"));
    const QCommandLineOption slowFollower(QStringLiteral("fault-slow-follower"),
                                          QStringLiteral("Followers replay WAL MS late."), QStringLiteral("MS"));
    const QCommandLineOption faultSeed(QStringLiteral("fault-seed"), QStringLiteral("Seed of the fault sequence."),
                                       QStringLiteral("N"));
    const QCommandLineOption dynoRate(QStringLiteral("dyno-rows-per-second"),
                                      QStringLiteral("Rows each simulated app writes per second."),
                                      QStringLiteral("N"));
    parser.addOptions({ stateDir, portOption, seedOption, resetOption, listenOption, allowRemote, tokenOption, latency,
                        errorRate, rateLimit, dropRate, slowFollower, faultSeed, dynoRate });
    parser.process(app);

    if (!parser.isSet(stateDir)) {
        std::fputs("hpgdesk-sandbox: --state-dir DIR is required\n", stderr);
        return 2;
    }
    const QHostAddress address(parser.value(listenOption));
    if (address.isNull()) {
        std::fputs("hpgdesk-sandbox: --listen needs an IP address\n", stderr);
        return 2;
    }
    if (!address.isLoopback() && !parser.isSet(allowRemote)) {
        std::fputs("hpgdesk-sandbox: refusing to listen on a non-loopback address without --allow-remote\n", stderr);
        return 2;
    }

    hpg::sandbox::SandboxOptions options;
    options.stateDir = QDir(parser.value(stateDir)).absolutePath();
    options.seedFile = parser.value(seedOption);
    options.reset = parser.isSet(resetOption);
    options.token = parser.value(tokenOption);
    options.faults.latencyMs = parser.value(latency).toInt();
    options.faults.slowFollowerMs = parser.value(slowFollower).toInt();
    options.faults.seed = parser.isSet(faultSeed) ? parser.value(faultSeed).toUInt() : 1;
    if ((parser.isSet(errorRate) && !parseRate(parser.value(errorRate), &options.faults.errorRate))
        || (parser.isSet(rateLimit) && !parseRate(parser.value(rateLimit), &options.faults.rateLimitRate))
        || (parser.isSet(dropRate) && !parseRate(parser.value(dropRate), &options.faults.dropRate))) {
        std::fputs("hpgdesk-sandbox: fault rates are numbers from 0 to 1\n", stderr);
        return 2;
    }
    if (parser.isSet(dynoRate))
        options.dynoRowsPerSecond = parser.value(dynoRate).toInt();
    if (!QDir().mkpath(options.stateDir)) {
        std::fputs("hpgdesk-sandbox: cannot create the state dir\n", stderr);
        return 1;
    }

    installSignalHandlers(app);
    hpg::sandbox::SandboxServer server(options);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &server, [&server] { server.shutdown(); });
    const quint16 port = server.listen(address, parser.value(portOption).toUShort());
    if (port == 0) {
        std::fprintf(stderr, "hpgdesk-sandbox: could not listen on %s\n", qPrintable(address.toString()));
        return 1;
    }
    QObject::connect(&server, &hpg::sandbox::SandboxServer::ready, &app, [&server, port, address] {
        const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[%1]").arg(address.toString())
            : address.toString();
        std::printf("hpgdesk-sandbox ready url=http://%s:%u token=%s\n", qPrintable(host), unsigned(port),
                    qPrintable(server.token()));
        std::fflush(stdout);
    });
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "hpgdesk-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    return app.exec();
}

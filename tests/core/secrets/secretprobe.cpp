// A helper for testkeychainsecretstore: runs one KeychainSecretStore
// operation in a fresh process, so that the test can give it a D-Bus
// environment of its own (none, a dead address, a bus without a keychain, a
// keychain that never answers) and time it.
//
//   secretprobe check|read|write|remove [timeout-ms]
//       prints "status=<n> elapsed=<ms>" and "message=<text>" and exits 0
//   secretprobe own-name <name>
//       owns <name> on the session bus, prints "owned" and waits to be killed

#include "core/secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    QTextStream out(stdout);

    if (mode == QLatin1String("own-name")) {
        auto bus = QDBusConnection::sessionBus();
        if (!bus.isConnected() || !bus.registerService(args.value(2))) {
            out << "failed " << bus.lastError().message() << Qt::endl;
            return 1;
        }
        out << "owned" << Qt::endl;
        return app.exec();
    }

    hpg::KeychainSecretStore store;
    if (args.size() > 2)
        store.setTimeout(std::chrono::milliseconds(args.value(2).toInt()));
    QElapsedTimer timer;
    timer.start();
    const auto report = [&](const hpg::SecretResult &result) {
        out << "status=" << int(result.status) << " elapsed=" << timer.elapsed() << Qt::endl;
        out << "message=" << result.message << Qt::endl;
        app.quit();
    };
    const QString service = QStringLiteral("hpgdesk-secretprobe");
    const QString key = QStringLiteral("probe@example.com");
    if (mode == QLatin1String("check"))
        store.checkAvailability(&app, report);
    else if (mode == QLatin1String("read"))
        store.read(service, key, &app, report);
    else if (mode == QLatin1String("write"))
        store.write(service, key, QStringLiteral("HRKU-secretprobe-never-stored-0123456789"), &app, report);
    else if (mode == QLatin1String("remove"))
        store.remove(service, key, &app, report);
    else
        return 2;
    return app.exec();
}

#pragma once

#include "secretstore.h"
#include "tokenshape.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

class QProcess;
class QUrl;

namespace hpg {

// Finds Heroku API tokens the user already has, in the order a desktop app
// should trust them (API reference §1.1): HEROKU_API_KEY, the Heroku CLI's
// keychain item (service "heroku-cli", account = the e-mail in the CLI's
// login.json), then ~/.netrc (machine api.heroku.com). Every token found is
// shape-checked; the caller still checks it with GET /account.
//
// The keychain item: on Linux the CLI stores it with
// `secret-tool store service heroku-cli account EMAIL` (plain Secret Service
// attributes, which QtKeychain's own schema cannot match), so it is read the
// same way the CLI reads it, with `secret-tool lookup` (the token comes back
// on a pipe, never through argv or a file), under a time limit. On macOS it
// is a generic password that QtKeychain reads (setSecretStore()). On Windows
// the CLI uses the Credential Locker, which QtKeychain cannot read.
class TokenImporter : public QObject
{
    Q_OBJECT
public:
    enum class Source { Environment, HerokuCliKeychain, Netrc };
    Q_ENUM(Source)

    struct Found
    {
        Source source = Source::Environment;
        QString token;
        QString account; // the e-mail, when the source names one
        QString origin; // where it was found, for the user (translated)
        TokenShape::Kind kind = TokenShape::Kind::Other;
    };

    struct Problem
    {
        Source source = Source::Environment;
        QString message; // translated; never contains a token
    };

    struct Report
    {
        QList<Found> found; // without duplicates, in trust order
        QList<Problem> problems;
    };

    explicit TokenImporter(QObject *parent = nullptr);
    ~TokenImporter() override;

    // Defaults: the process environment, machine api.heroku.com, a 10 s
    // limit for the keychain, no SecretStore.
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    void setMachine(const QString &machine) { m_machine = machine; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setSecretStore(SecretStore *store) { m_store = store; }

    // Looks everywhere; emits finished() once, later (never from inside start()).
    void start();
    bool isRunning() const { return m_running; }

    // The steps, also usable on their own.
    static std::optional<Found> fromEnvironment(const QProcessEnvironment &environment, QList<Problem> *problems);
    static std::optional<Found> fromNetrc(const QString &path, const QString &machine, QList<Problem> *problems);
    // ~/.netrc (Windows: _netrc under HOME, HOMEDRIVE+HOMEPATH or USERPROFILE).
    static QString netrcPath(const QProcessEnvironment &environment);
    // The netrc machine the CLI uses for an API base URL: its host[:port].
    static QString netrcMachineFor(const QUrl &apiBaseUrl);
    // The CLI's data directory: HEROKU_DATA_DIR, else XDG_DATA_HOME/heroku,
    // else (Windows) LOCALAPPDATA/heroku, else ~/.local/share/heroku.
    static QString herokuDataDir(const QProcessEnvironment &environment);
    // The account in <data dir>/login.json, empty when there is none.
    static QString herokuCliAccount(const QProcessEnvironment &environment);

signals:
    void finished(const hpg::TokenImporter::Report &report);

private:
    void lookUpKeychain();
    void lookUpWithSecretTool(const QString &program, QStringList accounts);
    void runSecretTool(const QString &program, const QStringList &arguments,
                       std::function<void(int exitCode, const QByteArray &out, const QString &err)> done);
    void addKeychainToken(const QString &token, const QString &account);
    void finishKeychain();

    QProcessEnvironment m_environment;
    QString m_machine = QStringLiteral("api.heroku.com");
    std::chrono::milliseconds m_timeout { 10000 };
    QPointer<SecretStore> m_store;
    bool m_running = false;
    Report m_report;
    QList<Found> m_fromKeychain;
    QPointer<QProcess> m_process;
};

} // namespace hpg

Q_DECLARE_METATYPE(hpg::TokenImporter::Report)

#include "tokenimporter.h"

#include "childenvironment.h"
#include "netrcfile.h"
#include "secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace hpg {

namespace {

const QString kCliService = QStringLiteral("heroku-cli");

QString homeDir(const QProcessEnvironment &environment)
{
    const QString home = environment.value(QStringLiteral("HOME"));
    return home.isEmpty() ? QDir::homePath() : home;
}

// The first line of a tool's error output that is not an attribute listing.
QString firstErrorLine(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1String("attribute.")))
            return trimmed;
    }
    return {};
}

} // namespace

TokenImporter::TokenImporter(QObject *parent)
    : QObject(parent)
    , m_environment(QProcessEnvironment::systemEnvironment())
{ }

TokenImporter::~TokenImporter()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QString TokenImporter::netrcPath(const QProcessEnvironment &environment)
{
#ifdef Q_OS_WIN
    QString home = environment.value(QStringLiteral("HOME"));
    if (home.isEmpty() && environment.contains(QStringLiteral("HOMEDRIVE"))
        && environment.contains(QStringLiteral("HOMEPATH")))
        home = environment.value(QStringLiteral("HOMEDRIVE")) + environment.value(QStringLiteral("HOMEPATH"));
    if (home.isEmpty())
        home = environment.value(QStringLiteral("USERPROFILE"), QDir::homePath());
    return QDir(home).filePath(QStringLiteral("_netrc"));
#else
    return QDir(homeDir(environment)).filePath(QStringLiteral(".netrc"));
#endif
}

QString TokenImporter::netrcMachineFor(const QUrl &apiBaseUrl)
{
    const int port = apiBaseUrl.port();
    const bool defaultPort = port < 0 || (apiBaseUrl.scheme() == QLatin1String("https") && port == 443)
        || (apiBaseUrl.scheme() == QLatin1String("http") && port == 80);
    return defaultPort ? apiBaseUrl.host() : apiBaseUrl.host() + QLatin1Char(':') + QString::number(port);
}

QString TokenImporter::herokuDataDir(const QProcessEnvironment &environment)
{
    const QString explicitDir = environment.value(QStringLiteral("HEROKU_DATA_DIR"));
    if (!explicitDir.isEmpty())
        return explicitDir;
    const QString xdg = environment.value(QStringLiteral("XDG_DATA_HOME"));
    if (!xdg.isEmpty())
        return QDir(xdg).filePath(QStringLiteral("heroku"));
#ifdef Q_OS_WIN
    const QString local = environment.value(QStringLiteral("LOCALAPPDATA"));
    if (!local.isEmpty())
        return QDir(local).filePath(QStringLiteral("heroku"));
#endif
    return QDir(homeDir(environment)).filePath(QStringLiteral(".local/share/heroku"));
}

QString TokenImporter::herokuCliAccount(const QProcessEnvironment &environment)
{
    QFile file(QDir(herokuDataDir(environment)).filePath(QStringLiteral("login.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("account")).toString();
}

std::optional<TokenImporter::Found> TokenImporter::fromEnvironment(const QProcessEnvironment &environment,
                                                                   QList<Problem> *problems)
{
    const QString value = environment.value(QStringLiteral("HEROKU_API_KEY")).trimmed();
    if (value.isEmpty()) {
        if (!environment.value(QStringLiteral("HEROKU_API_TOKEN")).trimmed().isEmpty())
            problems->append({ Source::Environment,
                               tr("HEROKU_API_TOKEN is set, but the Heroku CLI reads only HEROKU_API_KEY, so "
                                  "hpgdesk does not use it either.") });
        return std::nullopt;
    }
    const auto shape = TokenShape::check(value);
    if (!shape.isValid()) {
        problems->append({ Source::Environment,
                           tr("HEROKU_API_KEY is set, but it does not hold an API token: %1").arg(shape.error) });
        return std::nullopt;
    }
    return Found { Source::Environment, shape.token, {}, tr("the environment variable HEROKU_API_KEY"), shape.kind };
}

std::optional<TokenImporter::Found> TokenImporter::fromNetrc(const QString &path, const QString &machine,
                                                             QList<Problem> *problems)
{
    if (QFileInfo::exists(path + QStringLiteral(".gpg")))
        problems->append({ Source::Netrc,
                           tr("%1.gpg is encrypted; hpgdesk does not decrypt it. Paste the token "
                              "that “heroku auth:token” prints instead.")
                               .arg(QDir::toNativeSeparators(path)) });
    QString error;
    const auto netrc = NetrcFile::load(path, &error);
    if (!netrc) {
        problems->append({ Source::Netrc, error });
        return std::nullopt;
    }
    const auto entry = netrc->find(machine);
    if (!entry || entry->password.isEmpty())
        return std::nullopt;
    const QString origin = entry->isDefault ? tr("%1, default entry").arg(QDir::toNativeSeparators(path))
                                            : tr("%1, machine %2").arg(QDir::toNativeSeparators(path), entry->machine);
    const auto shape = TokenShape::check(entry->password);
    if (!shape.isValid()) {
        // A default entry often holds some other password: not worth a word.
        if (!entry->isDefault)
            problems->append(
                { Source::Netrc, tr("The password in %1 is not an API token: %2").arg(origin, shape.error) });
        return std::nullopt;
    }
    return Found { Source::Netrc, shape.token, entry->login, origin, shape.kind };
}

void TokenImporter::start()
{
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    m_fromKeychain.clear();
    QMetaObject::invokeMethod(this, &TokenImporter::lookUpKeychain, Qt::QueuedConnection);
}

void TokenImporter::lookUpKeychain()
{
    const QString account = herokuCliAccount(m_environment);
#if defined(Q_OS_MACOS)
    if (account.isEmpty() || !m_store) {
        finishKeychain();
        return;
    }
    m_store->read(kCliService, account, this, [this, account](const SecretResult &result) {
        if (result.ok())
            addKeychainToken(result.secret, account);
        else if (result.status != SecretResult::Status::NotFound)
            m_report.problems.append({ Source::HerokuCliKeychain, result.message });
        finishKeychain();
    });
#elif defined(Q_OS_WIN)
    if (!account.isEmpty())
        m_report.problems.append({ Source::HerokuCliKeychain,
                                   tr("The Heroku CLI keeps the token for %1 in the Windows Credential Locker, "
                                      "which hpgdesk cannot read. Paste the token that “heroku auth:token” "
                                      "prints instead.")
                                       .arg(account) });
    finishKeychain();
#else
    const QString program = QStandardPaths::findExecutable(
        QStringLiteral("secret-tool"),
        m_environment.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts));
    // Without secret-tool the CLI itself keeps its token in ~/.netrc.
    if (program.isEmpty()) {
        finishKeychain();
        return;
    }
    if (!account.isEmpty()) {
        lookUpWithSecretTool(program, { account });
        return;
    }
    // No login.json: list the accounts that have an item, as `heroku` does.
    runSecretTool(program,
                  { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("service"), kCliService },
                  [this, program](int exitCode, const QByteArray &, const QString &err) {
                      if (exitCode == -2) {
                          finishKeychain();
                          return;
                      }
                      QStringList accounts;
                      for (const QString &line : err.split(QLatin1Char('\n'))) {
                          const QString trimmed = line.trimmed();
                          if (trimmed.startsWith(QLatin1String("attribute.account"))) {
                              const auto equals = trimmed.indexOf(QLatin1Char('='));
                              if (equals > 0)
                                  accounts << trimmed.mid(equals + 1).trimmed();
                          }
                      }
                      const QString error = firstErrorLine(err);
                      if (accounts.isEmpty() && !error.isEmpty())
                          m_report.problems.append(
                              { Source::HerokuCliKeychain,
                                tr("The keychain could not be searched for the Heroku CLI's token: %1").arg(error) });
                      accounts.removeDuplicates();
                      lookUpWithSecretTool(program, accounts);
                  });
#endif
}

void TokenImporter::lookUpWithSecretTool(const QString &program, QStringList accounts)
{
    if (accounts.isEmpty()) {
        finishKeychain();
        return;
    }
    const QString account = accounts.takeFirst();
    runSecretTool(
        program,
        { QStringLiteral("lookup"), QStringLiteral("service"), kCliService, QStringLiteral("account"), account },
        [this, program, accounts, account](int exitCode, const QByteArray &out, const QString &err) {
            if (exitCode == -2) {
                finishKeychain();
                return;
            }
            const QString token = QString::fromUtf8(out).trimmed();
            const QString error = firstErrorLine(err);
            if (exitCode == 0 && !token.isEmpty())
                addKeychainToken(token, account);
            else if (!error.isEmpty())
                m_report.problems.append(
                    { Source::HerokuCliKeychain,
                      tr("The keychain could not be read for the Heroku CLI's token: %1").arg(error) });
            lookUpWithSecretTool(program, accounts);
        });
}

void TokenImporter::runSecretTool(const QString &program, const QStringList &arguments,
                                  std::function<void(int, const QByteArray &, const QString &)> done)
{
    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(program);
    process->setArguments(arguments);
    process->setProcessEnvironment(ChildEnvironment::clean(m_environment)); // secret-tool needs no API token
    process->setStandardInputFile(QProcess::nullDevice());
    auto handled = std::make_shared<bool>(false);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, process, handled, done] {
        if (*handled)
            return;
        *handled = true;
        process->disconnect(this);
        process->kill();
        process->waitForFinished(1000);
        process->deleteLater();
        m_report.problems.append(
            { Source::HerokuCliKeychain,
              tr("The keychain did not answer within %1 seconds while looking for the Heroku CLI's token.")
                  .arg(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count()) });
        done(-2, {}, {});
    });
    const auto finish = [process, handled, done, timer](int exitCode) {
        if (*handled)
            return;
        *handled = true;
        timer->stop();
        const QByteArray out = process->readAllStandardOutput();
        const QString err = QString::fromUtf8(process->readAllStandardError());
        process->deleteLater();
        done(exitCode, out, err);
    };
    connect(process, &QProcess::finished, this, [finish](int exitCode, QProcess::ExitStatus status) {
        finish(status == QProcess::NormalExit ? exitCode : -1);
    });
    connect(process, &QProcess::errorOccurred, this, [finish](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(-1);
    });
    timer->start(m_timeout);
    process->start();
}

void TokenImporter::addKeychainToken(const QString &token, const QString &account)
{
    const auto shape = TokenShape::check(token);
    if (!shape.isValid()) {
        m_report.problems.append(
            { Source::HerokuCliKeychain,
              tr("The Heroku CLI's keychain item for %1 does not hold an API token: %2").arg(account, shape.error) });
        return;
    }
    m_fromKeychain.append({ Source::HerokuCliKeychain, shape.token, account,
                            tr("the Heroku CLI's keychain item for %1").arg(account), shape.kind });
}

void TokenImporter::finishKeychain()
{
    QList<Found> candidates;
    if (auto found = fromEnvironment(m_environment, &m_report.problems))
        candidates.append(*found);
    candidates.append(m_fromKeychain);
    if (auto found = fromNetrc(netrcPath(m_environment), m_machine, &m_report.problems))
        candidates.append(*found);
    QSet<QString> seen;
    for (const Found &found : candidates) {
        if (seen.contains(found.token))
            continue;
        seen.insert(found.token);
        m_report.found.append(found);
    }
    m_fromKeychain.clear();
    m_running = false;
    emit finished(m_report);
}

} // namespace hpg

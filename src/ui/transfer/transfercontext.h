#pragma once

#include "core/heroku/apicall.h"
#include "core/pg/conninfo.h"
#include "core/transfer/localserversettings.h"
#include "core/transfer/transferpreflight.h"
#include "core/transfer/transferspec.h"

#include <QObject>
#include <QPointer>

namespace hpg {

class ApiCall;
class ApiClient;
class SecretStore;
struct ApiResult;

// What the pages of a pull or push wizard share: the Heroku database and its credentials, the
// local server and its password (from the keychain, else PGPASSWORD), the user's choices and the
// checks' report. Builds the TransferSpec for the job.
class TransferContext : public QObject
{
    Q_OBJECT
public:
    enum class ModeChoice { Automatic, Stream, Parallel };

    TransferContext(TransferSpec::Direction direction, ApiClient *api, SecretStore *secrets, const QString &appName,
                    const QString &addonName, QObject *parent = nullptr);

    TransferSpec::Direction direction() const { return m_direction; }
    bool isPull() const { return m_direction == TransferSpec::Direction::Pull; }
    ApiClient *api() const { return m_api; }
    SecretStore *secrets() const { return m_secrets; }
    QString appName() const { return m_appName; }
    QString addonName() const { return m_addonName; }
    // "app::addon", as the CLI writes a database of another app.
    QString herokuLabel() const;

    // The Heroku database's default credential (GET /postgres/v0/databases/{addon}/credentials).
    void fetchRemote();
    bool isRemoteReady() const { return !m_remote.user().isEmpty(); }
    bool isFetchingRemote() const { return m_remoteCall; }
    QString remoteError() const { return m_remoteError; }
    // What the setup pages say about the Heroku side: fetching, the error, or whom they connect as.
    QString remoteStatusText() const;
    bool canRetryRemote() const { return !isFetchingRemote() && !m_remoteError.isEmpty(); }
    ConnInfo remote() const { return m_remote; }

    // The local server, and its password read from the keychain (or PGPASSWORD).
    void loadLocalServer();
    LocalServerSettings localSettings() const { return m_localSettings; }
    QString localPassword() const { return m_localPassword; }
    void setLocalServer(const LocalServerSettings &settings, const QString &password);
    ConnInfo local(const QString &database) const { return m_localSettings.connInfo(database, m_localPassword); }
    // Opens the local server dialog (window-modal, never blocking); applies what is accepted.
    void editLocalServer(QWidget *parent);

    QString localDatabase() const { return m_localDatabase; }
    void setLocalDatabase(const QString &name) { m_localDatabase = name; }
    QStringList excludeTableData() const { return m_excludeTableData; }
    void setExcludeTableData(const QStringList &patterns) { m_excludeTableData = patterns; }
    ModeChoice modeChoice() const { return m_modeChoice; }
    int jobs() const { return m_jobs; }
    void setMode(ModeChoice choice, int jobs)
    {
        m_modeChoice = choice;
        m_jobs = jobs;
    }

    const PreflightReport &report() const { return m_report; }
    void setReport(const PreflightReport &report) { m_report = report; }

    TransferPreflight::Request preflightRequest() const;
    // The job's spec, with the mode chosen (Automatic follows the report's advice).
    TransferSpec spec() const;
    QString herokuCommand() const;
    QString localLabel() const; // "mydb on dba@localhost:5432"

signals:
    void remoteChanged();
    void localServerChanged();

private:
    void onCredentials(const ApiResult &result);

    TransferSpec::Direction m_direction;
    ApiClient *m_api;
    SecretStore *m_secrets;
    QString m_appName;
    QString m_addonName;
    QPointer<ApiCall> m_remoteCall;
    ConnInfo m_remote;
    QString m_remoteError;
    LocalServerSettings m_localSettings;
    QString m_localPassword;
    QString m_localDatabase;
    QStringList m_excludeTableData;
    ModeChoice m_modeChoice = ModeChoice::Automatic;
    int m_jobs = 2;
    PreflightReport m_report;
};

} // namespace hpg

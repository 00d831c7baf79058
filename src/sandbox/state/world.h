#pragma once

#include "records.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace hpg::sandbox {

// Everything the sandbox knows besides the clusters' data: the account, teams, spaces,
// apps, add-ons, attachments, maintenances, Connect connections and transfers.
// Kept in memory and written atomically (QSaveFile) to <stateDir>/world.json shortly
// after every change.
class World : public QObject
{
    Q_OBJECT
public:
    explicit World(const QString &stateDir, QObject *parent = nullptr);
    QString stateDir() const { return m_stateDir; }
    ~World() override;

    QString filePath() const;
    bool exists() const;
    bool load(QString *error);
    bool save(QString *error = nullptr);
    // Schedules a save (coalesced); call after every change.
    void markDirty();
    void clear();

    // Lookups by id or name (names case-insensitive). nullptr when unknown.
    AppRecord *app(const QString &idOrName) const;
    TeamRecord *team(const QString &idOrName) const;
    SpaceRecord *space(const QString &idOrName) const;
    AddonRecord *addon(const QString &idOrName) const;
    AttachmentRecord *attachment(const QString &id) const;
    AttachmentRecord *attachmentNamed(const QString &appId, const QString &name, const QString &ns = {}) const;
    ConnectConnectionRecord *connection(const QString &id) const;
    TransferRecord *transfer(const QString &uuid) const;
    QList<AttachmentRecord *> attachmentsOfApp(const QString &appId) const;
    QList<AttachmentRecord *> attachmentsOfAddon(const QString &addonId) const;
    QList<AddonRecord *> addonsOfApp(const QString &appId) const;
    QList<AddonRecord *> followersOf(const QString &addonId) const;
    // The newest maintenance of an add-on that is not completed (nullptr when none).
    MaintenanceRecord *openMaintenance(const QString &addonId) const;
    QList<MaintenanceRecord *> maintenancesOf(const QString &addonId) const;

    void removeApp(const QString &id);
    void removeAddon(const QString &id);
    void removeAttachment(const QString &id);

    static QString newId();
    // "postgresql-curved-12345" (unique among add-ons).
    QString newAddonName(const QString &service) const;
    // A colour attachment name no attachment of the app uses: "HEROKU_POSTGRESQL_GRAY".
    QString freeColorName(const QString &appId, const QString &prefix = QStringLiteral("HEROKU_POSTGRESQL")) const;
    static QString randomToken();

    // The URL an attachment gives its app (from the cluster; "" while it is not provisioned).
    using UrlProvider = std::function<QString(const QString &addonId, const QString &credential)>;
    void setUrlProvider(UrlProvider provider) { m_urlProvider = std::move(provider); }
    QString attachmentUrl(const AttachmentRecord &attachment) const;
    // User config vars plus <ATTACHMENT>_URL for every attachment of the app.
    QMap<QString, QString> configVars(const AppRecord &app) const;
    // The config var names an add-on's attachments give the add-on's app.
    QStringList addonConfigVarNames(const AddonRecord &addon) const;

    ReleaseRecord &addRelease(AppRecord &app, const QString &description);

    QString token;
    AccountRecord account;
    QList<std::shared_ptr<TeamRecord>> teams;
    QList<std::shared_ptr<SpaceRecord>> spaces;
    QList<std::shared_ptr<AppRecord>> apps;
    QList<std::shared_ptr<AddonRecord>> addons;
    QList<std::shared_ptr<AttachmentRecord>> attachments;
    QList<std::shared_ptr<MaintenanceRecord>> maintenances;
    QList<std::shared_ptr<ConnectConnectionRecord>> connections;
    QList<std::shared_ptr<TransferRecord>> transfers;
    QList<std::shared_ptr<BackupScheduleRecord>> backupSchedules;
    int dynoRowsPerSecond = 2;
    int connectRowsPerSecond = 1;
    // How long a Heroku Connect mapping reload takes (RELOAD_TABLE → DATA_SYNCED).
    int connectReloadSeconds = 3;

    // Dynos that a scale-down removed from the formation and that are still shutting down
    // (app id → dyno names such as "worker.1"); not persisted. The API lists them with state
    // "down" and they keep writing until the simulator has stopped them, dynoStopMs later.
    QHash<QString, QStringList> stoppingDynos;
    int dynoStopMs = 500;
    // A scale of `type` from `before` to `after` dynos: the ones above `after` start stopping
    // (and a scale-up takes the names back from the stopping ones).
    void markStopping(const AppRecord &app, const QString &type, int before, int after);
    // The dynos of an app: those of its formation ("web.1", up) and those still stopping (down).
    struct Dyno
    {
        QString name;
        const FormationRecord *formation = nullptr;
        bool up = true;
    };
    QList<Dyno> dynos(const AppRecord &app) const;

signals:
    // The formation or maintenance mode of an app changed: the simulated dynos follow.
    void dynosChanged(const QString &appId);
    // A Heroku Connect connection was paused, resumed or changed: its writer follows at once.
    void connectionsChanged();

private:
    QString m_stateDir;
    QTimer m_saveTimer;
    UrlProvider m_urlProvider;
};

} // namespace hpg::sandbox

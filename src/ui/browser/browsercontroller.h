#pragma once

#include "browsermodel.h"
#include "core/heroku/databaseinfo.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace hpg {

class ApiCall;
class ApiClient;
struct ApiResult;
struct HerokuError;

// Fills a BrowserModel from the API: teams, spaces and apps at once, an
// app's databases when it is expanded (with followers placed under their
// leaders), and reports progress and errors for the status bar.
class BrowserController : public QObject
{
    Q_OBJECT
public:
    BrowserController(ApiClient *api, BrowserModel *model, QObject *parent = nullptr);

    // Loads the whole tree again (apps, teams, spaces); apps already expanded are reloaded too.
    void reload();
    void loadDatabases(const QString &appName);
    bool isLoading() const { return m_pending > 0; }

    // The pg:info and config vars read moments ago while placing an app's followers, for the
    // overview to show at once instead of asking again; taken once, and only while fresh.
    struct RecentInfo
    {
        DatabaseInfo database;
        QHash<QString, QString> configVars;
    };
    std::optional<RecentInfo> takeRecentInfo(const QString &addonId);
    static constexpr qint64 kRecentInfoMs = 10000;

signals:
    void appsLoaded(int count);
    void databasesLoaded(const QString &appName);
    void failed(const QString &message);

private:
    void onListLoaded();
    void finishDatabases(const QString &appName, const QList<BrowserModel::Database> &databases,
                         const QHash<QString, QString> &configVars);
    void resolveFollowers(const QString &appName, QList<BrowserModel::Database> databases,
                          const QHash<QString, QString> &configVars);
    void keepRecentInfo(const QString &addonId, const DatabaseInfo &info, const QHash<QString, QString> &configVars);

    ApiClient *m_api;
    BrowserModel *m_model;
    int m_pending = 0;
    int m_generation = 0;
    QJsonArray m_apps;
    QJsonArray m_teams;
    QJsonArray m_spaces;
    QSet<QString> m_expanded;
    QSet<QString> m_loading; // apps whose databases are on their way
    struct Kept
    {
        RecentInfo info;
        QElapsedTimer age;
    };
    QHash<QString, Kept> m_recentInfo; // by add-on id
};

} // namespace hpg

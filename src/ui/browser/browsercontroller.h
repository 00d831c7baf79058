#pragma once

#include "browsermodel.h"

#include <QObject>
#include <QPointer>
#include <QSet>

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

    ApiClient *m_api;
    BrowserModel *m_model;
    int m_pending = 0;
    int m_generation = 0;
    QJsonArray m_apps;
    QJsonArray m_teams;
    QJsonArray m_spaces;
    QSet<QString> m_expanded;
    QSet<QString> m_loading; // apps whose databases are on their way
};

} // namespace hpg

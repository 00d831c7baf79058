#include "browsercontroller.h"

#include "core/heroku/apiclient.h"
#include "core/heroku/configvars.h"
#include "core/heroku/databaseinfo.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "core/threads/workerpool.h"

#include <QFutureWatcher>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace hpg {

BrowserController::BrowserController(ApiClient *api, BrowserModel *model, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model)
{
    connect(m_model, &BrowserModel::databasesWanted, this, &BrowserController::loadDatabases);
}

void BrowserController::reload()
{
    const int generation = ++m_generation;
    m_loading.clear();
    m_pending = 3;
    m_apps = m_teams = m_spaces = QJsonArray();
    PlatformClient platform(m_api);
    auto collect = [this, generation](QJsonArray *target) {
        return [this, generation, target](const ApiResult &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                // Teams and spaces are optional (a personal account has none); apps are not.
                if (target == &m_apps) {
                    m_pending = 0;
                    emit failed(result.error.userText());
                    return;
                }
            } else {
                *target = result.array();
            }
            if (--m_pending == 0)
                onListLoaded();
        };
    };
    connect(platform.apps(this), &ApiCall::finished, this, collect(&m_apps));
    connect(platform.teams(this), &ApiCall::finished, this, collect(&m_teams));
    connect(platform.spaces(this), &ApiCall::finished, this, collect(&m_spaces));
}

void BrowserController::onListLoaded()
{
    // Turning a large account's JSON (2,000 apps) into values takes longer than a frame: a worker
    // thread does it, the model is filled here when it is done.
    struct Lists
    {
        QList<App> apps;
        QList<Team> teams;
        QList<Space> spaces;
    };
    m_pending = 1; // still loading
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<Lists>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_pending = 0;
        const Lists lists = watcher->result();
        m_model->setApps(lists.apps, lists.teams, lists.spaces);
        emit appsLoaded(m_model->appCount());
        const auto expanded = m_expanded;
        for (const auto &app : expanded)
            loadDatabases(app);
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [apps = m_apps, teams = m_teams, spaces = m_spaces] {
        return Lists { App::listFromJson(apps), Team::listFromJson(teams), Space::listFromJson(spaces) };
    }));
}

void BrowserController::loadDatabases(const QString &appName)
{
    m_expanded.insert(appName);
    if (m_loading.contains(appName))
        return; // one load per app at a time: a second would replace the rows under the user's selection
    m_loading.insert(appName);
    m_model->markLoading(appName);
    PlatformClient platform(m_api);
    struct Pending
    {
        QList<Attachment> attachments;
        QHash<QString, QString> configVars;
        int left = 2;
        bool failed = false;
    };
    auto pending = std::make_shared<Pending>();
    const int generation = m_generation;
    auto done = [this, pending, appName, generation] {
        if (--pending->left > 0 || pending->failed || generation != m_generation)
            return;
        finishDatabases(appName, BrowserModel::databasesFrom(pending->attachments), pending->configVars);
    };
    connect(platform.attachments(appName, this), &ApiCall::finished, this,
            [this, pending, done, appName](const ApiResult &result) {
                if (!result.ok()) {
                    pending->failed = true;
                    m_loading.remove(appName);
                    emit failed(result.error.userText());
                    return;
                }
                pending->attachments = Attachment::listFromJson(result.array());
                done();
            });
    connect(platform.configVars(appName, this), &ApiCall::finished, this, [pending, done](const ApiResult &result) {
        pending->configVars = ConfigVars::fromJson(result.object());
        done();
    });
}

void BrowserController::keepRecentInfo(const QString &addonId, const DatabaseInfo &info,
                                       const QHash<QString, QString> &configVars)
{
    m_recentInfo.removeIf([](const auto &kept) { return kept.value().age.hasExpired(kRecentInfoMs); });
    Kept kept { { info, configVars }, {} };
    kept.age.start();
    m_recentInfo.insert(addonId, kept);
}

std::optional<BrowserController::RecentInfo> BrowserController::takeRecentInfo(const QString &addonId)
{
    const Kept kept = m_recentInfo.take(addonId);
    if (!kept.age.isValid() || kept.age.hasExpired(kRecentInfoMs))
        return std::nullopt;
    return kept.info;
}

void BrowserController::finishDatabases(const QString &appName, const QList<BrowserModel::Database> &databases,
                                        const QHash<QString, QString> &configVars)
{
    // Followers go under their leaders: pg:info says whom each follows.
    resolveFollowers(appName, databases, configVars);
}

void BrowserController::resolveFollowers(const QString &appName, QList<BrowserModel::Database> databases,
                                         const QHash<QString, QString> &configVars)
{
    QList<int> candidates;
    for (int i = 0; i < databases.size(); ++i) {
        if (Plan::canFollow(databases.at(i).plan.tier()))
            candidates.append(i);
    }
    if (candidates.size() < 2) { // a follower needs a leader on the same app to be placed under it
        m_loading.remove(appName);
        m_model->setDatabases(appName, databases);
        emit databasesLoaded(appName);
        return;
    }
    auto shared = std::make_shared<QList<BrowserModel::Database>>(std::move(databases));
    auto left = std::make_shared<int>(int(candidates.size()));
    const int generation = m_generation;
    DataClient data(m_api);
    for (const int i : candidates) {
        connect(data.database(shared->at(i).addonId, this), &ApiCall::finished, this,
                [=, this](const ApiResult &result) {
                    if (result.ok()) {
                        const auto info = DatabaseInfo::fromJson(result.object());
                        keepRecentInfo(shared->at(i).addonId, info, configVars);
                        if (!info.following.isEmpty()) {
                            const QUrl leaderUrl(info.following);
                            for (auto it = configVars.begin(); it != configVars.end(); ++it) {
                                const QUrl url(it.value());
                                if (url.host() != leaderUrl.host() || url.port(5432) != leaderUrl.port(5432)
                                    || url.path() != leaderUrl.path())
                                    continue;
                                QString name = it.key();
                                name.chop(name.endsWith(QLatin1String("_URL")) ? 4 : 0);
                                for (const auto &db : std::as_const(*shared)) {
                                    if (db.attachmentNames.contains(name) && db.addonId != shared->at(i).addonId) {
                                        (*shared)[i].followingAddonId = db.addonId;
                                    }
                                }
                            }
                        }
                    }
                    if (--*left == 0 && generation == m_generation) {
                        m_loading.remove(appName);
                        m_model->setDatabases(appName, *shared);
                        emit databasesLoaded(appName);
                    }
                });
    }
}

} // namespace hpg

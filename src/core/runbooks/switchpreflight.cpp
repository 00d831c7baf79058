#include "switchpreflight.h"

#include "core/heroku/app.h"
#include "core/heroku/attachment.h"
#include "core/heroku/connectclient.h"
#include "core/heroku/connectconnection.h"
#include "core/heroku/databaseinfo.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/plan.h"
#include "core/heroku/platformclient.h"
#include "core/settings/languagemanager.h"

namespace hpg {

SwitchPreflight::SwitchPreflight(const RunbookServices &services, const SwitchOptions &options, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_options(options)
{
    m_findings.app = options.app;
    m_findings.targetApp = options.targetApp;
}

QString SwitchPreflight::planRefusal(const QString &sourcePlan, const QString &targetPlan, bool targetInSpace,
                                     bool shieldSpace, const QString &app)
{
    const Plan::Tier source = Plan::tierOf(sourcePlan);
    const Plan::Tier target = Plan::tierOf(targetPlan);
    if (source == Plan::Tier::Essential) {
        // The Dev Center's route table: within Essential addons:upgrade, to another tier pg:copy.
        return tr("%1 is an Essential-tier database. Essential databases cannot have followers, so a follower switch "
                  "is not possible. To another Essential plan, change the plan with Database ▸ Change Plan… (heroku "
                  "addons:upgrade): it starts at once. To another tier, use Database ▸ Copy to a New Database… "
                  "(heroku pg:copy): it creates a database on the new plan, puts %2 in maintenance mode, copies the "
                  "data and promotes the copy.")
            .arg(sourcePlan, app);
    }
    if (!Plan::canFollow(source)) {
        return tr("A follower switch works only for Standard, Premium, Private and Shield databases; %1 is not one.")
            .arg(sourcePlan);
    }
    if (target == Plan::Tier::Essential) {
        return tr("%1 is an Essential plan. Essential databases cannot follow another database, so a follower switch "
                  "cannot move to it. Use Database ▸ Copy to a New Database… (heroku pg:copy) to move to an "
                  "Essential plan.")
            .arg(targetPlan);
    }
    if (!Plan::canFollow(target))
        return tr("%1 is not a Standard, Premium, Private or Shield plan.").arg(targetPlan);
    if (!targetInSpace && (target == Plan::Tier::Private || target == Plan::Tier::Shield))
        return tr("%1 can be installed only on an app in a Private Space.").arg(targetPlan);
    if (targetInSpace && shieldSpace && target != Plan::Tier::Shield)
        return tr("The app is in a Shield Private Space: choose a shield-* plan instead of %1.").arg(targetPlan);
    if (targetInSpace && !shieldSpace && target != Plan::Tier::Private)
        return tr("The app is in a Private Space: choose a private-* plan instead of %1.").arg(targetPlan);
    return {};
}

void SwitchPreflight::start()
{
    emit progress(tr("Looking at %1…").arg(m_options.app));
    loadApps();
}

void SwitchPreflight::call(ApiCall *call, const std::function<void(const ApiResult &)> &next)
{
    connect(call, &ApiCall::finished, this, [this, next](const ApiResult &result) {
        if (m_finished)
            return;
        if (!result.requestId.isEmpty())
            m_requestIds.append(result.requestId);
        next(result);
    });
}

void SwitchPreflight::fail(const HerokuError &error)
{
    m_error = error;
    refuse(error.userText());
}

void SwitchPreflight::refuse(const QString &reason)
{
    m_findings.refusal = reason;
    done();
}

void SwitchPreflight::done()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(m_findings);
}

void SwitchPreflight::loadApps()
{
    call(m_services.platform->app(m_options.app, this), [this](const ApiResult &result) {
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        const App app = App::fromJson(result.object());
        m_findings.appInSpace = app.inPrivateSpace();
        m_findings.maintenanceBefore = app.maintenance;
        if (!m_options.isMigration()) {
            m_findings.targetShield = app.spaceShield;
            resolveSource();
            return;
        }
        if (app.inPrivateSpace()) {
            refuse(tr("%1 is already in the Private Space %2. A migration into a Private Space starts from an app "
                      "on the Common Runtime.")
                       .arg(app.name, app.spaceName));
            return;
        }
        call(m_services.platform->app(m_options.targetApp, this), [this](const ApiResult &target) {
            if (!target.ok()) {
                fail(target.error);
                return;
            }
            const App space = App::fromJson(target.object());
            if (!space.inPrivateSpace()) {
                refuse(tr("%1 is not in a Private Space. Choose an app in the Private Space the database moves to.")
                           .arg(space.name));
                return;
            }
            m_findings.targetSpace = space.spaceName;
            m_findings.targetShield = space.spaceShield;
            resolveSource();
        });
    });
}

void SwitchPreflight::resolveSource()
{
    call(
        m_services.platform->resolveAttachment(m_options.app, m_options.database, this),
        [this](const ApiResult &result) {
            if (!result.ok() && !result.error.isNotFound()) {
                fail(result.error);
                return;
            }
            const Attachment *source = nullptr;
            const QList<Attachment> found = Attachment::listFromJson(result.array());
            for (const Attachment &a : found) {
                if (a.isPostgres() && (!source || (a.nameSpace.isEmpty() && !source->nameSpace.isEmpty())))
                    source = &a;
            }
            if (!source) {
                refuse(
                    tr("There is no Heroku Postgres database called %1 on %2.").arg(m_options.database, m_options.app));
                return;
            }
            m_findings.sourceAddonId = source->addonId;
            m_findings.sourceAddonName = source->addonName;
            m_findings.sourcePlan = source->plan.name;
            checkSource();
        });
}

void SwitchPreflight::checkSource()
{
    call(m_services.data->database(m_findings.sourceAddonId, this), [this](const ApiResult &result) {
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        const DatabaseInfo info = DatabaseInfo::fromJson(result.object());
        if (!info.following.isEmpty()) {
            refuse(tr("%1 is itself a follower. Switch its leader instead, or unfollow it first.")
                       .arg(m_findings.sourceAddonName));
            return;
        }
        loadAttachments();
    });
}

void SwitchPreflight::loadAttachments()
{
    call(m_services.platform->addonAttachments(m_findings.sourceAddonName, this), [this](const ApiResult &result) {
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        for (const Attachment &a : Attachment::listFromJson(result.array())) {
            const SwitchFindings::Link link { a.appName, a.name, a.nameSpace };
            if (a.nameSpace.startsWith(QLatin1String("connection-pooling:")))
                m_findings.pools.append(link);
            else if (a.appName != m_options.app)
                m_findings.otherApps.append(link);
            else if (a.nameSpace.isEmpty())
                m_findings.sourceAttachmentNames.append(a.name);
        }
        loadAddons();
    });
}

void SwitchPreflight::loadAddons()
{
    // The source app's Scheduler and followers (the Dev Center: disable Scheduler jobs while the
    // app is in maintenance mode); for a migration also the app in the space's followers.
    QStringList apps { m_options.app };
    if (m_options.isMigration())
        apps.append(m_options.targetApp);
    loadAddonsOf(apps);
}

void SwitchPreflight::loadAddonsOf(QStringList apps)
{
    if (apps.isEmpty()) {
        checkNextAddon();
        return;
    }
    const QString app = apps.takeFirst();
    call(m_services.platform->addons(app, this), [this, app, apps](const ApiResult &result) {
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        for (const Addon &addon : Addon::listFromJson(result.array())) {
            if (addon.serviceName == QLatin1String("scheduler") && app == m_options.app)
                m_findings.scheduler = true;
            else if (addon.isPostgres() && addon.id != m_findings.sourceAddonId
                     && addon.state == QLatin1String("provisioned"))
                m_candidates.append(addon);
        }
        loadAddonsOf(apps);
    });
}

void SwitchPreflight::checkNextAddon()
{
    if (m_candidates.isEmpty()) {
        loadConnections();
        return;
    }
    const Addon addon = m_candidates.takeFirst();
    call(m_services.data->database(addon.id, this), [this, addon](const ApiResult &result) {
        if (!result.ok() && !result.error.isNotFound()) {
            fail(result.error);
            return;
        }
        const DatabaseInfo info = DatabaseInfo::fromJson(result.object());
        if (result.ok() && info.leader == m_findings.sourceAddonName) {
            m_findings.followers.append(addon.name);
            if (addon.name == m_options.existingFollower) {
                m_findings.existingFollowerId = addon.id;
                m_findings.existingFollowerName = addon.name;
                m_existingFollowerPlan = addon.plan.name;
            }
        }
        checkNextAddon();
    });
}

void SwitchPreflight::loadConnections()
{
    if (!m_services.connect) {
        finishChecks();
        return;
    }
    call(m_services.connect->connections(m_options.app, this), [this](const ApiResult &result) {
        if (!result.ok()) {
            m_findings.connectError = result.error.userText();
            finishChecks();
            return;
        }
        m_findings.connectChecked = true;
        for (const ConnectConnection &c : ConnectConnection::listFromJson(result.object())) {
            QString key = c.dbKey;
            if (key.endsWith(QLatin1String("_URL")))
                key.chop(4);
            if (!m_findings.sourceAttachmentNames.contains(key))
                continue;
            m_findings.connections.append({ c.id, c.name, c.regionUrl.toString(), c.dbKey, c.state });
        }
        finishChecks();
    });
}

void SwitchPreflight::finishChecks()
{
    QString targetPlan = m_options.fullTargetPlan();
    if (!m_options.existingFollower.isEmpty()) {
        if (m_findings.existingFollowerId.isEmpty()) {
            refuse(tr("%1 is not a follower of %2 on %3.")
                       .arg(m_options.existingFollower, m_findings.sourceAddonName, m_options.newDatabaseApp()));
            return;
        }
        targetPlan = m_existingFollowerPlan;
    }
    const bool inSpace = m_options.isMigration() || m_findings.appInSpace;
    const QString refusal = m_planCheck
        ? m_planCheck(m_findings, targetPlan)
        : planRefusal(m_findings.sourcePlan, targetPlan, inSpace, m_findings.targetShield, m_options.app);
    if (!refusal.isEmpty()) {
        refuse(refusal);
        return;
    }
    done();
}

QStringList SwitchPreflight::warnings(const SwitchFindings &f, const SwitchOptions &options)
{
    QStringList w;
    if (!f.connectError.isEmpty())
        w.append(tr("Heroku Connect could not be checked: %1").arg(f.connectError));
    QStringList others = f.followers;
    others.removeAll(f.existingFollowerName);
    if (!others.isEmpty()) {
        w.append(tr("The existing followers %1 will not follow the new primary. Create new followers after the "
                    "switch, and deprovision these when they are no longer needed.")
                     .arg(LanguageManager::joinList(others)));
    }
    if (f.scheduler) {
        w.append(tr("%1 has a Heroku Scheduler add-on. Disable its jobs during the switch: a job could write to the "
                    "old primary.")
                     .arg(options.app));
    }
    QStringList pools;
    for (const auto &link : std::as_const(f.pools))
        pools.append(QStringLiteral("%1 (%2)").arg(link.name, link.app));
    if (!pools.isEmpty() && !options.isMigration()) {
        w.append(tr("Connection pools on the database: %1. They are attached to the new primary after the promotion.")
                     .arg(LanguageManager::joinList(pools)));
    }
    QStringList apps;
    for (const auto &link : std::as_const(f.otherApps))
        apps.append(QStringLiteral("%1 (%2)").arg(link.app, link.name));
    if (!apps.isEmpty() && !options.isMigration()) {
        w.append(tr("Other apps attached to the database: %1. They are attached to the new primary after the "
                    "promotion.")
                     .arg(LanguageManager::joinList(apps)));
    }
    for (const auto &c : std::as_const(f.connections)) {
        if (c.dbKey != QLatin1String("DATABASE_URL")) {
            // pg:promote moves DATABASE_URL only: this connection's config var stays on the old database.
            QString name = c.dbKey;
            if (name.endsWith(QLatin1String("_URL")))
                name.chop(4);
            w.append(tr("Heroku Connect connection %1 uses %2, not DATABASE_URL: after the promotion %2 still "
                        "points at the old database. Attach the new database under that name too (heroku "
                        "addons:attach NEW_DATABASE --as %3 -a %4) before you resume it, or Heroku Connect goes on "
                        "with the old database.")
                         .arg(c.name, c.dbKey, name, options.newDatabaseApp()));
        }
        if (options.isMigration()) {
            w.append(tr("Heroku Connect connection %1 writes to this database (%2). It is paused before maintenance "
                        "mode and stays paused: %3 keeps the old database. Set Heroku Connect up on %4 after the "
                        "migration.")
                         .arg(c.name, c.stateBefore, options.app, options.targetApp));
        } else {
            w.append(tr("Heroku Connect connection %1 writes to this database (%2). It is paused before maintenance "
                        "mode and resumed at the end.")
                         .arg(c.name, c.stateBefore));
        }
    }
    return w;
}

} // namespace hpg

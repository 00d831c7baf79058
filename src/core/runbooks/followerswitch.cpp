#include "followerswitch.h"

#include "core/settings/languagemanager.h"
#include "runbook.h"
#include "switchsteps.h"

#include <QLocale>

namespace hpg {

namespace {

RunbookKind kind(const char *id)
{
    RunbookKind k;
    k.id = QLatin1String(id);
    k.title = [](const QJsonObject &parameters) {
        return FollowerSwitch::title(SwitchOptions::fromJson(parameters));
    };
    k.steps = [](const QJsonObject &parameters) {
        return SwitchSteps::build(SwitchOptions::fromJson(parameters));
    };
    k.summary = &FollowerSwitch::summary;
    k.downWindow = &FollowerSwitch::downWindow;
    k.resources = [](const QJsonObject &parameters) {
        const SwitchOptions o = SwitchOptions::fromJson(parameters);
        QStringList list { o.app + QLatin1Char('/') + o.database };
        if (o.isMigration())
            list.append(o.targetApp + QStringLiteral("/DATABASE"));
        return list;
    };
    return k;
}

} // namespace

RunbookKind FollowerSwitch::switchKind()
{
    return kind(kSwitchKind);
}

RunbookKind FollowerSwitch::migrationKind()
{
    return kind(kMigrationKind);
}

QString FollowerSwitch::kindFor(const SwitchOptions &options)
{
    return QLatin1String(options.isMigration() ? kMigrationKind : kSwitchKind);
}

bool FollowerSwitch::handles(const Journal &journal)
{
    return journal.kind() == QLatin1String(kSwitchKind) || journal.kind() == QLatin1String(kMigrationKind);
}

QString FollowerSwitch::title(const SwitchOptions &options)
{
    return options.isMigration() ? tr("Migration into a Private Space") : tr("Follower switch");
}

SwitchOptions FollowerSwitch::options(const Journal &journal)
{
    return SwitchOptions::fromJson(journal.parameters());
}

Journal FollowerSwitch::newJournal(const SwitchOptions &options, const QString &dir, const RunbookServices &owner)
{
    return RunbookRegistry::newJournal(kindFor(options), options.app, options.toJson(), owner, dir);
}

Runbook *FollowerSwitch::create(const Journal &journal, const RunbookServices &services, QObject *parent)
{
    return handles(journal) ? RunbookRegistry::create(journal, services, parent) : nullptr;
}

DownWindow FollowerSwitch::downWindow(const Journal &journal)
{
    const auto time = [&journal](const char *key) {
        return QDateTime::fromString(journal.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
    };
    DownWindow window;
    window.since = time("maintenance_on_at");
    window.until = time(options(journal).isMigration() ? "promoted_at" : "maintenance_off_at");
    return window;
}

qint64 FollowerSwitch::downtimeMs(const Journal &journal)
{
    const DownWindow window = downWindow(journal);
    return window.since.isValid() && window.until.isValid() ? window.since.msecsTo(window.until) : -1;
}

QStringList FollowerSwitch::summary(const Journal &journal)
{
    const SwitchOptions o = options(journal);
    const SwitchFindings f = SwitchSteps::findings(journal.values());
    const QString follower = journal.value(QStringLiteral("follower_name")).toString();
    QStringList lines;
    const qint64 downtime = downtimeMs(journal);
    if (downtime >= 0) {
        const auto seconds = [](qint64 ms) {
            return QLocale().toString(double(ms) / 1000.0, 'f', 1);
        };
        lines.append(o.isMigration()
                         ? tr("Downtime (maintenance mode on to the promotion): %1 s").arg(seconds(downtime))
                         : tr("Downtime (maintenance mode on to off): %1 s").arg(seconds(downtime)));
        const DownWindow window = downWindow(journal);
        const DownTime split = DownTime::measure(journal, window.since, window.until);
        lines.append(tr("Of the downtime, %1 s went to the automated steps and %2 s to waiting for a person.")
                         .arg(seconds(split.automatedMs()), seconds(split.personMs)));
    }
    if (!follower.isEmpty())
        lines.append(tr("New database: %1 on %2").arg(follower, o.newDatabaseApp()));
    if (!f.sourceAddonName.isEmpty()) {
        lines.append(tr("The old primary %1 still exists. When you no longer need it, deprovision it with heroku "
                        "addons:destroy %1 -a %2, and reassign the dataclips that used it.")
                         .arg(f.sourceAddonName, o.app));
    }
    if (o.isMigration()) {
        lines.append(tr("The dataclips of %1 are not moved with the database: to have them reassigned to the new "
                        "database, open a support ticket at help.heroku.com (as the Dev Center says).")
                         .arg(f.sourceAddonName));
        if (!o.activateTarget)
            lines.append(tr("To bring %1 up on the new database, turn its maintenance mode off if it is on (heroku "
                            "maintenance:off -a %1) and scale its dynos as it needs.")
                             .arg(o.targetApp));
    }
    QStringList others = f.followers;
    others.removeAll(follower);
    if (!others.isEmpty()) {
        lines.append(tr("The followers %1 still follow the old primary. Create followers of the new primary with "
                        "heroku addons:create %2 -a %3 -- --follow DATABASE_URL.")
                         .arg(LanguageManager::joinList(others), o.fullTargetPlan(), o.newDatabaseApp()));
    }
    if (o.isMigration()) {
        lines.append(tr("%1 stays in maintenance mode with its dynos scaled down: its DATABASE_URL still points at "
                        "the old database.")
                         .arg(o.app));
    }
    return lines;
}

} // namespace hpg

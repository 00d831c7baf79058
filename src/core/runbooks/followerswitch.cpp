#include "followerswitch.h"

#include "runbook.h"
#include "switchsteps.h"

#include <QLocale>

namespace hpg {

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

Journal FollowerSwitch::newJournal(const SwitchOptions &options, const QString &dir)
{
    QStringList ids;
    for (const Step &s : SwitchSteps::build(options))
        ids.append(s.id);
    return Journal::create(kindFor(options), options.app, options.toJson(), ids, dir);
}

Runbook *FollowerSwitch::create(const Journal &journal, const RunbookServices &services, QObject *parent)
{
    if (!handles(journal))
        return nullptr;
    const SwitchOptions o = options(journal);
    return new Runbook(title(o), SwitchSteps::build(o), journal, services, parent);
}

qint64 FollowerSwitch::downtimeMs(const Journal &journal)
{
    const QDateTime on
        = QDateTime::fromString(journal.value(QStringLiteral("maintenance_on_at")).toString(), Qt::ISODateWithMs);
    const QString endKey
        = options(journal).isMigration() ? QStringLiteral("promoted_at") : QStringLiteral("maintenance_off_at");
    const QDateTime off = QDateTime::fromString(journal.value(endKey).toString(), Qt::ISODateWithMs);
    return on.isValid() && off.isValid() ? on.msecsTo(off) : -1;
}

QStringList FollowerSwitch::summary(const Journal &journal)
{
    const SwitchOptions o = options(journal);
    const SwitchFindings f = SwitchSteps::findings(journal.values());
    const QString follower = journal.value(QStringLiteral("follower_name")).toString();
    QStringList lines;
    const qint64 downtime = downtimeMs(journal);
    if (downtime >= 0) {
        const QString seconds = QLocale().toString(double(downtime) / 1000.0, 'f', 1);
        lines.append(o.isMigration() ? tr("Downtime (maintenance mode on to the promotion): %1 s").arg(seconds)
                                     : tr("Downtime (maintenance mode on to off): %1 s").arg(seconds));
    }
    if (!follower.isEmpty())
        lines.append(tr("New database: %1 on %2").arg(follower, o.newDatabaseApp()));
    if (!f.sourceAddonName.isEmpty()) {
        lines.append(tr("The old primary %1 still exists. When you no longer need it, deprovision it with heroku "
                        "addons:destroy %1 -a %2, and reassign the dataclips that used it.")
                         .arg(f.sourceAddonName, o.app));
    }
    QStringList others = f.followers;
    others.removeAll(follower);
    if (!others.isEmpty()) {
        lines.append(tr("The followers %1 still follow the old primary. Create followers of the new primary with "
                        "heroku addons:create %2 -a %3 -- --follow DATABASE_URL.")
                         .arg(others.join(QStringLiteral(", ")), o.fullTargetPlan(), o.newDatabaseApp()));
    }
    if (o.isMigration()) {
        lines.append(tr("%1 stays in maintenance mode with its dynos scaled down: its DATABASE_URL still points at "
                        "the old database.")
                         .arg(o.app));
    }
    return lines;
}

} // namespace hpg

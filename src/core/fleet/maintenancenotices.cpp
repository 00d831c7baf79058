#include "maintenancenotices.h"

#include <QLocale>
#include <QSet>

namespace hpg {

QString MaintenanceNotices::id(const FleetDatabase &d, MaintenanceNotice::Kind kind)
{
    return QStringLiteral("%1|%2|%3")
        .arg(d.addonId.isEmpty() ? d.addon : d.addonId,
             d.maintenance.requiredBy.isValid() ? d.maintenance.requiredBy.toUTC().toString(Qt::ISODate)
                                                : QStringLiteral("-"),
             kind == MaintenanceNotice::Kind::RequiredSoon ? QStringLiteral("required") : QStringLiteral("ready"));
}

QList<MaintenanceNotice> MaintenanceNotices::due(const QList<FleetDatabase> &databases, const QDateTime &nowUtc,
                                                 int withinDays, const QStringList &shown)
{
    QList<MaintenanceNotice> notices;
    // A set: a large account has thousands of databases and hundreds of notices already shown.
    const QSet<QString> seen(shown.cbegin(), shown.cend());
    const auto local = [](const QDateTime &utc) {
        return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
    };
    for (const FleetDatabase &d : databases) {
        const Maintenance &m = d.maintenance;
        if (!m.isScheduled())
            continue;
        // Notices shown before are skipped before their words are made.
        if (m.requiredBy.isValid() && nowUtc.secsTo(m.requiredBy) <= qint64(withinDays) * 86400
            && !seen.contains(id(d, MaintenanceNotice::Kind::RequiredSoon))) {
            MaintenanceNotice n;
            n.kind = MaintenanceNotice::Kind::RequiredSoon;
            n.id = id(d, n.kind);
            n.database = d.addon;
            n.summary = tr("Maintenance of %1 required soon").arg(d.addon);
            n.body = tr("The maintenance of %1 on %2 must run by %3. Heroku runs it in the window unless you run "
                        "it earlier from the database's Maintenance tab.")
                         .arg(d.addon, d.app, local(m.requiredBy));
            notices.append(n);
        }
        if (m.status == QLatin1String("ready") && !seen.contains(id(d, MaintenanceNotice::Kind::ReplacementReady))) {
            MaintenanceNotice n;
            n.kind = MaintenanceNotice::Kind::ReplacementReady;
            n.id = id(d, n.kind);
            n.database = d.addon;
            n.summary = tr("Maintenance of %1 ready").arg(d.addon);
            n.body = m.scheduledFor.isValid()
                ? tr("Heroku has prepared the replacement database for the maintenance of %1 on %2. It can be run "
                     "now; otherwise it runs at %3.")
                      .arg(d.addon, d.app, local(m.scheduledFor))
                : tr("Heroku has prepared the replacement database for the maintenance of %1 on %2. It can be run "
                     "now.")
                      .arg(d.addon, d.app);
            notices.append(n);
        }
    }
    return notices;
}

QList<MaintenanceNotice> MaintenanceNotices::toShow(const QList<MaintenanceNotice> &fresh)
{
    if (fresh.size() <= kShownApart)
        return fresh;
    constexpr int kNamed = 5;
    int required = 0;
    int ready = 0;
    QStringList named;
    QSet<QString> databases;
    for (const MaintenanceNotice &n : fresh) {
        (n.kind == MaintenanceNotice::Kind::ReplacementReady ? ready : required) += 1;
        if (!databases.contains(n.database)) {
            databases.insert(n.database);
            if (named.size() < kNamed)
                named.append(n.database);
        }
    }
    MaintenanceNotice digest;
    digest.kind = MaintenanceNotice::Kind::Digest;
    digest.summary = tr("Maintenance of %n database(s) needs attention", nullptr, int(databases.size()));
    const QString text = databases.size() > named.size()
        ? tr("Required soon: %1. Ready to run: %2. The first of them: %3. Tools ▸ Maintenance Calendar shows them "
             "all.")
        : tr("Required soon: %1. Ready to run: %2. The databases: %3. Tools ▸ Maintenance Calendar shows them all.");
    digest.body = text.arg(required).arg(ready).arg(QLocale().createSeparatedList(named));
    return { digest };
}

QStringList MaintenanceNotices::stillOpen(const QStringList &shown, const QList<FleetDatabase> &databases)
{
    QStringList open;
    const QSet<QString> seen(shown.cbegin(), shown.cend());
    for (const FleetDatabase &d : databases) {
        if (!d.maintenance.isScheduled() && !d.maintenance.isRunning())
            continue;
        for (const auto kind : { MaintenanceNotice::Kind::RequiredSoon, MaintenanceNotice::Kind::ReplacementReady }) {
            if (const QString i = id(d, kind); seen.contains(i))
                open.append(i);
        }
    }
    return open;
}

} // namespace hpg

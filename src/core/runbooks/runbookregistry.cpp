#include "runbookregistry.h"

#include "bringback.h"
#include "copytonewdatabase.h"
#include "followerswitch.h"
#include "planchange.h"
#include "promotedatabase.h"
#include "resetdatabase.h"
#include "runbook.h"
#include "runmaintenance.h"
#include "unfollowdatabase.h"
#include "versionupgrade.h"

#include <QLocale>

#include <memory>

namespace hpg {

const QList<RunbookKind> &RunbookRegistry::kinds()
{
    static const QList<RunbookKind> list { FollowerSwitch::switchKind(), FollowerSwitch::migrationKind(),
                                           PlanChange::kind(),           CopyToNewDatabase::kind(),
                                           RunMaintenance::kind(),       BringBack::kind(),
                                           ResetDatabase::kind(),        PromoteDatabase::kind(),
                                           UnfollowDatabase::kind(),     VersionUpgrade::kind() };
    return list;
}

const RunbookKind *RunbookRegistry::find(const QString &id)
{
    for (const RunbookKind &kind : kinds()) {
        if (kind.id == id)
            return &kind;
    }
    return nullptr;
}

Journal RunbookRegistry::newJournal(const QString &kind, const QString &app, const QJsonObject &parameters,
                                    const RunbookServices &services, const QString &dir)
{
    const RunbookKind *k = find(kind);
    QStringList ids;
    if (k) {
        for (const Step &s : k->steps(parameters))
            ids.append(s.id);
    }
    Journal journal
        = Journal::create(kind, app, parameters, ids, dir.isEmpty() ? Journal::defaultDir(services.apiUrl) : dir);
    journal.setOwner(services.apiUrl, services.account);
    return journal;
}

Runbook *RunbookRegistry::create(const Journal &journal, const RunbookServices &services, QObject *parent)
{
    const RunbookKind *kind = find(journal.kind());
    if (!kind)
        return nullptr;
    auto *runbook
        = new Runbook(kind->title(journal.parameters()), kind->steps(journal.parameters()), journal, services, parent);
    if (kind->resources)
        runbook->setLockResources(kind->resources(journal.parameters()));
    return runbook;
}

QString RunbookRegistry::title(const Journal &journal)
{
    const RunbookKind *kind = find(journal.kind());
    return kind ? kind->title(journal.parameters()) : journal.kind();
}

QStringList RunbookRegistry::summary(const Journal &journal)
{
    const RunbookKind *kind = find(journal.kind());
    return kind && kind->summary ? kind->summary(journal) : QStringList();
}

DownWindow RunbookRegistry::downWindow(const Journal &journal)
{
    const RunbookKind *kind = find(journal.kind());
    return kind && kind->downWindow ? kind->downWindow(journal) : DownWindow();
}

QDateTime RunbookRegistry::downSince(const Journal &journal)
{
    const DownWindow window = downWindow(journal);
    return window.since.isValid() && !window.until.isValid() ? window.since : QDateTime();
}

DownTime RunbookRegistry::downTime(const Journal &journal)
{
    const DownWindow window = downWindow(journal);
    return window.until.isValid() ? DownTime::measure(journal, window.since, window.until) : DownTime();
}

DownWindow RunbookRegistry::maintenanceModeWindow(const Journal &journal)
{
    const auto time = [&journal](const char *key) {
        return QDateTime::fromString(journal.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
    };
    return DownWindow { time("maintenance_on_at"), time("maintenance_off_at") };
}

QString RunbookRegistry::downTimeSentence(const Journal &journal)
{
    const DownWindow window = downWindow(journal);
    if (!window.since.isValid() || !window.until.isValid())
        return {};
    const DownTime split = DownTime::measure(journal, window.since, window.until);
    const auto seconds = [](qint64 ms) {
        return QLocale().toString(double(ms) / 1000.0, 'f', 1);
    };
    return tr("Downtime (maintenance mode on to off): %1 s, of which %2 s waiting for a person.")
        .arg(seconds(split.totalMs), seconds(split.personMs));
}

QList<RunHold> RunbookRegistry::holds(const QString &dir, const QString &app)
{
    QList<RunHold> list;
    for (const Journal &journal : Journal::unfinished(dir)) {
        if (journal.app() != app)
            continue;
        const std::unique_ptr<Runbook> runbook(create(journal, {}));
        if (!runbook)
            continue;
        const QStringList steps = runbook->stepsLeftInPlace();
        if (!steps.isEmpty())
            list.append({ journal.path(), runbook->title(), journal.createdAt(), steps });
    }
    return list;
}

} // namespace hpg

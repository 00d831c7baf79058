#include "bringback.h"

#include "runbooklock.h"
#include "switchsteps.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace hpg {

namespace {

QString app(const QJsonObject &parameters)
{
    return parameters.value(QStringLiteral("app")).toString();
}

} // namespace

RunbookKind BringBack::kind()
{
    RunbookKind k;
    k.id = QLatin1String(kKind);
    k.title = [](const QJsonObject &parameters) {
        return tr("Bring %1 back").arg(app(parameters));
    };
    k.steps = [](const QJsonObject &parameters) {
        QList<Step> steps;
        const RunbookKind *from = RunbookRegistry::find(parameters.value(QStringLiteral("from_kind")).toString());
        if (from && from->undo)
            steps = from->undo(parameters.value(QStringLiteral("from_parameters")).toObject());
        return steps << SwitchSteps::bringBack(app(parameters));
    };
    k.summary = [](const Journal &journal) {
        const QString name = app(journal.parameters());
        QStringList lines { tr("%1 is back as it was before “%2”: its old database is still the primary.")
                                .arg(name, journal.parameters().value(QStringLiteral("from_title")).toString()) };
        QString follower = journal.value(QStringLiteral("follower_name")).toString();
        if (follower.isEmpty() && !journal.value(QStringLiteral("destroy_target")).toBool())
            follower = journal.value(QStringLiteral("target_name")).toString();
        if (!follower.isEmpty())
            lines.append(tr("The new database %1 that the run created still exists. Remove it with heroku "
                            "addons:destroy %1, or use it for another try.")
                             .arg(follower));
        return lines;
    };
    k.resources = [](const QJsonObject &parameters) {
        QStringList list;
        for (const QJsonValue &value : parameters.value(QStringLiteral("resources")).toArray())
            list.append(value.toString());
        return list;
    };
    k.downWindow = &RunbookRegistry::maintenanceModeWindow;
    return k;
}

bool BringBack::canUndo(const Journal &journal)
{
    const RunbookKind *kind = RunbookRegistry::find(journal.kind());
    if (!kind || journal.kind() == QLatin1String(kKind) || !RunbookRegistry::downSince(journal).isValid())
        return false;
    for (const Step &step : kind->steps(journal.parameters())) {
        const Journal::StepRecord *record = journal.step(step.id);
        if (step.pointOfNoReturn && record && (record->actionsStarted > 0 || record->state == StepState::Done))
            return false;
    }
    return true;
}

std::optional<Journal> BringBack::start(const Journal &interrupted, const RunbookServices &services, QString *error,
                                       bool destroyTarget)
{
    if (!canUndo(interrupted)) {
        if (error)
            *error = tr("The run on %1 is past its point of no return: to bring the app back, finish the run.")
                         .arg(interrupted.app());
        return std::nullopt;
    }
    if (const QString mismatch = interrupted.ownerMismatch(services.apiUrl, services.account); !mismatch.isEmpty()) {
        if (error)
            *error = mismatch;
        return std::nullopt;
    }
    const RunbookKind *from = RunbookRegistry::find(interrupted.kind());
    const QString title = from->title(interrupted.parameters());
    const QStringList resources = from->resources ? from->resources(interrupted.parameters()) : QStringList();
    // The interrupted run must not be open in a window while it is given up.
    RunbookLock lock(interrupted, title, resources);
    if (!lock.acquire(error))
        return std::nullopt;
    lock.release();

    const QJsonObject parameters { { QStringLiteral("app"), interrupted.app() },
                                   { QStringLiteral("from"), interrupted.id() },
                                   { QStringLiteral("from_title"), title },
                                   { QStringLiteral("from_kind"), interrupted.kind() },
                                   { QStringLiteral("from_parameters"), interrupted.parameters() },
                                   { QStringLiteral("resources"), QJsonArray::fromStringList(resources) } };
    Journal journal = RunbookRegistry::newJournal(QLatin1String(kKind), interrupted.app(), parameters, services,
                                                  QFileInfo(interrupted.path()).absolutePath());
    journal.setOwner(interrupted.apiUrl(), interrupted.account());
    for (const char *key : { "findings", "formation_before", "maintenance_on_at", "follower_name", "target_name",
                             "target_id", "transfer_id" }) {
        if (interrupted.hasValue(QLatin1String(key)))
            journal.setValue(QLatin1String(key), interrupted.value(QLatin1String(key)));
    }
    if (destroyTarget)
        journal.setValue(QStringLiteral("destroy_target"), true);
    if (!journal.save(error))
        return std::nullopt;
    Journal givenUp = interrupted;
    givenUp.setStatus(Journal::Status::Aborted);
    givenUp.setStopExplanation(tr("Given up before its point of no return: “%1” (started %2) brings %3 back as it "
                                  "was.")
                                   .arg(BringBack::kind().title(parameters),
                                        QLocale().toString(journal.createdAt().toLocalTime(), QLocale::ShortFormat),
                                        interrupted.app()));
    Journal::Event event;
    event.time = QDateTime::currentDateTimeUtc();
    event.kind = QStringLiteral("aborted");
    event.result = givenUp.stopExplanation();
    givenUp.addEvent(event);
    if (!givenUp.save(error)) {
        QFile::remove(journal.path());
        return std::nullopt;
    }
    return journal;
}

} // namespace hpg

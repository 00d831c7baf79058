#include "maintenanceapi.h"

#include "dataapi.h"
#include "sandbox/databasefleet.h"
#include "sandbox/state/plancatalog.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace hpg::sandbox {

namespace {

using S = ApiRouter::SyncHandler;

const QStringList kDays = { QStringLiteral("Mondays"),   QStringLiteral("Tuesdays"), QStringLiteral("Wednesdays"),
                            QStringLiteral("Thursdays"), QStringLiteral("Fridays"),  QStringLiteral("Saturdays"),
                            QStringLiteral("Sundays") };

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss +0000")))
                       : QJsonValue(QJsonValue::Null);
}


ApiResponse addonNotFound()
{
    return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Couldn't find that add on."),
                              { { QStringLiteral("resource"), QStringLiteral("add_on") } });
}

// "tuesday", "Tuesdays", "tue" → "Tuesdays"
QString parseDay(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key.size() < 3)
        return {};
    for (const QString &day : kDays) {
        if (day.toLower().startsWith(key.left(3))
            && day.toLower().startsWith(key.chopped(key.endsWith(QLatin1Char('s')) ? 1 : 0)))
            return day;
    }
    return {};
}

// "13:30", "1:30PM", "5:30 pm", "22" → "HH:mm"
QString parseTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d{1,2})(?::(\d{2}))?\s*([AaPp][Mm])?\s*$)"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return {};
    int hour = match.captured(1).toInt();
    const int minute = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    const QString meridiem = match.captured(3).toLower();
    if (!meridiem.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (meridiem == QLatin1String("pm") ? 12 : 0);
    }
    if (hour > 23 || minute > 59)
        return {};
    return QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
}

} // namespace

MaintenanceApi::MaintenanceApi(World &world, DatabaseFleet &fleet, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_fleet(fleet)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &MaintenanceApi::tick);
    m_timer.start();
}

void MaintenanceApi::install(ApiRouter &router)
{
    const QString base = QStringLiteral("/data/maintenances/v1");
    router.add("GET", base + QStringLiteral("/apps/{}"), S([this](const ApiRequest &r) { return appList(r); }));
    router.add("GET", base + QStringLiteral("/{}"), S([this](const ApiRequest &r) { return info(r); }));
    router.add("POST", base + QStringLiteral("/{}/run"), S([this](const ApiRequest &r) { return run(r); }));
    router.add("GET", base + QStringLiteral("/{}/window"), S([this](const ApiRequest &r) { return window(r); }));
    router.add("POST", base + QStringLiteral("/{}/window"), S([this](const ApiRequest &r) { return updateWindow(r); }));
    router.add("POST", base + QStringLiteral("/{}/schedule"), S([this](const ApiRequest &r) { return schedule(r); }));
    router.add("GET", base + QStringLiteral("/{}/history"), S([this](const ApiRequest &r) { return history(r); }));
}

QDateTime MaintenanceApi::nextWindow(const AddonRecord &addon, const QDateTime &after)
{
    const int dayIndex = int(kDays.indexOf(addon.windowDay)) + 1; // Qt: Monday = 1
    const QTime start = QTime::fromString(addon.windowTime, QStringLiteral("HH:mm"));
    if (dayIndex < 1 || !start.isValid())
        return after.addDays(7);
    QDateTime candidate(after.toUTC().date(), start, Qt::UTC);
    while (candidate.date().dayOfWeek() != dayIndex || candidate <= after)
        candidate = candidate.addDays(1);
    return candidate;
}

QJsonObject MaintenanceApi::windowJson(const AddonRecord &addon) const
{
    return {
        { QStringLiteral("window"), DataApi::windowText(addon) },
        { QStringLiteral("previous_window"),
          addon.previousWindow.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(addon.previousWindow) },
        { QStringLiteral("scheduled_at"),
          time(addon.windowUpdatedAt.isValid() ? addon.windowUpdatedAt : addon.createdAt) },
        { QStringLiteral("previously_scheduled_at"), QJsonValue::Null },
    };
}

QJsonObject MaintenanceApi::maintenanceJson(const AddonRecord &addon, const MaintenanceRecord *m) const
{
    const AppRecord *app = m_world.app(addon.appId);
    QJsonArray attachments;
    for (const AttachmentRecord *attachment : m_world.attachmentsOfAddon(addon.id)) {
        if (attachment->appId == addon.appId)
            attachments.append(attachment->name + QStringLiteral("_URL")); // "addon_attachments: DATABASE_URL"
    }
    // "addon_description: Standard Non-HA" in the Dev Center's samples.
    const PlanInfo *plan = PlanCatalog::find(addon.plan);
    QString description;
    if (plan && plan->isPostgres() && !plan->tier.isEmpty()) {
        description = plan->tier.at(0).toUpper() + plan->tier.mid(1);
        if (!plan->isEssential())
            description += plan->tier == QLatin1String("standard") ? QStringLiteral(" Non-HA") : QStringLiteral(" HA");
    }
    const QString window = DataApi::windowText(addon);
    return {
        { QStringLiteral("addon"),
          QJsonObject { { QStringLiteral("attachments"), attachments },
                        { QStringLiteral("description"), Presenter::stringOrNull(description) },
                        { QStringLiteral("kind"), addon.service },
                        { QStringLiteral("name"), addon.name },
                        { QStringLiteral("plan"), addon.plan.section(QLatin1Char(':'), 1) },
                        { QStringLiteral("uuid"), addon.id },
                        { QStringLiteral("window"), window } } },
        { QStringLiteral("app"),
          QJsonObject { { QStringLiteral("name"), app ? app->name : QString() },
                        { QStringLiteral("uuid"), app ? app->id : QString() } } },
        { QStringLiteral("method"), m ? QJsonValue(m->method) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("reason"), m ? QJsonValue(m->reason) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("status"), m ? m->status : QStringLiteral("none") },
        { QStringLiteral("required_by"), time(m ? m->requiredBy : QDateTime()) },
        { QStringLiteral("scheduled_for"), time(m ? m->scheduledFor : QDateTime()) },
        { QStringLiteral("previously_scheduled_for"), time(m ? m->previouslyScheduledFor : QDateTime()) },
        { QStringLiteral("started_at"), time(m ? m->startedAt : QDateTime()) },
        { QStringLiteral("completed_at"), time(m ? m->completedAt : QDateTime()) },
        { QStringLiteral("duration_seconds"),
          m && m->completedAt.isValid() ? QJsonValue(m->durationSeconds) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("server_created_at"), time(m ? m->createdAt : QDateTime()) },
        { QStringLiteral("window"), window },
    };
}

ApiResponse MaintenanceApi::info(const ApiRequest &request) const
{
    const AddonRecord *addon = m_world.addon(request.param(0));
    if (!addon)
        return addonNotFound();
    return ApiResponse::json(maintenanceJson(*addon, m_world.openMaintenance(addon->id)));
}

ApiResponse MaintenanceApi::appList(const ApiRequest &request) const
{
    const AppRecord *app = m_world.app(request.param(0));
    if (!app)
        return ApiResponse::notFound(QStringLiteral("app"));
    QJsonArray list;
    for (const AddonRecord *addon : m_world.addonsOfApp(app->id)) {
        if (const MaintenanceRecord *m = m_world.openMaintenance(addon->id))
            list.append(maintenanceJson(*addon, m));
    }
    return ApiResponse::json(QJsonObject { { QStringLiteral("maintenances"), list } });
}

ApiResponse MaintenanceApi::run(const ApiRequest &request)
{
    AddonRecord *addon = m_world.addon(request.param(0));
    if (!addon)
        return addonNotFound();
    const PlanInfo *plan = PlanCatalog::find(addon->plan);
    if (plan && plan->isEssential())
        return ApiResponse::invalidParams(QStringLiteral("Maintenances cannot be run on Essential-tier databases."));
    MaintenanceRecord *m = m_world.openMaintenance(addon->id);
    if (!m)
        return ApiResponse::invalidParams(QStringLiteral("There is no maintenance scheduled for %1.").arg(addon->name));
    if (m->status == QLatin1String("running"))
        return ApiResponse::invalidParams(QStringLiteral("A maintenance of %1 is already running.").arg(addon->name));
    if (m->status == QLatin1String("preparing"))
        return ApiResponse::invalidParams(
            QStringLiteral("The maintenance of %1 is still being prepared; try again shortly.").arg(addon->name));
    start(*m);
    return ApiResponse::json(maintenanceJson(*addon, m));
}

void MaintenanceApi::start(MaintenanceRecord &m)
{
    m.status = QStringLiteral("running");
    m.startedAt = QDateTime::currentDateTimeUtc();
    m_world.markDirty();
    const QString id = m.id;
    const QString addonId = m.addonId;
    // A changeover: the database is briefly unavailable while its cluster restarts.
    m_fleet.when(
        m_fleet.clusters().stop(addonId),
        [this, id, addonId] {
            QTimer::singleShot(runSeconds * 1000, this, [this, id, addonId] {
                m_fleet.when(
                    m_fleet.clusters().start(addonId), [this, id](const PgEndpoint &) { complete(id); },
                    [this, id](const QString &) { complete(id); });
            });
        },
        [this, id](const QString &) { QTimer::singleShot(runSeconds * 1000, this, [this, id] { complete(id); }); });
}

void MaintenanceApi::complete(const QString &maintenanceId)
{
    for (const auto &m : std::as_const(m_world.maintenances)) {
        if (m->id != maintenanceId)
            continue;
        m->status = QStringLiteral("completed");
        m->completedAt = QDateTime::currentDateTimeUtc();
        m->durationSeconds = int(m->startedAt.secsTo(m->completedAt));
        if (AddonRecord *addon = m_world.addon(m->addonId); addon && !m->targetPlan.isEmpty()) {
            addon->plan = m->targetPlan;
            addon->upgradingToPlan.clear();
            addon->updatedAt = m->completedAt;
        }
        m_world.markDirty();
    }
}

ApiResponse MaintenanceApi::window(const ApiRequest &request) const
{
    const AddonRecord *addon = m_world.addon(request.param(0));
    if (!addon)
        return addonNotFound();
    return ApiResponse::json(windowJson(*addon));
}

ApiResponse MaintenanceApi::updateWindow(const ApiRequest &request)
{
    AddonRecord *addon = m_world.addon(request.param(0));
    if (!addon)
        return addonNotFound();
    const QJsonObject body = request.json();
    const QString day = parseDay(body.value(QLatin1String("day_of_week")).toString());
    const QString timeOfDay = parseTime(body.value(QLatin1String("time_of_day")).toString());
    if (day.isEmpty() || timeOfDay.isEmpty())
        return ApiResponse::invalidParams(
            QStringLiteral("Invalid maintenance window: give a day of the week and a time such as 13:30 or 1:30PM."));
    MaintenanceRecord *scheduled = m_world.openMaintenance(addon->id);
    if (scheduled && scheduled->status != QLatin1String("running") && scheduled->requiredBy.isValid()) {
        // Dev Center: "The window you specify must end before the required by time".
        AddonRecord moved = *addon;
        moved.windowDay = day;
        moved.windowTime = timeOfDay;
        if (nextWindow(moved, QDateTime::currentDateTimeUtc()).addSecs(4 * 3600) > scheduled->requiredBy)
            return ApiResponse::invalidParams(QStringLiteral("The maintenance window must end before the required by time (%1).")
                               .arg(time(scheduled->requiredBy).toString()));
    }
    addon->previousWindow = DataApi::windowText(*addon);
    addon->windowDay = day;
    addon->windowTime = timeOfDay;
    addon->windowUpdatedAt = QDateTime::currentDateTimeUtc();
    if (scheduled && scheduled->status != QLatin1String("running")) {
        scheduled->previouslyScheduledFor = scheduled->scheduledFor;
        scheduled->scheduledFor = nextWindow(*addon, QDateTime::currentDateTimeUtc());
    }
    m_world.markDirty();
    return ApiResponse::json(windowJson(*addon));
}

ApiResponse MaintenanceApi::schedule(const ApiRequest &request)
{
    AddonRecord *addon = m_world.addon(request.param(0));
    if (!addon)
        return addonNotFound();
    MaintenanceRecord *m = m_world.openMaintenance(addon->id);
    if (!m || m->status == QLatin1String("running"))
        return ApiResponse::invalidParams(QStringLiteral("There is no maintenance to schedule for %1.").arg(addon->name));
    bool ok = false;
    const int weeks = request.json().value(QLatin1String("delay_weeks")).toVariant().toString().toInt(&ok);
    if (!ok || weeks < 0 || weeks > 4)
        return ApiResponse::invalidParams(QStringLiteral("delay_weeks must be a number of weeks from 0 to 4."));
    const QDateTime base = m->scheduledFor.isValid() ? m->scheduledFor : QDateTime::currentDateTimeUtc();
    const QDateTime target = nextWindow(*addon, base.addDays(7 * weeks).addSecs(-1));
    if (m->requiredBy.isValid() && target > m->requiredBy)
        return ApiResponse::invalidParams(QStringLiteral("The maintenance must run before %1.").arg(time(m->requiredBy).toString()));
    m->previouslyScheduledFor = m->scheduledFor;
    m->scheduledFor = target;
    m_world.markDirty();
    return ApiResponse::json(maintenanceJson(*addon, m));
}

ApiResponse MaintenanceApi::history(const ApiRequest &request) const
{
    const AddonRecord *addon = m_world.addon(request.param(0));
    if (!addon)
        return addonNotFound();
    const int asked = request.query.queryItemValue(QStringLiteral("limit")).toInt();
    const int limit = qBound(1, asked > 0 ? asked : 5, 20);
    QJsonArray list;
    const QList<MaintenanceRecord *> all = m_world.maintenancesOf(addon->id);
    for (auto it = all.crbegin(); it != all.crend() && list.size() < limit; ++it) {
        if ((*it)->status == QLatin1String("completed"))
            list.append(maintenanceJson(*addon, *it));
    }
    return ApiResponse::json(QJsonObject { { QStringLiteral("maintenances"), list } });
}

void MaintenanceApi::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &m : std::as_const(m_world.maintenances)) {
        if (m->status == QLatin1String("preparing") && m->createdAt.secsTo(now) >= preparingSeconds) {
            m->status = QStringLiteral("ready");
            if (const AddonRecord *addon = m_world.addon(m->addonId))
                m->scheduledFor = nextWindow(*addon, now);
            m_world.markDirty();
        } else if ((m->status == QLatin1String("ready") || m->status == QLatin1String("pending"))
                   && m->scheduledFor.isValid() && m->scheduledFor <= now) {
            start(*m);
        }
    }
}

} // namespace hpg::sandbox

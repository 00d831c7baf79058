#pragma once

#include "core/heroku/addon.h"
#include "core/heroku/apiresult.h"
#include "runbookservices.h"
#include "switchfindings.h"
#include "switchoptions.h"

#include <QObject>

#include <functional>

namespace hpg {

class ApiCall;

// Looks at the live state before a follower switch or a Private Space
// migration (read-only): the source database and its plan, the plan rules,
// connection pools and other apps attached to it, Heroku Connect connections
// on it, existing followers, a Scheduler add-on. Emits finished() once.
class SwitchPreflight : public QObject
{
    Q_OBJECT
public:
    SwitchPreflight(const RunbookServices &services, const SwitchOptions &options, QObject *parent = nullptr);

    // The rule the source and target plans must meet; by default planRefusal() (a follower switch).
    // Returns why not (translated), or empty.
    using PlanCheck = std::function<QString(const SwitchFindings &findings, const QString &targetPlan)>;
    void setPlanCheck(const PlanCheck &check) { m_planCheck = check; }

    void start();
    const SwitchFindings &findings() const { return m_findings; }
    // When the pre-flight could not finish: the API error (findings().refusal holds its text).
    const HerokuError &error() const { return m_error; }
    // Request-Ids of the calls made, for the transcript.
    QStringList requestIds() const { return m_requestIds; }

    // Empty when `targetPlan` may replace `sourcePlan` by a follower switch onto an
    // app in (or out of) a Private Space; otherwise why not (translated), naming the
    // pg:copy route for Essential databases.
    static QString planRefusal(const QString &sourcePlan, const QString &targetPlan, bool targetInSpace,
                               bool shieldSpace, const QString &app);

    // What the DBA must know about `findings` (followers that will not follow, Scheduler,
    // pools, other apps, Heroku Connect), translated into the current language.
    static QStringList warnings(const SwitchFindings &findings, const SwitchOptions &options);

signals:
    void finished(const hpg::SwitchFindings &findings);
    void progress(const QString &text);

private:
    void call(ApiCall *call, const std::function<void(const ApiResult &)> &next);
    void fail(const HerokuError &error);
    void refuse(const QString &reason);
    void done();
    void loadApps();
    void resolveSource();
    void checkSource();
    void loadAttachments();
    void loadAddons();
    void loadAddonsOf(QStringList apps);
    void checkNextAddon();
    void loadConnections();
    void finishChecks();

    RunbookServices m_services;
    SwitchOptions m_options;
    SwitchFindings m_findings;
    QList<Addon> m_candidates; // Postgres add-ons that may follow the source
    QStringList m_requestIds;
    HerokuError m_error;
    QString m_existingFollowerPlan;
    bool m_finished = false;
    PlanCheck m_planCheck;
};

} // namespace hpg

#pragma once

#include "core/heroku/apiresult.h"
#include "runbookservices.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace hpg {

class ApiCall;
class Runbook;

// What a step's handler works with during one of its phases (precondition,
// probe, action): the API clients, the run's parameters and captured values,
// and the way to answer. Send API calls with owner() so that they are cancelled
// when the phase is abandoned (pause, abort, the runbook destroyed). Answer
// exactly once: done(), notDone(), later() or fail(); later answers are ignored.
class StepContext : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Precondition, Probe, Action };

    Phase phase() const { return m_phase; }
    int stepIndex() const { return m_index; }
    QObject *owner() { return this; }

    PlatformClient &platform() const { return *m_services.platform; }
    DataClient &data() const { return *m_services.data; }
    ConnectClient *connectApi() const { return m_services.connect; }
    const RunbookServices &services() const { return m_services; }

    const QJsonObject &parameters() const;
    const QJsonObject &values() const;
    QJsonValue value(const QString &key) const { return values().value(key); }
    QString string(const QString &key) const { return values().value(key).toString(); }
    QString parameter(const QString &key) const { return parameters().value(key).toString(); }
    // Records a value in the journal and writes the journal before returning, so
    // that an action that follows can rely on it after a crash.
    void capture(const QString &key, const QJsonValue &value);

    // Runs `handler` when `call` finishes, unless this phase was abandoned first;
    // the call's Request-Id goes to the journal and the transcript.
    void watch(ApiCall *call, const std::function<void(const ApiResult &)> &handler);
    // Request-Ids of calls made by a helper object rather than through watch().
    void noteRequestIds(const QStringList &requestIds);

    void done(const QString &summary = {});
    void notDone(const QString &status = {});
    // Not possible yet (e.g. Heroku Connect is busy): probe and try again after `milliseconds`.
    void later(int milliseconds, const QString &status);
    // `transient` errors (network, timeouts, 5xx, 429) are retried after probing again.
    void fail(const QString &message, bool transient = false);
    void fail(const HerokuError &error);
    void progress(double fraction, const QString &text);
    void metric(const QString &name, double value);

    bool answered() const { return m_answered; }
    static bool isTransient(const HerokuError &error);

private:
    friend class Runbook;
    StepContext(Runbook *runbook, const RunbookServices &services, int index, Phase phase);

    Runbook *m_runbook;
    RunbookServices m_services;
    int m_index;
    Phase m_phase;
    bool m_answered = false;
};

} // namespace hpg

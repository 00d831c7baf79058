#include "stepcontext.h"

#include "core/heroku/apicall.h"
#include "runbook.h"

namespace hpg {

StepContext::StepContext(Runbook *runbook, const RunbookServices &services, int index, Phase phase)
    : QObject(runbook)
    , m_runbook(runbook)
    , m_services(services)
    , m_index(index)
    , m_phase(phase)
{ }

const QJsonObject &StepContext::parameters() const
{
    return m_runbook->m_journal.parameters();
}

const QJsonObject &StepContext::values() const
{
    return m_runbook->m_journal.values();
}

void StepContext::capture(const QString &key, const QJsonValue &value)
{
    if (m_answered)
        return;
    m_runbook->m_journal.setValue(key, value);
    m_runbook->captured(m_phase == Phase::Action);
}

void StepContext::watch(ApiCall *call, const std::function<void(const ApiResult &)> &handler)
{
    connect(call, &ApiCall::finished, this, [this, handler](const ApiResult &result) {
        if (m_answered)
            return;
        m_runbook->noteRequestId(result.requestId);
        handler(result);
    });
}

void StepContext::noteRequestIds(const QStringList &requestIds)
{
    if (m_answered)
        return;
    for (const QString &id : requestIds)
        m_runbook->noteRequestId(id);
}

void StepContext::done(const QString &summary)
{
    if (m_answered)
        return;
    m_answered = true;
    m_runbook->answer(this, Runbook::Answer::Done, summary, false, 0);
}

void StepContext::notDone(const QString &status)
{
    if (m_answered)
        return;
    m_answered = true;
    m_runbook->answer(this, Runbook::Answer::NotDone, status, false, 0);
}

void StepContext::later(int milliseconds, const QString &status)
{
    if (m_answered)
        return;
    m_answered = true;
    m_runbook->answer(this, Runbook::Answer::Later, status, false, milliseconds);
}

void StepContext::fail(const QString &message, bool transient)
{
    if (m_answered)
        return;
    m_answered = true;
    m_runbook->answer(this, Runbook::Answer::Fail, message, transient, 0);
}

void StepContext::fail(const HerokuError &error)
{
    fail(error.userText(), isTransient(error));
}

void StepContext::progress(double fraction, const QString &text)
{
    if (!m_answered)
        emit m_runbook->stepProgress(m_index, fraction, text);
}

void StepContext::metric(const QString &name, double value)
{
    if (!m_answered)
        emit m_runbook->metric(m_index, name, value);
}

bool StepContext::isTransient(const HerokuError &error)
{
    switch (error.kind) {
    case HerokuError::Kind::Network:
    case HerokuError::Kind::Timeout:
        return true;
    case HerokuError::Kind::Http:
        return error.httpStatus >= 500 || error.httpStatus == 429;
    default:
        return false;
    }
}

} // namespace hpg

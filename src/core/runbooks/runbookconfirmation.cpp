// Runbook: what a person is asked (the typed app name of a destructive step, the arming of the
// steps inside the down time) and what a stopped run leaves in place.
#include "runbook.h"

#include "stepcontext.h"

namespace hpg {

QString Runbook::confirmationApp() const
{
    int index = m_current;
    if (m_arming) {
        const QList<int> toArm = stepsToArm();
        index = toArm.isEmpty() ? -1 : toArm.first();
    }
    if (index < 0 || index >= m_steps.size())
        return m_journal.app();
    const Step &s = m_steps.at(index);
    return s.confirmApp ? s.confirmApp(m_journal.values()) : m_journal.app();
}

std::pair<int, int> Runbook::downTimeSteps() const
{
    int first = -1;
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).startsDownTime && first < 0)
            first = i;
        if (m_steps.at(i).endsDownTime && first >= 0)
            return { first, i };
    }
    return { first, first < 0 ? -1 : int(m_steps.size()) - 1 };
}

QList<int> Runbook::stepsToArm() const
{
    const auto [first, last] = downTimeSteps();
    const int next = m_current >= 0 ? m_current : nextOpenStep();
    if (first < 0 || next < first || next > last)
        return {};
    QList<int> list;
    for (int i = next; i <= last; ++i) {
        const Step &s = m_steps.at(i);
        const StepState state = stepState(i);
        if (!s.destructive || state == StepState::Done || state == StepState::Skipped || m_confirmed.contains(s.id))
            continue;
        if (s.needed && !s.needed(m_journal.values()))
            continue;
        list.append(i);
    }
    return list;
}

bool Runbook::askToArm()
{
    const QList<int> toArm = stepsToArm();
    if (toArm.isEmpty())
        return false;
    m_arming = true;
    QStringList titles;
    for (int i : toArm)
        titles.append(m_steps.at(i).title);
    m_journal.setStatus(Journal::Status::AwaitingConfirmation);
    addEvent(QStringLiteral("asked"),
             tr("Waiting for the app name %1 to be typed, before the down time, for: %2")
                 .arg(confirmationApp(), titles.join(QStringLiteral("; "))),
             false);
    save();
    setState(State::AwaitingConfirmation);
    emit armingRequired(toArm, confirmationApp());
    return true;
}

bool Runbook::arm(const QString &typedAppName)
{
    const QList<int> toArm = stepsToArm();
    if (typedAppName.trimmed() != confirmationApp())
        return false;
    QStringList titles;
    for (int i : toArm) {
        m_confirmed.insert(m_steps.at(i).id);
        titles.append(m_steps.at(i).title);
    }
    m_arming = false;
    addEvent(QStringLiteral("armed"),
             tr("Confirmed by typing the app name %1, before the down time, for: %2")
                 .arg(typedAppName.trimmed(), titles.join(QStringLiteral("; "))),
             false);
    audit(QStringLiteral("runbook.arm"), QStringLiteral("ok"));
    m_journal.setStatus(Journal::Status::Running);
    save();
    setState(State::Running);
    scheduleNext();
    return true;
}

QStringList Runbook::stepsLeftInPlace() const
{
    QStringList ids;
    QSet<QString> undone;
    for (qsizetype i = m_steps.size() - 1; i >= 0; --i) {
        const Step &s = m_steps.at(i);
        if (stepState(int(i)) != StepState::Done)
            continue;
        if (!undone.contains(s.id) && s.leavesInPlace)
            ids.prepend(s.id);
        for (const QString &id : s.undoes)
            undone.insert(id);
    }
    return ids;
}

QString Runbook::leftInPlace() const
{
    QStringList lines;
    for (const QString &id : stepsLeftInPlace()) {
        for (const Step &s : m_steps) {
            if (s.id != id)
                continue;
            if (const QString line = s.leavesInPlace(m_journal.values()); !line.isEmpty())
                lines.append(line);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

bool Runbook::confirm(const QString &typedAppName)
{
    if (m_state != State::AwaitingConfirmation || typedAppName.trimmed() != confirmationApp())
        return false;
    if (m_arming)
        return arm(typedAppName);
    m_confirmed.insert(step().id);
    addEvent(QStringLiteral("confirmed"), tr("Confirmed by typing the app name %1.").arg(confirmationApp()), false);
    audit(QStringLiteral("runbook.confirm"), QStringLiteral("ok"));
    m_journal.setStatus(Journal::Status::Running);
    setStepState(m_current, StepState::Running);
    save();
    setState(State::Running);
    // Time may have passed: look at the live state once more before acting.
    startPhase(int(step().probe ? StepContext::Phase::Probe : StepContext::Phase::Action));
    return true;
}

} // namespace hpg

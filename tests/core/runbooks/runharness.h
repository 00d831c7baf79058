#pragma once

// Runs a runbook journal to its end in this process, for the end-to-end runbook tests. With
// `crash`, the Runbook is destroyed once at every step boundary, inside every wait and right
// after every action was sent, and a new one resumes from the journal on disk. Every typed
// confirmation is given at once. (Test code: QTest::qWaitFor, blocking libpq.)

#include "core/runbooks/runbook.h"
#include "core/runbooks/runbookregistry.h"
#include "switchfixture.h"

#include <QElapsedTimer>
#include <QSet>

#include <memory>

class RunHarness
{
public:
    explicit RunHarness(SwitchFixture &fixture)
        : m_f(fixture)
    { }

    QSet<QString> crashedAt; // where the last run() crashed: "boundary:<step>", "wait:<step>", "action:<step>"

    static int stepIndex(const hpg::Runbook &runbook, const QString &id)
    {
        for (int i = 0; i < runbook.steps().size(); ++i) {
            if (runbook.steps().at(i).id == id)
                return i;
        }
        return -1;
    }

    // Returns the final journal. `seqAtMaintenance`: the newest dyno row at `oldUrl` once
    // maintenance mode was on (when not null).
    hpg::Journal run(const hpg::Journal &journal, bool crash, const QString &oldUrl, qint64 *seqAtMaintenance,
                     int *crashes = nullptr)
    {
        using namespace hpg;
        if (!journal.save())
            return {};
        crashedAt.clear();
        QElapsedTimer clock;
        clock.start();
        int count = 0;
        while (clock.elapsed() < 420000) {
            const auto loaded = Journal::load(journal.path());
            if (!loaded)
                return {};
            std::unique_ptr<Runbook> runbook(RunbookRegistry::create(*loaded, m_f.services()));
            runbook->setPollIntervalScale(0.5);
            runbook->setRetryPolicy({ 20, 100, 1000 });
            bool finished = false;
            bool failed = false;
            bool crashNow = false;
            QString failure;
            const auto maybeCrash = [&](const QString &key) {
                if (crash && !crashNow && !crashedAt.contains(key)) {
                    crashedAt.insert(key);
                    crashNow = true;
                }
            };
            Runbook *rb = runbook.get();
            const int maintenanceOn = stepIndex(*rb, QStringLiteral("maintenance-on"));
            QObject::connect(rb, &Runbook::confirmationRequired, rb,
                             [rb](int, const QString &app) { rb->confirm(app); });
            QObject::connect(rb, &Runbook::armingRequired, rb,
                             [rb](const QList<int> &, const QString &app) { rb->confirm(app); });
            QObject::connect(rb, &Runbook::finished, rb, [&finished] { finished = true; });
            QObject::connect(rb, &Runbook::failed, rb, [&](int, const QString &message) {
                failed = true;
                failure = message;
            });
            QObject::connect(rb, &Runbook::stepStateChanged, rb, [&, rb](int index, StepState state) {
                const QString id = rb->steps().at(index).id;
                if (index == maintenanceOn && state == StepState::Done && seqAtMaintenance && *seqAtMaintenance < 0) {
                    // Blocking libpq, no event loop: the runbook is in the middle of a signal.
                    const auto r = sql(oldUrl, QStringLiteral("SELECT coalesce(max(seq), 0) FROM sandbox_dyno_writes"));
                    *seqAtMaintenance = r.value().toLongLong();
                }
                if (state == StepState::Done || state == StepState::Skipped)
                    maybeCrash(QStringLiteral("boundary:") + id);
                else if (state == StepState::Waiting)
                    maybeCrash(QStringLiteral("wait:") + id);
            });
            QObject::connect(rb, &Runbook::actionStarted, rb,
                             [&, rb](int index) { maybeCrash(QStringLiteral("action:") + rb->steps().at(index).id); });
            if (!runbook->start())
                return {};
            const bool settled = QTest::qWaitFor([&] { return finished || failed || crashNow; }, 300000);
            Q_UNUSED(settled)
            if (failed) {
                qWarning("The run failed: %s\n%s", qPrintable(failure),
                         qPrintable(runbook->journal().stopExplanation()));
                return runbook->journal();
            }
            if (finished && !crashNow)
                return runbook->journal();
            if (!crashNow)
                return runbook->journal(); // timed out
            ++count;
            if (crashes)
                *crashes = count;
            runbook.reset(); // the crash: whatever was in flight is abandoned
        }
        return {};
    }

private:
    SwitchFixture &m_f;
};

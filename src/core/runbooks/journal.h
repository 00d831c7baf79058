#pragma once

#include "step.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;

namespace hpg {

// The record of one run of a runbook, written atomically (QSaveFile) after
// every change of state to <AppDataLocation>/runbooks/<id>.json, so that a run
// cut short by a crash can be found and resumed. It holds the parameters the
// run was started with, the values captured on the way (the formation before
// scale-down, the follower's add-on name, …), each step's state and counters,
// and the events the transcript is made of. No secrets: callers never put
// passwords or tokens in it.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(hpg::Journal)
public:
    enum class Status { Running, Paused, AwaitingConfirmation, Failed, Aborted, Finished };

    struct StepRecord
    {
        QString id;
        StepState state = StepState::Pending;
        int probes = 0; // probe runs (a wait counts each poll)
        int actionsStarted = 0; // times the action was started
        int actionsSucceeded = 0; // times the action answered done()
        bool foundDone = false; // the probe found the effect already there
        QDateTime startedAt;
        QDateTime finishedAt;
        QString summary; // the last result, translated
        QString error;
        QStringList requestIds; // of the API calls of this step (the last ones for waits)
    };

    struct Event
    {
        QDateTime time;
        QString stepId; // empty for run-level events
        QString kind; // acted, found, skipped, failed, confirmed, started, paused, resumed, aborted, finished…
        QString cli;
        QStringList requestIds;
        QString result;
    };

    static constexpr int kFormat = 1;

    Journal() = default;
    // A new journal in `dir` (empty: defaultDir()) with a fresh id; not yet saved.
    static Journal create(const QString &kind, const QString &app, const QJsonObject &parameters,
                          const QStringList &stepIds, const QString &dir = {});
    // Reads a journal file; nullopt (and `error`, translated) when it cannot be read.
    static std::optional<Journal> load(const QString &path, QString *error = nullptr);
    // The same from a journal file's bytes (`path` names it in errors and gives its folder).
    static std::optional<Journal> fromBytes(const QByteArray &bytes, const QString &path, QString *error = nullptr);
    // The journals in `dir` whose status is not Finished or Aborted, newest first.
    static QList<Journal> unfinished(const QString &dir = {});
    // A journal file in `dir` that cannot be resumed, and why (corrupt, unreadable, newer format).
    struct Problem
    {
        QString path;
        QString error; // translated
        QDateTime modified;
    };
    // The files in `dir` that unfinished() leaves out because they cannot be read, newest first.
    static QList<Problem> unreadable(const QString &dir = {});
    // Both lists with one read of each file (either pointer may be null).
    static void scan(const QString &dir, QList<Journal> *unfinished, QList<Problem> *unreadable);
    // <AppDataLocation>/runbooks, or <AppDataLocation>/runbooks/sandbox for a loopback API (a local
    // sandbox): runs rehearsed on a sandbox live apart from runs on Heroku.
    static QString defaultDir(const QString &apiUrl = {});

    // Writes the whole journal atomically and waits for it; false (and `error`, translated) on failure.
    bool save(QString *error = nullptr) const;
    // Queues the same write on the journal writer's thread (JournalWriter) and returns at once;
    // `done` runs on the application's thread when it is over (an empty error: on disk), unless
    // `context` is gone by then. Journal::load() and scan() see the queued state at once.
    // `writeAhead`: requests that change something wait for this write (JournalWriter::writeAhead).
    void saveLater(QObject *context, std::function<void(const QString &error)> done, bool writeAhead = false) const;
    // Writes `json` to the journal file `path` atomically (QSaveFile: synced, then renamed), making
    // its folder; false (and `error`, translated) on failure. Any thread.
    static bool writeFile(const QString &path, const QJsonObject &json, QString *error);

    bool isValid() const { return !m_id.isEmpty(); }
    QString id() const { return m_id; }
    QString kind() const { return m_kind; } // "follower-switch", …
    QString app() const { return m_app; }
    // Whom the run belongs to: the API it talks to and the account's email (never a token). Empty in
    // journals written before they were recorded; Runbook records the first owner that opens them.
    QString apiUrl() const { return m_apiUrl; }
    QString account() const { return m_account; }
    bool hasOwner() const { return !m_apiUrl.isEmpty() || !m_account.isEmpty(); }
    void setOwner(const QString &apiUrl, const QString &account)
    {
        m_apiUrl = apiUrl;
        m_account = account;
    }
    // Empty when `apiUrl` and `account` may drive this run; otherwise why not (translated, naming both).
    // Any two loopback APIs count as the same (a local sandbox gets a new port each time it starts).
    QString ownerMismatch(const QString &apiUrl, const QString &account) const;
    QString path() const;
    QDateTime createdAt() const { return m_createdAt; }
    QDateTime updatedAt() const { return m_updatedAt; }
    Status status() const { return m_status; }
    void setStatus(Status status) { m_status = status; }
    bool isUnfinished() const { return m_status != Status::Finished && m_status != Status::Aborted; }
    static QString statusName(Status status);

    const QJsonObject &parameters() const { return m_parameters; }
    const QJsonObject &values() const { return m_values; }
    QJsonValue value(const QString &key) const { return m_values.value(key); }
    bool hasValue(const QString &key) const { return m_values.contains(key); }
    void setValue(const QString &key, const QJsonValue &value) { m_values.insert(key, value); }

    QList<StepRecord> &steps() { return m_steps; }
    const QList<StepRecord> &steps() const { return m_steps; }
    StepRecord *step(const QString &id);
    const StepRecord *step(const QString &id) const;

    const QList<Event> &events() const { return m_events; }
    void addEvent(const Event &event) { m_events.append(event); }

    // How the run stopped, when it did not finish (translated paragraph).
    QString stopExplanation() const { return m_stopExplanation; }
    void setStopExplanation(const QString &text) { m_stopExplanation = text; }

    QJsonObject toJson() const;
    std::function<QJsonObject()> state() const; // JournalWriter::State
    static Journal fromJson(const QJsonObject &json, const QString &dir);

private:
    QString m_dir;
    QString m_id;
    QString m_kind;
    QString m_app;
    QString m_apiUrl;
    QString m_account;
    QDateTime m_createdAt;
    mutable QDateTime m_updatedAt;
    Status m_status = Status::Running;
    QJsonObject m_parameters;
    QJsonObject m_values;
    QList<StepRecord> m_steps;
    QList<Event> m_events;
    QString m_stopExplanation;
};

} // namespace hpg

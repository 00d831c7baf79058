#include "journal.h"

#include "core/heroku/hosts.h"
#include "core/stall/operationscope.h"
#include "journalwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace hpg {

namespace {

struct StatusName
{
    Journal::Status status;
    const char *name;
};

constexpr StatusName kStatusNames[] = {
    { Journal::Status::Running, "running" },
    { Journal::Status::Paused, "paused" },
    { Journal::Status::AwaitingConfirmation, "awaiting-confirmation" },
    { Journal::Status::Failed, "failed" },
    { Journal::Status::Aborted, "aborted" },
    { Journal::Status::Finished, "finished" },
};

Journal::Status statusFromName(const QString &name)
{
    for (const auto &entry : kStatusNames) {
        if (name == QLatin1String(entry.name))
            return entry.status;
    }
    return Journal::Status::Running;
}

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

QString Journal::statusName(Status status)
{
    for (const auto &entry : kStatusNames) {
        if (entry.status == status)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("running");
}

QString Journal::defaultDir(const QString &apiUrl)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/runbooks");
    return !apiUrl.isEmpty() && Hosts::isLoopback(QUrl(apiUrl)) ? dir + QStringLiteral("/sandbox") : dir;
}

QString Journal::ownerMismatch(const QString &apiUrl, const QString &account) const
{
    // A local sandbox listens on a new port each time it starts: any loopback API is the sandbox.
    const bool sameApi = m_apiUrl == apiUrl
        || (!m_apiUrl.isEmpty() && !apiUrl.isEmpty() && Hosts::isLoopback(QUrl(m_apiUrl))
            && Hosts::isLoopback(QUrl(apiUrl)));
    if (!hasOwner() || (sameApi && m_account.compare(account, Qt::CaseInsensitive) == 0))
        return {};
    const QString unknown = tr("(unknown)");
    return tr("This run was started by %1 on %2, but you are signed in as %3 on %4. It can be resumed only by "
              "the account and the API that started it: sign in as %1 on %2 to resume it.")
        .arg(m_account.isEmpty() ? unknown : m_account, m_apiUrl.isEmpty() ? unknown : m_apiUrl,
             account.isEmpty() ? unknown : account, apiUrl.isEmpty() ? unknown : apiUrl);
}

Journal Journal::create(const QString &kind, const QString &app, const QJsonObject &parameters,
                        const QStringList &stepIds, const QString &dir)
{
    Journal journal;
    journal.m_dir = dir.isEmpty() ? defaultDir() : dir;
    journal.m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    journal.m_kind = kind;
    journal.m_app = app;
    journal.m_createdAt = journal.m_updatedAt = QDateTime::currentDateTimeUtc();
    journal.m_parameters = parameters;
    for (const QString &id : stepIds) {
        StepRecord record;
        record.id = id;
        journal.m_steps.append(record);
    }
    return journal;
}

QString Journal::path() const
{
    return m_dir + QLatin1Char('/') + m_id + QStringLiteral(".json");
}

Journal::StepRecord *Journal::step(const QString &id)
{
    for (auto &record : m_steps) {
        if (record.id == id)
            return &record;
    }
    return nullptr;
}

const Journal::StepRecord *Journal::step(const QString &id) const
{
    return const_cast<Journal *>(this)->step(id);
}

QJsonObject Journal::toJson() const
{
    QJsonArray steps;
    for (const auto &s : m_steps) {
        steps.append(QJsonObject {
            { QStringLiteral("id"), s.id },
            { QStringLiteral("state"), stepStateName(s.state) },
            { QStringLiteral("probes"), s.probes },
            { QStringLiteral("actions_started"), s.actionsStarted },
            { QStringLiteral("actions_succeeded"), s.actionsSucceeded },
            { QStringLiteral("found_done"), s.foundDone },
            { QStringLiteral("started_at"), time(s.startedAt) },
            { QStringLiteral("finished_at"), time(s.finishedAt) },
            { QStringLiteral("summary"), s.summary },
            { QStringLiteral("error"), s.error },
            { QStringLiteral("request_ids"), QJsonArray::fromStringList(s.requestIds) },
        });
    }
    QJsonArray events;
    for (const auto &e : m_events) {
        events.append(QJsonObject {
            { QStringLiteral("time"), time(e.time) },
            { QStringLiteral("step"), e.stepId },
            { QStringLiteral("kind"), e.kind },
            { QStringLiteral("cli"), e.cli },
            { QStringLiteral("request_ids"), QJsonArray::fromStringList(e.requestIds) },
            { QStringLiteral("result"), e.result },
        });
    }
    return {
        { QStringLiteral("format"), kFormat },
        { QStringLiteral("id"), m_id },
        { QStringLiteral("kind"), m_kind },
        { QStringLiteral("app"), m_app },
        { QStringLiteral("api_url"), m_apiUrl },
        { QStringLiteral("account"), m_account },
        { QStringLiteral("created_at"), time(m_createdAt) },
        { QStringLiteral("updated_at"), time(m_updatedAt) },
        { QStringLiteral("status"), statusName(m_status) },
        { QStringLiteral("parameters"), m_parameters },
        { QStringLiteral("values"), m_values },
        { QStringLiteral("steps"), steps },
        { QStringLiteral("events"), events },
        { QStringLiteral("stop_explanation"), m_stopExplanation },
    };
}

Journal Journal::fromJson(const QJsonObject &json, const QString &dir)
{
    Journal j;
    j.m_dir = dir;
    j.m_id = json.value(QStringLiteral("id")).toString();
    j.m_kind = json.value(QStringLiteral("kind")).toString();
    j.m_app = json.value(QStringLiteral("app")).toString();
    j.m_apiUrl = json.value(QStringLiteral("api_url")).toString();
    j.m_account = json.value(QStringLiteral("account")).toString();
    j.m_createdAt = parseTime(json.value(QStringLiteral("created_at")));
    j.m_updatedAt = parseTime(json.value(QStringLiteral("updated_at")));
    j.m_status = statusFromName(json.value(QStringLiteral("status")).toString());
    j.m_parameters = json.value(QStringLiteral("parameters")).toObject();
    j.m_values = json.value(QStringLiteral("values")).toObject();
    j.m_stopExplanation = json.value(QStringLiteral("stop_explanation")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject o = value.toObject();
        StepRecord s;
        s.id = o.value(QStringLiteral("id")).toString();
        s.state = stepStateFromName(o.value(QStringLiteral("state")).toString());
        s.probes = o.value(QStringLiteral("probes")).toInt();
        s.actionsStarted = o.value(QStringLiteral("actions_started")).toInt();
        s.actionsSucceeded = o.value(QStringLiteral("actions_succeeded")).toInt();
        s.foundDone = o.value(QStringLiteral("found_done")).toBool();
        s.startedAt = parseTime(o.value(QStringLiteral("started_at")));
        s.finishedAt = parseTime(o.value(QStringLiteral("finished_at")));
        s.summary = o.value(QStringLiteral("summary")).toString();
        s.error = o.value(QStringLiteral("error")).toString();
        for (const QJsonValue &id : o.value(QStringLiteral("request_ids")).toArray())
            s.requestIds.append(id.toString());
        j.m_steps.append(s);
    }
    for (const QJsonValue &value : json.value(QStringLiteral("events")).toArray()) {
        const QJsonObject o = value.toObject();
        Event e;
        e.time = parseTime(o.value(QStringLiteral("time")));
        e.stepId = o.value(QStringLiteral("step")).toString();
        e.kind = o.value(QStringLiteral("kind")).toString();
        e.cli = o.value(QStringLiteral("cli")).toString();
        for (const QJsonValue &id : o.value(QStringLiteral("request_ids")).toArray())
            e.requestIds.append(id.toString());
        e.result = o.value(QStringLiteral("result")).toString();
        j.m_events.append(e);
    }
    return j;
}

bool Journal::save(QString *error) const
{
    m_updatedAt = QDateTime::currentDateTimeUtc();
    return JournalWriter::instance().writeAndWait(path(), toJson(), error);
}

// A copy of this journal (its lists and strings are shared, not copied) that gives its JSON on
// whichever thread asks.
std::function<QJsonObject()> Journal::state() const
{
    return [journal = *this] { return journal.toJson(); };
}

void Journal::saveLater(QObject *context, std::function<void(const QString &error)> done, bool writeAhead) const
{
    const OperationScope scope("journal: queue a save");
    m_updatedAt = QDateTime::currentDateTimeUtc();
    if (writeAhead)
        JournalWriter::instance().writeAhead(path(), state(), context, std::move(done));
    else
        JournalWriter::instance().write(path(), state(), context, std::move(done));
}

bool Journal::writeFile(const QString &path, const QJsonObject &json, QString *error)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("Could not create the folder %1 for the runbook journal.").arg(dir);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write the runbook journal %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write the runbook journal %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<Journal> Journal::load(const QString &path, QString *error)
{
    // A state this process queued and the writer has not written yet is the newest there is.
    if (const auto pending = JournalWriter::pending(path))
        return fromJson(*pending, QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not open the runbook journal %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromBytes(file.readAll(), path, error);
}

std::optional<Journal> Journal::fromBytes(const QByteArray &bytes, const QString &path, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = tr("The runbook journal %1 is not valid JSON: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject json = doc.object();
    const int format = json.value(QStringLiteral("format")).toInt();
    if (format > kFormat) {
        if (error)
            *error = tr("The runbook journal %1 was written by another version of hpgdesk, a newer one (journal "
                        "format %2). Update hpgdesk to resume it.")
                         .arg(path)
                         .arg(format);
        return std::nullopt;
    }
    if (format != kFormat || json.value(QStringLiteral("id")).toString().isEmpty()
        || json.value(QStringLiteral("kind")).toString().isEmpty()) {
        if (error)
            *error = tr("The runbook journal %1 is not a journal that hpgdesk can read.").arg(path);
        return std::nullopt;
    }
    return fromJson(json, QFileInfo(path).absolutePath());
}

void Journal::scan(const QString &dir, QList<Journal> *unfinished, QList<Problem> *unreadable)
{
    const QString folder = dir.isEmpty() ? defaultDir() : dir;
    // Newest first; both lists come from one read of each file.
    const QFileInfoList files
        = QDir(folder).entryInfoList({ QStringLiteral("*.json") }, QDir::Files | QDir::Hidden, QDir::Time);
    // Journals this process queued and the writer has not written yet, whether their file exists or not.
    QHash<QString, QJsonObject> pending = JournalWriter::pendingIn(folder);
    for (const QFileInfo &file : files) {
        QString error;
        const QString path = QDir::cleanPath(file.absoluteFilePath());
        const auto journal = pending.contains(path) ? fromJson(pending.take(path), file.absolutePath())
                                                    : load(path, &error);
        if (journal && journal->isUnfinished() && unfinished)
            unfinished->append(*journal);
        else if (!journal && unreadable)
            unreadable->append({ file.absoluteFilePath(), error, file.lastModified().toUTC() });
    }
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const Journal journal = fromJson(it.value(), QFileInfo(it.key()).absolutePath());
        if (journal.isUnfinished() && unfinished)
            unfinished->append(journal);
    }
    if (unfinished)
        std::sort(unfinished->begin(), unfinished->end(),
                  [](const Journal &a, const Journal &b) { return a.updatedAt() > b.updatedAt(); });
}

QList<Journal> Journal::unfinished(const QString &dir)
{
    QList<Journal> result;
    scan(dir, &result, nullptr);
    return result;
}

QList<Journal::Problem> Journal::unreadable(const QString &dir)
{
    QList<Problem> result;
    scan(dir, nullptr, &result);
    return result;
}

} // namespace hpg

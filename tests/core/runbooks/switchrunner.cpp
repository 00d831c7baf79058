// A follower switch in a process of its own, for testswitchkill, which kills it with SIGKILL.
//
//   switchrunner <sandbox API URL> <journal file>      (the token in $HPG_SANDBOX_TOKEN)
//
// Resumes the journal (Journal::load, RunbookRegistry::create: any kind), confirms every typed
// confirmation with the app name, and tells on stdout, one line at a time, where it is:
//
//   boundary <step>   the step is Done or Skipped and the journal on disk says so
//   wait <step>       a Wait step polls: its condition did not hold at once
//   action <step>     the server answered a request of the step's action that changes
//                     something; the answer is not read yet, so the effect is there and
//                     the journal does not know it
//   request <step> <verb> <path> <body>   such a request is on its way
//   finished          (exit 0)
//   failed <message>  (exit 1)
//
// After a boundary, wait or action line it stops until it reads a line from stdin: the test
// either answers "go" or kills it right there.
#include "core/heroku/apiclient.h"
#include "core/heroku/connectclient.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "core/runbooks/journalwriter.h"
#include "core/runbooks/runbook.h"
#include "core/runbooks/runbookregistry.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

using namespace hpg;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// Says where the run is, then waits for the test's "go" (or for SIGKILL).
void hold(const char *kind, const QString &stepId)
{
    say(QLatin1String(kind) + QLatin1Char(' ') + stepId);
    char answer[16];
    if (!std::fgets(answer, sizeof answer, stdin))
        std::exit(3); // the test is gone
}

// Shows each request to `onRequest` before it leaves.
class WatchedNetworkAccessManager : public QNetworkAccessManager
{
public:
    std::function<void(QNetworkReply *, const QByteArray &verb, const QByteArray &body)> onRequest;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        QByteArray verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        switch (op) {
        case HeadOperation:
            verb = "HEAD";
            break;
        case GetOperation:
            verb = "GET";
            break;
        case PutOperation:
            verb = "PUT";
            break;
        case PostOperation:
            verb = "POST";
            break;
        case DeleteOperation:
            verb = "DELETE";
            break;
        case CustomOperation:
        case UnknownOperation:
            break;
        }
        const QByteArray body = outgoingData ? outgoingData->peek(outgoingData->bytesAvailable()) : QByteArray();
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
        if (onRequest)
            onRequest(reply, verb, body);
        return reply;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString token = qEnvironmentVariable("HPG_SANDBOX_TOKEN");
    if (args.size() != 3 || token.isEmpty()) {
        say(QStringLiteral("failed usage: HPG_SANDBOX_TOKEN=… switchrunner <sandbox API URL> <journal file>"));
        return 2;
    }
    const QUrl url(args.at(1));
    QString error;
    const auto journal = Journal::load(args.at(2), &error);
    if (!journal) {
        say(QStringLiteral("failed ") + error);
        return 2;
    }

    WatchedNetworkAccessManager nam;
    ApiClient api(&nam);
    api.setBaseUrl(url);
    api.setToken(token);
    ApiClient::RetryPolicy policy;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 200;
    policy.maxRetries = 6;
    policy.maxRateLimitWaits = 10;
    api.setRetryPolicy(policy);
    PlatformClient platform(&api);
    DataClient data(&api);
    ConnectClient connect(&nam, token, url);
    connect.setRetryPolicy(policy);
    RunbookServices services;
    services.platform = &platform;
    services.data = &data;
    services.connect = &connect;

    std::unique_ptr<Runbook> runbook(RunbookRegistry::create(*journal, services));
    if (!runbook) {
        say(QStringLiteral("failed not a runbook journal that hpgdesk knows"));
        return 2;
    }
    Runbook *rb = runbook.get();
    rb->setPollIntervalScale(0.5);
    rb->setRetryPolicy({ 20, 100, 1000 });

    int current = -1; // the step whose probe or action sends the requests
    QObject::connect(rb, &Runbook::stepStateChanged, rb, [rb, &current](int index, StepState state) {
        const QString id = rb->steps().at(index).id;
        if (state == StepState::Running)
            current = index;
        const char *kind = nullptr;
        if (state == StepState::Done || state == StepState::Skipped)
            kind = "boundary";
        else if (state == StepState::Waiting)
            kind = "wait";
        // Said once the Runbook is back in the event loop, when the journal is queued; a boundary
        // once the journal writer has it on disk too.
        if (kind)
            QMetaObject::invokeMethod(
                rb,
                [kind, id] {
                    if (std::strcmp(kind, "boundary") == 0)
                        JournalWriter::instance().flush();
                    hold(kind, id);
                },
                Qt::QueuedConnection);
    });
    nam.onRequest = [rb, &current](QNetworkReply *reply, const QByteArray &verb, const QByteArray &body) {
        // Probes only read; any other request of a side-effecting step is its effect.
        if (verb == "GET" || verb == "HEAD" || current < 0 || !rb->steps().at(current).hasSideEffects())
            return;
        const QString id = rb->steps().at(current).id;
        say(QStringLiteral("request %1 %2 %3 %4")
                .arg(id, QString::fromLatin1(verb), reply->url().path(), QString::fromUtf8(body).simplified()));
        QObject::connect(
            reply, &QNetworkReply::metaDataChanged, reply, [id] { hold("action", id); }, Qt::SingleShotConnection);
    };
    QObject::connect(rb, &Runbook::confirmationRequired, rb,
                     [rb](int, const QString &appName) { rb->confirm(appName); });
    QObject::connect(rb, &Runbook::armingRequired, rb,
                     [rb](const QList<int> &, const QString &appName) { rb->confirm(appName); });
    QObject::connect(rb, &Runbook::finished, &app, [] {
        say(QStringLiteral("finished"));
        QCoreApplication::exit(0);
    });
    QObject::connect(rb, &Runbook::failed, &app, [](int, const QString &message) {
        say(QStringLiteral("failed ") + QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        QCoreApplication::exit(1);
    });
    QObject::connect(rb, &Runbook::journalWriteFailed, &app, [](const QString &message) {
        say(QStringLiteral("failed the journal could not be written: ") + message);
        QCoreApplication::exit(1);
    });
    if (!rb->start()) {
        say(QStringLiteral("failed the run could not start: ")
            + (rb->lastError().isEmpty() ? QStringLiteral("finished or aborted already?") : rb->lastError()));
        return 1;
    }
    return app.exec();
}

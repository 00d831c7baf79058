#include "keychainsecretstore.h"

#include "core/stall/operationscope.h"
#include "core/threads/workerpool.h"
#include "secretserviceprobe.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <qt6keychain/keychain.h>

#include <memory>

namespace hpg {

namespace {
// Each D-Bus question of the probe; the probe asks at most four.
constexpr int kProbeCallTimeoutMs = 3000;
} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::checkAvailability(QObject *context, Callback callback)
{
    auto reply = std::make_shared<Reply>(context, std::move(callback));
    whenProbed([this, reply](const SecretResult &probe) { deliverLater(*reply, probe); });
}

void KeychainSecretStore::read(const QString &service, const QString &key, QObject *context, Callback callback)
{
    run(Operation::Read, service, key, {}, Reply(context, std::move(callback)));
}

void KeychainSecretStore::write(const QString &service, const QString &key, const QString &secret, QObject *context,
                                Callback callback)
{
    run(Operation::Write, service, key, secret, Reply(context, std::move(callback)));
}

void KeychainSecretStore::remove(const QString &service, const QString &key, QObject *context, Callback callback)
{
    run(Operation::Remove, service, key, {}, Reply(context, std::move(callback)));
}

void KeychainSecretStore::run(Operation operation, const QString &service, const QString &key, const QString &secret,
                              Reply reply)
{
    auto shared = std::make_shared<Reply>(std::move(reply));
    whenProbed([this, operation, service, key, secret, shared](const SecretResult &probe) {
        if (!probe.ok())
            deliverLater(*shared, probe);
        else
            startJob(operation, service, key, secret, *shared);
    });
}

void KeychainSecretStore::whenProbed(std::function<void(const SecretResult &)> next)
{
    if (m_available) {
        next({});
        return;
    }
    m_waiting.append(std::move(next));
    if (m_probing)
        return;
    m_probing = true;
    auto *watcher = new QFutureWatcher<SecretServiceProbe::Result>(this);
    connect(watcher, &QFutureWatcher<SecretServiceProbe::Result>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto probe = watcher->result();
        m_probing = false;
        m_available = probe.available;
        SecretResult result;
        if (!probe.available) {
            result.status = SecretResult::Status::Unavailable;
            result.message = probe.message;
        }
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &continuation : waiting)
            continuation(result);
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), &SecretServiceProbe::run, kProbeCallTimeoutMs));
}

void KeychainSecretStore::startJob(Operation operation, const QString &service, const QString &key,
                                   const QString &secret, Reply reply)
{
    const OperationScope scope("keychain: start a job");
    // The job has no parent and deletes itself when it finishes: QtKeychain's
    // libsecret callbacks still point at it when it answers after our time
    // limit, so it must outlive both the limit and this store.
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);

    auto done = std::make_shared<bool>(false);
    auto shared = std::make_shared<Reply>(std::move(reply));
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, done, shared, timer] {
        timer->deleteLater();
        if (*done)
            return;
        *done = true;
        // Ask again before the next operation.
        m_available = false;
        SecretResult result;
        result.status = SecretResult::Status::Unavailable;
        result.message = tr("The system keychain did not answer within %1 seconds.")
                             .arg(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count());
        deliverLater(*shared, std::move(result));
    });
    connect(job, &QKeychain::Job::finished, this, [this, done, shared, timer, operation](QKeychain::Job *finished) {
        if (*done)
            return;
        *done = true;
        timer->stop();
        timer->deleteLater();
        deliverLater(*shared, resultOf(operation, finished));
    });
    timer->start(m_timeout);
    job->start();
}

SecretResult KeychainSecretStore::resultOf(Operation operation, QKeychain::Job *job) const
{
    SecretResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        if (operation == Operation::Read)
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        return result;
    case QKeychain::EntryNotFound:
        // Deleting what is not there is what the caller wanted.
        if (operation == Operation::Remove)
            return result;
        result.status = SecretResult::Status::NotFound;
        result.message = tr("The system keychain holds no secret under this name.");
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::Denied;
        result.message = tr("The system keychain refused access. It may be locked, or access was denied.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::Unavailable;
        result.message = tr("No system keychain is available.");
        return result;
    case QKeychain::CouldNotDeleteEntry:
        result.status = SecretResult::Status::Failed;
        result.message = tr("The system keychain could not delete the secret: %1").arg(job->errorString());
        return result;
    case QKeychain::OtherError:
        break;
    }
    result.status = SecretResult::Status::Failed;
    result.message = tr("The system keychain reported an error: %1").arg(job->errorString());
    return result;
}

} // namespace hpg

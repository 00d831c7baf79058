#pragma once

#include "secretstore.h"

#include <QList>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

namespace hpg {

// Secrets in the operating system's keychain through QtKeychain: macOS
// Keychain, Windows Credential Manager, or on Linux the Secret Service
// (GNOME Keyring, KeePassXC) or KWallet over D-Bus. Items are generic
// passwords keyed by service and key; QtKeychain never falls back to a
// plaintext file here.
//
// It never hangs: before the first operation (and again after a failed
// check) SecretServiceProbe runs on a worker thread and reports Unavailable
// at once when there is no D-Bus session or no keychain service on it; every
// operation then has a time limit (timeout()) after which it reports
// Unavailable. A QtKeychain job that answers after that is ignored.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    bool isPersistent() const override { return true; }

    // How long one operation may take before it counts as Unavailable. The
    // default (30 s) leaves a person time to unlock the keyring when asked.
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Ok when a keychain can be reached, else Unavailable with the reason;
    // lets the sign-in dialog say so before the user types a token.
    void checkAvailability(QObject *context, Callback callback);

    void read(const QString &service, const QString &key, QObject *context, Callback callback) override;
    void write(const QString &service, const QString &key, const QString &secret, QObject *context,
               Callback callback) override;
    void remove(const QString &service, const QString &key, QObject *context, Callback callback) override;

private:
    enum class Operation { Read, Write, Remove };

    void run(Operation operation, const QString &service, const QString &key, const QString &secret, Reply reply);
    void startJob(Operation operation, const QString &service, const QString &key, const QString &secret, Reply reply);
    void whenProbed(std::function<void(const SecretResult &)> next);
    SecretResult resultOf(Operation operation, QKeychain::Job *job) const;

    std::chrono::milliseconds m_timeout { 30000 };
    bool m_available = false;
    bool m_probing = false;
    QList<std::function<void(const SecretResult &)>> m_waiting;
};

} // namespace hpg

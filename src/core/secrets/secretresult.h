#pragma once

#include <QString>

namespace hpg {

// The outcome of a SecretStore operation. `message` is a translated
// sentence for the user and never contains a secret.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound, // no secret under this service and key
        Unavailable, // no keychain reachable: no D-Bus session, no Secret Service, no answer in time
        Denied, // the keychain is locked or refused access
        Failed, // the keychain reported another error
    };

    Status status = Status::Ok;
    QString secret; // only for a successful read
    QString message;

    bool ok() const { return status == Status::Ok; }
    // The keychain cannot be used now: the caller may offer to keep the
    // secret in memory for this run only.
    bool keychainUnusable() const
    {
        return status == Status::Unavailable || status == Status::Denied || status == Status::Failed;
    }
};

} // namespace hpg

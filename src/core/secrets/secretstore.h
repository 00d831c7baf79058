#pragma once

#include "secretresult.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace hpg {

// Where hpgdesk keeps secrets (API tokens). Asynchronous: every operation
// answers through its callback, later, on this object's thread and never
// from inside the call. The callback is dropped when `context` (if given) or
// the store is destroyed first. Implementations never write a secret to a
// file, QSettings, a log or a message.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const hpg::SecretResult &result)>;

    // The service name hpgdesk's own secrets live under.
    static QString appService() { return QStringLiteral("hpgdesk"); }

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // False for a store that forgets everything when the app quits.
    virtual bool isPersistent() const = 0;

    // Reads the secret stored under service and key: Ok with `secret`, or NotFound.
    virtual void read(const QString &service, const QString &key, QObject *context, Callback callback) = 0;
    // Creates or replaces the secret.
    virtual void write(const QString &service, const QString &key, const QString &secret, QObject *context,
                       Callback callback)
        = 0;
    // Deletes the secret; deleting a missing secret is Ok.
    virtual void remove(const QString &service, const QString &key, QObject *context, Callback callback) = 0;

protected:
    // Where a result goes: the callback, guarded by its context.
    struct Reply
    {
        Reply(QObject *context, Callback callback);
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
    };

    // Calls the reply's callback with `result` from the event loop, unless
    // its context (when it had one) or this store is gone by then.
    void deliverLater(Reply reply, SecretResult result);
};

} // namespace hpg

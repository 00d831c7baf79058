#include "secretstore.h"

#include <QMetaObject>

namespace hpg {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

SecretStore::~SecretStore() = default;

SecretStore::Reply::Reply(QObject *context_, Callback callback_)
    : context(context_)
    , hasContext(context_ != nullptr)
    , callback(std::move(callback_))
{ }

void SecretStore::deliverLater(Reply reply, SecretResult result)
{
    if (!reply.callback)
        return;
    QMetaObject::invokeMethod(
        this,
        [reply = std::move(reply), result = std::move(result)] {
            if (reply.hasContext && !reply.context)
                return;
            reply.callback(result);
        },
        Qt::QueuedConnection);
}

} // namespace hpg

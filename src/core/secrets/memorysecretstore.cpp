#include "memorysecretstore.h"

namespace hpg {

namespace {

QString slot(const QString &service, const QString &key)
{
    return service + QChar(0x1f) + key;
}

// Overwrites the characters before the string is released (best effort: Qt
// may have copied it elsewhere before).
void wipe(QString &secret)
{
    secret.fill(QChar(0));
    secret.clear();
}

} // namespace

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{ }

MemorySecretStore::~MemorySecretStore()
{
    clear();
}

void MemorySecretStore::read(const QString &service, const QString &key, QObject *context, Callback callback)
{
    SecretResult result;
    const auto it = m_secrets.constFind(slot(service, key));
    if (it == m_secrets.cend()) {
        result.status = SecretResult::Status::NotFound;
        result.message = tr("No secret is kept under this name for this run.");
    } else {
        result.secret = *it;
    }
    deliverLater(Reply(context, std::move(callback)), std::move(result));
}

void MemorySecretStore::write(const QString &service, const QString &key, const QString &secret, QObject *context,
                              Callback callback)
{
    auto &stored = m_secrets[slot(service, key)];
    wipe(stored);
    stored = secret;
    deliverLater(Reply(context, std::move(callback)), {});
}

void MemorySecretStore::remove(const QString &service, const QString &key, QObject *context, Callback callback)
{
    const auto it = m_secrets.find(slot(service, key));
    if (it != m_secrets.end()) {
        wipe(*it);
        m_secrets.erase(it);
    }
    deliverLater(Reply(context, std::move(callback)), {});
}

bool MemorySecretStore::contains(const QString &service, const QString &key) const
{
    return m_secrets.contains(slot(service, key));
}

void MemorySecretStore::clear()
{
    for (auto &secret : m_secrets)
        wipe(secret);
    m_secrets.clear();
}

} // namespace hpg

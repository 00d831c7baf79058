#pragma once

#include "secretstore.h"

#include <QHash>

namespace hpg {

// Keeps secrets in this process's memory only: what "keep the token for this
// run only" uses when the keychain cannot be used. Nothing is written
// anywhere; everything is gone when the store is destroyed.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    bool isPersistent() const override { return false; }
    void read(const QString &service, const QString &key, QObject *context, Callback callback) override;
    void write(const QString &service, const QString &key, const QString &secret, QObject *context,
               Callback callback) override;
    void remove(const QString &service, const QString &key, QObject *context, Callback callback) override;

    // Synchronous access for code that already holds the store.
    bool contains(const QString &service, const QString &key) const;
    int count() const { return int(m_secrets.size()); }
    void clear();

private:
    QHash<QString, QString> m_secrets;
};

} // namespace hpg

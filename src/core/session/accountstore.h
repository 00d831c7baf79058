#pragma once

#include "core/secrets/secretresult.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace hpg {

class SecretStore;

// The accounts hpgdesk knows. QSettings keeps only an index (e-mail and API
// URL); each token lives in the OS keychain under service "hpgdesk". When the
// keychain cannot be used, the user may keep a token for this run only: it
// then lives in memory and nothing is written anywhere.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString email;
        QUrl apiUrl;
        bool thisRunOnly = false; // held in memory, gone when hpgdesk quits

        QString key() const; // the keychain key: email + API host[:port]
        bool operator==(const Entry &other) const { return key() == other.key(); }
    };
    using Callback = std::function<void(const hpg::SecretResult &result)>;

    // Takes the persistent store (normally KeychainSecretStore); owns the in-memory one itself.
    explicit AccountStore(SecretStore *keychain, QObject *parent = nullptr);
    ~AccountStore() override;

    QList<Entry> accounts() const;
    std::optional<Entry> current() const;
    void setCurrent(const Entry &entry);

    // Writes the token to the keychain and adds the account to the index.
    // A result with keychainUnusable() leaves nothing behind; the caller may then keepForThisRun().
    void save(const Entry &entry, const QString &token, QObject *context, Callback callback);
    // Holds the token in memory only (listed, but never in QSettings).
    void keepForThisRun(const Entry &entry, const QString &token);
    void readToken(const Entry &entry, QObject *context, Callback callback);
    // Deletes the token and forgets the account (sign out).
    void remove(const Entry &entry, QObject *context, Callback callback);

signals:
    void accountsChanged();

private:
    void writeIndex(const QList<Entry> &entries) const;
    QList<Entry> readIndex() const;

    SecretStore *m_keychain;
    std::unique_ptr<SecretStore> m_memory;
    QList<Entry> m_thisRun;
    QString m_currentThisRun;
};

} // namespace hpg

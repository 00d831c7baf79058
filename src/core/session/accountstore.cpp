#include "accountstore.h"

#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretstore.h"
#include "core/settings/appsettings.h"

#include <QSettings>

namespace hpg {

namespace {
const auto kAccountsKey = QStringLiteral("accounts/list");
const auto kCurrentKey = QStringLiteral("accounts/current");
} // namespace

QString AccountStore::Entry::key() const
{
    const int port = apiUrl.port();
    return QStringLiteral("%1@%2").arg(email,
                                       port > 0 ? QStringLiteral("%1:%2").arg(apiUrl.host()).arg(port) : apiUrl.host());
}

AccountStore::AccountStore(SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_memory(std::make_unique<MemorySecretStore>())
{ }

AccountStore::~AccountStore() = default;

QList<AccountStore::Entry> AccountStore::readIndex() const
{
    QList<Entry> entries;
    QSettings settings;
    const int count = settings.beginReadArray(kAccountsKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Entry entry;
        entry.email = settings.value(QStringLiteral("email")).toString();
        entry.apiUrl = settings.value(QStringLiteral("apiUrl")).toUrl();
        if (!entry.email.isEmpty() && entry.apiUrl.isValid())
            entries.append(entry);
    }
    settings.endArray();
    return entries;
}

void AccountStore::writeIndex(const QList<Entry> &entries) const
{
    QSettings settings;
    settings.remove(kAccountsKey);
    settings.beginWriteArray(kAccountsKey, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("email"), entries.at(i).email);
        settings.setValue(QStringLiteral("apiUrl"), entries.at(i).apiUrl);
    }
    settings.endArray();
}

QList<AccountStore::Entry> AccountStore::accounts() const
{
    QList<Entry> all = readIndex();
    for (const auto &entry : m_thisRun) {
        if (!all.contains(entry))
            all.append(entry);
    }
    return all;
}

std::optional<AccountStore::Entry> AccountStore::current() const
{
    const QString key = m_currentThisRun.isEmpty() ? AppSettings::value(kCurrentKey).toString() : m_currentThisRun;
    for (const auto &entry : accounts()) {
        if (entry.key() == key)
            return entry;
    }
    return std::nullopt;
}

void AccountStore::setCurrent(const Entry &entry)
{
    if (entry.thisRunOnly) {
        m_currentThisRun = entry.key();
    } else {
        m_currentThisRun.clear();
        AppSettings::setValue(kCurrentKey, entry.key());
    }
}

void AccountStore::save(const Entry &entry, const QString &token, QObject *context, Callback callback)
{
    Entry saved = entry;
    saved.thisRunOnly = false;
    m_keychain->write(SecretStore::appService(), saved.key(), token, context,
                      [this, saved, callback](const SecretResult &result) {
                          if (result.ok()) {
                              QList<Entry> entries = readIndex();
                              entries.removeAll(saved);
                              entries.append(saved);
                              writeIndex(entries);
                              m_thisRun.removeAll(saved);
                              setCurrent(saved);
                              emit accountsChanged();
                          }
                          callback(result);
                      });
}

void AccountStore::keepForThisRun(const Entry &entry, const QString &token)
{
    Entry kept = entry;
    kept.thisRunOnly = true;
    m_memory->write(SecretStore::appService(), kept.key(), token, nullptr, [](const SecretResult &) {});
    m_thisRun.removeAll(kept);
    m_thisRun.append(kept);
    setCurrent(kept);
    emit accountsChanged();
}

void AccountStore::readToken(const Entry &entry, QObject *context, Callback callback)
{
    SecretStore *store = m_thisRun.contains(entry) ? m_memory.get() : m_keychain;
    store->read(SecretStore::appService(), entry.key(), context, std::move(callback));
}

void AccountStore::remove(const Entry &entry, QObject *context, Callback callback)
{
    const bool inMemory = m_thisRun.contains(entry);
    SecretStore *store = inMemory ? m_memory.get() : m_keychain;
    store->remove(SecretStore::appService(), entry.key(), context,
                  [this, entry, inMemory, callback](const SecretResult &result) {
                      // Forget the account even if the keychain could not be reached: the index holds no secret.
                      if (inMemory) {
                          m_thisRun.removeAll(entry);
                      } else {
                          QList<Entry> entries = readIndex();
                          entries.removeAll(entry);
                          writeIndex(entries);
                      }
                      if (current() == std::nullopt || current()->key() == entry.key()) {
                          m_currentThisRun.clear();
                          AppSettings::remove(kCurrentKey);
                      }
                      emit accountsChanged();
                      callback(result);
                  });
}

} // namespace hpg

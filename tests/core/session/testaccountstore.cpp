// AccountStore against the real Secret Service (gnome-keyring under dbus-run-session in CI):
// the token goes to the keychain, only the index to QSettings; sign out deletes it.
#include "core/settings/appsettings.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/secretserviceprobe.h"
#include "core/session/accountstore.h"
#include "requirekeyring.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace hpg;

class TestAccountStore : public QObject
{
    Q_OBJECT
private:
    static SecretResult wait(const std::function<void(AccountStore::Callback)> &start)
    {
        SecretResult result;
        bool done = false;
        start([&](const SecretResult &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 40000))
            result.status = SecretResult::Status::Failed;
        return result;
    }

    // True when `needle` appears in any file under the app's config, cache and data folders.
    static bool foundOnDisk(const QString &needle)
    {
        const QStringList roots { QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                  QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
                                  QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) };
        for (const auto &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (it.filePath().contains(QLatin1String("keyrings")))
                    continue; // gnome-keyring's own encrypted store, if it lives under this HOME
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
                    return true;
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("hpgdesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("testaccountstore"));
        QSettings().clear();
        const auto probe = SecretServiceProbe::run(5000);
        if (!probe.available)
            HPG_SKIP_UNLESS_KEYRING_REQUIRED(
                "No Secret Service is reachable; run under dbus-run-session with an unlocked gnome-keyring "
                "(scripts/quickstart.sh test does).");
    }

    void tokenRoundTripsThroughTheKeychain()
    {
        KeychainSecretStore keychain;
        AccountStore accounts(&keychain);
        QSignalSpy changed(&accounts, &AccountStore::accountsChanged);
        const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const AccountStore::Entry entry { QStringLiteral("dba@example.com"),
                                          QUrl(QStringLiteral("http://127.0.0.1:5999")) };

        const auto saved = wait([&](auto cb) { accounts.save(entry, token, this, cb); });
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(accounts.accounts().size(), 1);
        QCOMPARE(accounts.current()->email, entry.email);
        QCOMPARE(accounts.current()->apiUrl, entry.apiUrl);
        hpg::AppSettings::flush();
        QSettings().sync();
        QVERIFY(!foundOnDisk(token)); // the index only: no secret in QSettings or anywhere else

        // A second store (as after a restart) reads it back from the keychain.
        KeychainSecretStore keychain2;
        AccountStore again(&keychain2);
        const auto read = wait([&](auto cb) { again.readToken(*again.current(), this, cb); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, token);

        // Sign out deletes the secret and forgets the account.
        const auto removed = wait([&](auto cb) { again.remove(*again.current(), this, cb); });
        QVERIFY(removed.ok());
        QVERIFY(again.accounts().isEmpty());
        QVERIFY(!again.current());
        const auto gone = wait([&](auto cb) { keychain2.read(SecretStore::appService(), entry.key(), this, cb); });
        QCOMPARE(gone.status, SecretResult::Status::NotFound);
    }

    void severalAccountsAndThisRunOnly()
    {
        KeychainSecretStore keychain;
        AccountStore accounts(&keychain);
        const AccountStore::Entry a { QStringLiteral("a@example.com"), QUrl(QStringLiteral("https://api.heroku.com")) };
        const AccountStore::Entry b { QStringLiteral("b@example.com"), QUrl(QStringLiteral("https://api.heroku.com")) };
        QVERIFY(wait([&](auto cb) { accounts.save(a, QStringLiteral("token-a-0000000000000000"), this, cb); }).ok());
        QVERIFY(wait([&](auto cb) { accounts.save(b, QStringLiteral("token-b-0000000000000000"), this, cb); }).ok());
        QCOMPARE(accounts.accounts().size(), 2);
        QCOMPARE(accounts.current()->email, b.email);
        accounts.setCurrent(accounts.accounts().at(0));
        QCOMPARE(accounts.current()->email, a.email);

        const QString memoryToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const AccountStore::Entry c { QStringLiteral("c@example.com"), QUrl(QStringLiteral("https://api.heroku.com")) };
        accounts.keepForThisRun(c, memoryToken);
        QCOMPARE(accounts.accounts().size(), 3);
        QVERIFY(accounts.current()->thisRunOnly);
        const auto read = wait([&](auto cb) { accounts.readToken(*accounts.current(), this, cb); });
        QCOMPARE(read.secret, memoryToken);
        hpg::AppSettings::flush();
        QSettings().sync();
        QVERIFY(!foundOnDisk(memoryToken));
        QVERIFY(!foundOnDisk(QStringLiteral("c@example.com"))); // not even in the index
        // A new store (the next run) does not know it.
        AccountStore nextRun(&keychain);
        QCOMPARE(nextRun.accounts().size(), 2);

        for (const auto &entry : accounts.accounts())
            QVERIFY(wait([&](auto cb) { accounts.remove(entry, this, cb); }).ok());
        QVERIFY(accounts.accounts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "testaccountstore.moc"

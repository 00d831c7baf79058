#include "core/secrets/memorysecretstore.h"

#include <QTest>

#include <memory>
#include <optional>

using hpg::MemorySecretStore;
using hpg::SecretResult;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        std::optional<SecretResult> result;
        const auto keep = [&](const SecretResult &r) {
            result = r;
        };

        store.read(QStringLiteral("hpgdesk"), QStringLiteral("a"), nullptr, keep);
        QVERIFY(!result); // never from inside the call
        QTRY_VERIFY(result);
        QCOMPARE(result->status, SecretResult::Status::NotFound);
        QVERIFY(!result->message.isEmpty());
        QVERIFY(!result->keychainUnusable());

        result.reset();
        store.write(QStringLiteral("hpgdesk"), QStringLiteral("a"), QStringLiteral("sécret 1"), nullptr, keep);
        QVERIFY(!result);
        QTRY_VERIFY(result);
        QVERIFY(result->ok());
        QVERIFY(store.contains(QStringLiteral("hpgdesk"), QStringLiteral("a")));
        QVERIFY(!store.contains(QStringLiteral("other"), QStringLiteral("a")));

        result.reset();
        store.read(QStringLiteral("hpgdesk"), QStringLiteral("a"), nullptr, keep);
        QTRY_VERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(result->secret, QStringLiteral("sécret 1"));

        result.reset();
        store.remove(QStringLiteral("hpgdesk"), QStringLiteral("a"), nullptr, keep);
        QTRY_VERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(store.count(), 0);

        result.reset();
        store.remove(QStringLiteral("hpgdesk"), QStringLiteral("a"), nullptr, keep);
        QTRY_VERIFY(result);
        QVERIFY(result->ok());
    }

    void dropsCallbacksOfDestroyedContexts()
    {
        MemorySecretStore store;
        int called = 0;
        auto context = std::make_unique<QObject>();
        store.write(QStringLiteral("s"), QStringLiteral("k"), QStringLiteral("v"), context.get(),
                    [&](const SecretResult &) { ++called; });
        context.reset();
        QObject alive;
        store.read(QStringLiteral("s"), QStringLiteral("k"), &alive, [&](const SecretResult &) { ++called; });
        QTRY_COMPARE(called, 1);
        QTest::qWait(20);
        QCOMPARE(called, 1);
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "testmemorysecretstore.moc"

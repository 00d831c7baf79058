#include "core/secrets/tokenshape.h"

#include <QTest>

using hpg::TokenShape;

Q_DECLARE_METATYPE(hpg::TokenShape::Kind)

class TestTokenShape : public QObject
{
    Q_OBJECT
private slots:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("token");
        QTest::addColumn<TokenShape::Kind>("kind");
        const QString uuid = QStringLiteral("01234567-89ab-cdef-0123-456789ABCDEF");
        const QString hrku = QStringLiteral("HRKU-AA0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP_-qrst");
        QTest::newRow("uuid") << uuid << uuid << TokenShape::Kind::Uuid;
        QTest::newRow("uuid with white space")
            << QStringLiteral("  \t%1\n").arg(uuid) << uuid << TokenShape::Kind::Uuid;
        QTest::newRow("hrku") << hrku << hrku << TokenShape::Kind::Hrku;
        QTest::newRow("hrku with uuid") << QStringLiteral("HRKU-7f894c79-e4ad-41f2-ad25-3e86dd4dc7ff")
                                        << QStringLiteral("HRKU-7f894c79-e4ad-41f2-ad25-3e86dd4dc7ff")
                                        << TokenShape::Kind::Hrku;
        QTest::newRow("double quotes") << QStringLiteral("\"%1\"").arg(hrku) << hrku << TokenShape::Kind::Hrku;
        QTest::newRow("single quotes") << QStringLiteral("'%1'").arg(uuid) << uuid << TokenShape::Kind::Uuid;
        QTest::newRow("bearer") << QStringLiteral("Bearer %1").arg(hrku) << hrku << TokenShape::Kind::Hrku;
        QTest::newRow("other form") << QStringLiteral("sandbox_0123456789abcdef0123456789")
                                    << QStringLiteral("sandbox_0123456789abcdef0123456789") << TokenShape::Kind::Other;
    }
    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, token);
        QFETCH(TokenShape::Kind, kind);
        const auto result = TokenShape::check(input);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.token, token);
        QCOMPARE(result.kind, kind);
        QVERIFY(result.error.isEmpty());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   \n");
        QTest::newRow("url") << QStringLiteral("postgres://u:SecretPart1@h:5432/d");
        QTest::newRow("https url") << QStringLiteral("https://dashboard.heroku.com/account/SecretPart1");
        QTest::newRow("email") << QStringLiteral("SecretPart1@example.com");
        QTest::newRow("sentence") << QStringLiteral("my token is SecretPart1SecretPart1");
        QTest::newRow("netrc line") << QStringLiteral("machine api.heroku.com login a password SecretPart1");
        QTest::newRow("too short") << QStringLiteral("SecretPart1");
        QTest::newRow("too long") << QStringLiteral("SecretPart1").repeated(60);
        QTest::newRow("strange characters") << QStringLiteral("SecretPart1;SecretPart1|x");
        QTest::newRow("non-ascii") << QStringLiteral("SecretPart1SecretPart1ü");
        QTest::newRow("bad hrku") << QStringLiteral("HRKU-SecretPart1.x");
        QTest::newRow("env assignment") << QStringLiteral("HEROKU_API_KEY=SecretPart1 x");
    }
    void refuses()
    {
        QFETCH(QString, input);
        const auto result = TokenShape::check(input);
        QVERIFY(!result.isValid());
        QCOMPARE(result.kind, TokenShape::Kind::Invalid);
        QVERIFY(result.token.isEmpty());
        QVERIFY(!result.error.isEmpty());
        QVERIFY2(!result.error.contains(QLatin1String("SecretPart1")), qPrintable(result.error));
        qDebug("%s", qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestTokenShape)
#include "testtokenshape.moc"

// The stored SCRAM-SHA-256 secrets the sandbox writes for its superuser, against values computed
// independently (Python's hashlib.pbkdf2_hmac and hmac, RFC 7677's salt and password).
#include "sandbox/pg/scramsecret.h"

#include <QRegularExpression>
#include <QTest>

using namespace hpg::sandbox;

class TestScramSecret : public QObject
{
    Q_OBJECT

private slots:
    void matchesIndependentlyComputedSecrets()
    {
        const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
        QCOMPARE(scramSecret(QStringLiteral("pencil"), salt, 4096),
                 QStringLiteral("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY="
                                ":wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
        QCOMPARE(scramSecret(QStringLiteral("pencil"), salt, 1),
                 QStringLiteral("SCRAM-SHA-256$1:W22ZaJ0SNY7soEsUEjb6gQ==$bzcn5wYzlcMpEXczzDM1iuyLhni5BVbqsm82vjMHWXI="
                                ":fg/vS0Y425LcbLGWSqdzrFlRn9451QblzgpwLQYoXCI="));
        QCOMPARE(scramSecret(QStringLiteral("p") + QStringLiteral("0123456789abcdef").repeated(4),
                             QByteArrayLiteral("0123456789abcdef"), 1),
                 QStringLiteral("SCRAM-SHA-256$1:MDEyMzQ1Njc4OWFiY2RlZg==$uENVhPRsAqyGc4F5Ug0XcLyBohUdTkxLgeXfcrkwSh4="
                                ":4lBMVFii0mcnjWl4PuBPkcG0C325FabawO2xWSdx1ms="));
    }

    void adminSecretsHaveOneIterationAndTheirOwnSalt()
    {
        const QString first = adminScramSecret(QStringLiteral("secret"));
        const QString second = adminScramSecret(QStringLiteral("secret"));
        const QRegularExpression format(QStringLiteral("^SCRAM-SHA-256\\$1:([A-Za-z0-9+/=]+)\\$[A-Za-z0-9+/=]{44}:"
                                                       "[A-Za-z0-9+/=]{44}$"));
        const auto match = format.match(first);
        QVERIFY2(match.hasMatch(), qPrintable(first));
        QCOMPARE(QByteArray::fromBase64(match.captured(1).toLatin1()).size(), 16);
        QVERIFY(format.match(second).hasMatch());
        QVERIFY(first != second); // a new random salt each time
    }
};

QTEST_GUILESS_MAIN(TestScramSecret)
#include "testscramsecret.moc"

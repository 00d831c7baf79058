#include "ui/widgets/secretclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using hpg::SecretClipboard;

class TestSecretClipboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("hpgdesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("testsecretclipboard"));
        QSettings().clear();
    }

    void defaultsToThirtySeconds()
    {
        QCOMPARE(SecretClipboard::clearSeconds(), 30);
        SecretClipboard::setClearSeconds(99999);
        QCOMPARE(SecretClipboard::clearSeconds(), 3600);
        SecretClipboard::setClearSeconds(1);
        QCOMPARE(SecretClipboard::clearSeconds(), 1);
    }

    void clearsASecretItCopied()
    {
        SecretClipboard::setClearSeconds(1);
        SecretClipboard clipboard;
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        clipboard.copy(QStringLiteral("postgres://u:secret@h/db"), true);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("postgres://u:secret@h/db"));
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        QVERIFY(clipboard.isPending());
        QVERIFY(cleared.wait(5000));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!clipboard.isPending());
    }

    void leavesWhatTheUserCopiedSince()
    {
        SecretClipboard::setClearSeconds(1);
        SecretClipboard clipboard;
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        clipboard.copy(QStringLiteral("postgres://u:secret@h/db"), true);
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        QVERIFY(cleared.wait(5000));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something else"));
    }

    void neverWhenSetToZeroOrNotSecret()
    {
        SecretClipboard::setClearSeconds(0);
        SecretClipboard clipboard;
        clipboard.copy(QStringLiteral("secret"), true);
        QVERIFY(!clipboard.isPending());
        SecretClipboard::setClearSeconds(1);
        clipboard.copy(QStringLiteral("heroku pg:info"), false);
        QVERIFY(!clipboard.isPending());
        QVERIFY(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")).isEmpty());
    }
};

QTEST_MAIN(TestSecretClipboard)
#include "testsecretclipboard.moc"

#include "ui/widgets/secretclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

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

    // A secret waiting to be cleared goes with the clipboard object (the main
    // window's), however long the delay still had to run.
    void clearsASecretWhenDestroyed()
    {
        SecretClipboard::setClearSeconds(3600);
        auto clipboard = std::make_unique<SecretClipboard>();
        clipboard->copy(QStringLiteral("postgres://u:gone-with-the-window@h/db"), true);
        QVERIFY(clipboard->isPending());
        clipboard.reset();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

        // What the user copied since, or a copy that was not a secret, stays.
        clipboard = std::make_unique<SecretClipboard>();
        clipboard->copy(QStringLiteral("postgres://u:secret@h/db"), true);
        QGuiApplication::clipboard()->setText(QStringLiteral("the user's own"));
        clipboard.reset();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own"));
        clipboard = std::make_unique<SecretClipboard>();
        clipboard->copy(QStringLiteral("heroku pg:info"), false);
        clipboard.reset();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("heroku pg:info"));
    }

    // Last: it runs and quits the application's event loop. A secret still on
    // the clipboard is cleared when the application quits, not 30 s (or an
    // hour) later by a timer that no longer runs.
    void clearsASecretWhenTheApplicationQuits()
    {
        SecretClipboard::setClearSeconds(3600);
        SecretClipboard clipboard;
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        clipboard.copy(QStringLiteral("postgres://u:left-behind@h/db"), true);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        QCOMPARE(QCoreApplication::exec(), 0);
        QCOMPARE(cleared.count(), 1);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!clipboard.isPending());
    }
};

QTEST_MAIN(TestSecretClipboard)
#include "testsecretclipboard.moc"

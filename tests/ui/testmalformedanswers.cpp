// Malformed answers end to end (issue 17): the sandbox spoils the body of a successful answer
// (cut short, wrong types, huge strings, missing fields) and the app, in Japanese, shows a
// clear translated error for each: sign-in refuses the account and stays in its dialog; the
// browser keeps the apps it had and says why the reload failed. No crash, no hang.
#include "core/session/session.h"
#include "core/settings/languagemanager.h"
#include "sandboxprocess.h"
#include "ui/browser/browsermodel.h"
#include "ui/mainwindow/mainwindow.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace hpg;

namespace {

// Part of the Japanese for "Heroku sent an answer that could not be read (%1 %2)."
const QString kUnreadableJa = QStringLiteral("読み取れない応答");

} // namespace

class TestMalformedAnswers : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    LanguageManager m_languages;

    void kinds()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("detailJa"); // part of the translated sentence that says what was wrong
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("JSON");
        QTest::newRow("wrong types") << QStringLiteral("wrong_types") << QStringLiteral("フィールド");
        QTest::newRow("huge strings") << QStringLiteral("huge_strings") << QStringLiteral("文字");
        QTest::newRow("missing fields") << QStringLiteral("missing_fields") << QStringLiteral("フィールド");
    }

    bool spoil(const QString &kind, const QString &pathPrefix)
    {
        QString error;
        const bool ok = m_sandbox.setFaults({ { QStringLiteral("malformed_rate"), 1.0 },
                                              { QStringLiteral("malformed_kind"), kind },
                                              { QStringLiteral("path_prefix"), pathPrefix } },
                                            &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("hpgdesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("testmalformedanswers"));
        QSettings().clear();
        m_languages.apply(LanguageManager::Language::Japanese);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
    }

    void cleanup() { QVERIFY(m_sandbox.setFaults({})); }

    void signInRefusesAMalformedAccount_data() { kinds(); }
    void signInRefusesAMalformedAccount()
    {
        QFETCH(QString, kind);
        QFETCH(QString, detailJa);
        Session session;
        MainWindow window(&m_languages, &session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(spoil(kind, QStringLiteral("/account")));

        window.showSignIn();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("SignInDialog"))) != nullptr);
        dialog->findChild<QLineEdit *>(QStringLiteral("apiUrlLineEdit"))->setText(m_sandbox.url().toString());
        auto *tokenEdit = dialog->findChild<QLineEdit *>(QStringLiteral("apiTokenLineEdit"));
        tokenEdit->setText(m_sandbox.token());
        QSignalSpy failed(&session, &Session::signInFailed);
        QSignalSpy signedIn(&session, &Session::signedIn);
        QTest::keyClick(tokenEdit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(!session.isSignedIn());
        QVERIFY(dialog->isVisible()); // the user can try again
        const QString status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
        QVERIFY2(status.contains(kUnreadableJa) && status.contains(QLatin1String("GET /account"))
                     && status.contains(detailJa) && status.contains(QLatin1String("Request-Id")),
                 qPrintable(status));
        QVERIFY2(status.size() < 2000, "the error repeats what the answer held");

        // Without the fault the same dialog signs in.
        QVERIFY(m_sandbox.setFaults({}));
        QTest::keyClick(tokenEdit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 30000);
    }

    void browsingKeepsWhatItHadOnMalformedApps_data() { kinds(); }
    void browsingKeepsWhatItHadOnMalformedApps()
    {
        QFETCH(QString, kind);
        QFETCH(QString, detailJa);
        Session session;
        MainWindow window(&m_languages, &session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.signIn(m_sandbox.url(), m_sandbox.token());
        QTRY_VERIFY_WITH_TIMEOUT(window.browserModel()->appCount() >= 3, 30000);
        const int apps = window.browserModel()->appCount();

        QVERIFY(spoil(kind, QStringLiteral("/apps")));
        window.refresh();
        QTRY_VERIFY2_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(kUnreadableJa),
                                  qPrintable(window.statusBar()->currentMessage()), 30000);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QLatin1String("GET /apps")) && message.contains(detailJa), qPrintable(message));
        QCOMPARE(window.browserModel()->appCount(), apps); // nothing lost

        // The next good answer loads again.
        QVERIFY(m_sandbox.setFaults({}));
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!window.statusBar()->currentMessage().contains(kUnreadableJa), 30000);
        QCOMPARE(window.browserModel()->appCount(), apps);
    }
};

QTEST_MAIN(TestMalformedAnswers)
#include "testmalformedanswers.moc"

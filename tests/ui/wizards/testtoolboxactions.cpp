// The DBA toolbox from the main window, offscreen against a real sandbox (issue 15): the Database
// menu and the tree's context menu have Open in psql, Reset, Promote and Unfollow; each of the
// last three opens its runbook, stops at the typed confirmation with the Dev Center's warnings
// (a wrong name is not accepted) and, once the app name is typed, does it: the blog's database
// is emptied, the follower unfollowed (writable) and promoted (the old primary kept under another
// name). Open in psql runs psql in $TERMINAL (a recording script). With HPG_SCREENSHOT_DIR set, the
// confirmations are saved in English and Japanese.
#include "../../core/runbooks/switchfixture.h"
#include "core/pg/psqllauncher.h"
#include "core/runbooks/runbook.h"
#include "core/session/session.h"
#include "core/settings/languagemanager.h"
#include "recordingterminal.h"
#include "screenshots.h"
#include "ui/browser/browsermodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/treecontextmenu.h"
#include "ui/wizards/runbookwizard.h"
#include "widgetdriver.h"

#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QSettings>

#include <memory>

using namespace hpg;
using hpgtest::find;

namespace {

const QString kApp = QStringLiteral("acme-storefront");
const QString kPrimary = QStringLiteral("postgresql-acme-primary");
const QString kFollower = QStringLiteral("postgresql-acme-follower");

} // namespace

class TestToolboxActions : public QObject
{
    Q_OBJECT
private:
    SwitchFixture m_f;
    LanguageManager m_languages;

    struct SignedIn
    {
        Session session;
        MainWindow window;
        explicit SignedIn(LanguageManager *languages)
            : window(languages, &session)
        { }
    };
    std::unique_ptr<SignedIn> m_in;

    QAction *action(const char *name) { return m_in->window.findChild<QAction *>(QLatin1String(name)); }

    bool select(const QString &key)
    {
        m_in->window.selectKey(key);
        return QTest::qWaitFor([&] { return m_in->window.selectedKey() == key; }, 30000);
    }

    // Selects `key`, triggers `actionName` and waits for the runbook's typed confirmation; saves
    // the screenshots; types the app name and waits until the run has finished. Returns what the
    // confirmation said, or empty on a failure (with a QVERIFY message).
    QString runFromMenu(const QString &key, const char *actionName, const QString &kind, const QString &app,
                        const QString &screenshot)
    {
        if (!select(key))
            return {};
        QAction *a = action(actionName);
        if (!a || !a->isEnabled())
            return {};
        a->trigger();
        auto *wizard = m_in->window.findChild<RunbookWizard *>(kind + QStringLiteral("Wizard"));
        if (!wizard)
            return {};
        auto *box = find<QGroupBox>(wizard, "confirmGroupBox");
        if (!QTest::qWaitFor([&] { return box->isVisible(); }, 60000))
            return {};
        const QString text = find<QLabel>(wizard, "confirmLabel")->text();
        if (!hpgtest::saveScreenshots(wizard, screenshot).isEmpty())
            return {};
        if (hpgtest::typeConfirmation(wizard, app) != 1)
            return {};
        Runbook *runbook = wizard->runbook();
        if (!QTest::qWaitFor([&] { return runbook->state() == Runbook::State::Finished; }, 120000))
            return {};
        wizard->close();
        return text;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("hpgdesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("testtoolboxactions"));
        QSettings().clear();
        m_languages.apply(LanguageManager::Language::English);
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
        m_in = std::make_unique<SignedIn>(&m_languages);
        m_in->window.resize(1100, 700);
        m_in->window.show();
        m_in->session.signIn(m_f.sandbox.url(), m_f.sandbox.token());
        QVERIFY(QTest::qWaitFor([&] { return m_in->window.browserModel()->appCount() >= 3; }, 30000));
    }

    void cleanupTestCase() { m_in.reset(); }

    void theDatabaseMenuAndTheContextMenuHaveTheToolbox()
    {
        const char *names[]
            = { "openPsqlAction", "resetDatabaseAction", "promoteDatabaseAction", "unfollowDatabaseAction" };
        QVERIFY(select(QStringLiteral("app:") + kApp));
        for (const char *name : names)
            QVERIFY2(action(name) && !action(name)->isEnabled(), name); // an app, not a database
        QVERIFY(select(QStringLiteral("db:%1/%2").arg(kApp, kPrimary)));
        auto *databaseMenu = m_in->window.findChild<QMenu *>(QStringLiteral("databaseMenu"));
        QMenu *context = TreeContextMenu::popup({}, databaseMenu, QPoint(10, 10), &m_in->window);
        // The primary already is DATABASE_URL: nothing to promote.
        QVERIFY(!action("promoteDatabaseAction")->isEnabled());
        for (const char *name : names) {
            QVERIFY2(action(name)->isEnabled() || name == QLatin1String("promoteDatabaseAction"), name);
            QVERIFY2(databaseMenu->actions().contains(action(name)), name);
            QVERIFY2(context->actions().contains(action(name)), name);
            QVERIFY2(action(name)->text().contains(QLatin1Char('&')), name); // keyboard access
        }
        context->close();
        QVERIFY(select(QStringLiteral("db:%1/%2").arg(kApp, kFollower)));
        for (const char *name : names)
            QVERIFY2(action(name)->isEnabled(), name);
        QCOMPARE(action("openPsqlAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    }

    void resetEmptiesTheDatabase()
    {
        const QString url = m_f.configVars(QStringLiteral("acme-blog")).value(QStringLiteral("DATABASE_URL"));
        QCOMPARE(sql(url, QStringLiteral("SELECT count(*) FROM posts")).value(), QStringLiteral("120"));
        const QString text = runFromMenu(QStringLiteral("db:acme-blog/postgresql-acme-blog"), "resetDatabaseAction",
                                         QStringLiteral("reset"), QStringLiteral("acme-blog"),
                                         QStringLiteral("toolbox-reset-confirmation"));
        QVERIFY2(text.contains(QStringLiteral("deletes all of its data")), qPrintable(text));
        QVERIFY(!sql(url, QStringLiteral("SELECT count(*) FROM posts")).ok);
    }

    void unfollowLeavesAWritableDatabase()
    {
        const QString text
            = runFromMenu(QStringLiteral("db:%1/%2").arg(kApp, kFollower), "unfollowDatabaseAction",
                          QStringLiteral("unfollow"), kApp, QStringLiteral("toolbox-unfollow-confirmation"));
        QVERIFY2(text.contains(QStringLiteral("stops following")), qPrintable(text));
        const QString url = m_f.configVars(kApp).value(QStringLiteral("HEROKU_POSTGRESQL_ONYX_URL"));
        const SqlResult write = sql(url, QStringLiteral("CREATE TABLE written (id int); SELECT pg_is_in_recovery()"));
        QVERIFY2(write.ok, qPrintable(write.error));
        QCOMPARE(write.value(), QStringLiteral("f"));
    }

    void promoteKeepsTheOldPrimaryAttached()
    {
        const QString followerUrl = m_f.configVars(kApp).value(QStringLiteral("HEROKU_POSTGRESQL_ONYX_URL"));
        const QString text
            = runFromMenu(QStringLiteral("db:%1/%2").arg(kApp, kFollower), "promoteDatabaseAction",
                          QStringLiteral("promote"), kApp, QStringLiteral("toolbox-promote-confirmation"));
        QVERIFY2(text.contains(QStringLiteral("restarts")), qPrintable(text));
        QCOMPARE(m_f.configVars(kApp).value(QStringLiteral("DATABASE_URL")), followerUrl);
        bool kept = false;
        for (const Attachment &a : m_f.attachmentsOf(kPrimary))
            kept = kept || (a.appName == kApp && a.name != QLatin1String("DATABASE") && a.nameSpace.isEmpty());
        QVERIFY(kept);
    }

    void openInPsqlRunsPsqlInTheTerminal()
    {
        RecordingTerminal terminal("SELECT 'from the ' || 'menu';\n");
        QVERIFY(select(QStringLiteral("db:%1/%2").arg(kApp, kPrimary)));
        action("openPsqlAction")->trigger();
        QVERIFY(QTest::qWaitFor([&] { return terminal.finished(); }, 60000));
        QCOMPARE(terminal.status(), QStringLiteral("0"));
        QVERIFY2(terminal.output().contains(QStringLiteral("from the menu")), qPrintable(terminal.output()));
        auto *launcher = m_in->window.findChild<PsqlLauncher *>();
        QVERIFY(launcher);
        QVERIFY(launcher->passfiles().isEmpty());
    }
};

QTEST_MAIN(TestToolboxActions)
#include "testtoolboxactions.moc"

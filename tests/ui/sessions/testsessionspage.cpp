// SessionsPage offscreen, driven by objectName, against a real cluster with real sessions:
// a selected row survives five refreshes, the refresh pauses while a menu or dialog is open,
// cancel and terminate go through their confirmations and reach the audit log, the blocking
// tree terminates the root blocker, errors stay in the page, and Kill All Connections goes
// through the sandbox's data API (connection_reset).

#include "core/settings/appsettings.h"
#include "../../core/pg/livecluster.h"
#include "core/heroku/apiclient.h"
#include "core/heroku/credential.h"
#include "core/heroku/dataclient.h"
#include "core/pg/activitymonitor.h"
#include "core/pg/pgsession.h"
#include "core/settings/languagemanager.h"
#include "sandboxprocess.h"
#include "screenshots.h"
#include "ui/sessions/blockingmodel.h"
#include "ui/sessions/sessionsfiltermodel.h"
#include "ui/sessions/sessionsmodel.h"
#include "ui/sessions/sessionspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <memory>
#include <vector>

using namespace hpg;
using livepg::Actor;

namespace {

const QString appName = QStringLiteral("shop-prod");
const QString addonName = QStringLiteral("postgresql-test-12345");

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no %s", name);
    return widget;
}

// Types the app name into the open typed confirmation and confirms; the dialog's CLI text.
QString confirmTyped(QWidget *page, const QString &typed)
{
    QDialog *dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (dialog = page->findChild<QDialog *>(QStringLiteral("typedConfirmationDialog"))) != nullptr; },
            5000))
        return QStringLiteral("no typed confirmation dialog");
    const QString cli = child<QPlainTextEdit>(dialog, "cliCommandPlainTextEdit")->toPlainText();
    auto *ok = child<QDialogButtonBox>(dialog, "confirmButtonBox")->button(QDialogButtonBox::Ok);
    if (ok->isEnabled())
        return QStringLiteral("OK enabled before typing");
    QTest::keyClicks(child<QLineEdit>(dialog, "confirmAppNameLineEdit"), typed);
    QTest::mouseClick(ok, Qt::LeftButton);
    return cli;
}

} // namespace

class TestSessionsPage : public QObject
{
    Q_OBJECT

private:
    livepg::LiveCluster m_cluster;
    std::unique_ptr<SessionsPage> m_page;
    std::vector<std::unique_ptr<Actor>> m_actors;

    Actor *actor(const QString &name, const QString &sql = QString())
    {
        auto a = std::make_unique<Actor>();
        QString error;
        if (!a->connect(m_cluster.connInfo(), name, &error)) {
            qWarning("actor %s: %s", qPrintable(name), qPrintable(error));
            return nullptr;
        }
        if (!sql.isEmpty())
            a->send(sql);
        m_actors.push_back(std::move(a));
        return m_actors.back().get();
    }

    bool refreshed(SessionsPage *page = nullptr)
    {
        page = page ? page : m_page.get();
        if (!QTest::qWaitFor([page] { return !page->monitor()->isRefreshing(); }, 20000))
            return false;
        QSignalSpy spy(page, &SessionsPage::refreshed);
        page->refresh();
        return spy.wait(20000);
    }

    // With HPG_SCREENSHOT_DIR set, saves the page as <dir>/<name>-en.png and <name>-ja.png (for the docs).
    void screenshot(const QString &name)
    {
        const QString error = hpgtest::saveScreenshots(m_page.get(), name);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    QJsonObject lastAudit() const
    {
        const auto entries = m_page->auditLog().entries();
        return entries.isEmpty() ? QJsonObject() : entries.last();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // As the app does: English with its plural forms ("1 other session"), not the bare source text.
        static hpg::LanguageManager languages;
        languages.apply(hpg::LanguageManager::Language::English);
        QCoreApplication::setApplicationName(QStringLiteral("testsessionspage"));
        QSettings().clear();
        hpg::AppSettings::setValue(QStringLiteral("sessions/refreshSeconds"), 0); // refresh by hand unless a test says so
        QString error;
        QVERIFY2(m_cluster.provision(&error), qPrintable(error));
        Actor setup;
        QVERIFY2(setup.connect(m_cluster.connInfo(), QStringLiteral("setup"), &error), qPrintable(error));
        QVERIFY(setup.exec(QStringLiteral("CREATE TABLE ledger (id int); INSERT INTO ledger VALUES (1)")));

        m_page = std::make_unique<SessionsPage>(nullptr);
        m_page->resize(1200, 500);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void showsTheDatabase()
    {
        for (const char *name :
             { "sessionsTableView", "refreshIntervalSpinBox", "refreshPushButton", "hideIdleCheckBox",
               "hideOwnCheckBox", "filterLineEdit", "connectionsLabel", "viewsTabWidget", "queryDetailPlainTextEdit",
               "locksTableView", "blockingTreeView", "cancelQueryPushButton", "terminateSessionPushButton",
               "terminateRootBlockerPushButton", "killAllPushButton", "longRunningSpinBox", "errorLabel", "statusLabel",
               "lastRefreshLabel" })
            QVERIFY2(m_page->findChild<QWidget *>(QString::fromLatin1(name)), name);

        QSignalSpy spy(m_page.get(), &SessionsPage::refreshed);
        m_page->showDatabase(m_cluster.connInfo(), appName, addonName, 500);
        QVERIFY(spy.wait(20000));
        QCOMPARE(m_page->appName(), appName);
        const QString connections = child<QLabel>(m_page.get(), "connectionsLabel")->text();
        QVERIFY2(connections.startsWith(QStringLiteral("Connections: "))
                     && connections.endsWith(QStringLiteral(" / 500")),
                 qPrintable(connections));
        // Our own session is there, hidden; no kill all without an API client.
        const int own = m_page->monitor()->lastSnapshot().ownPid;
        QVERIFY(m_page->sessionsModel()->sessionByPid(own));
        QVERIFY(!m_page->selectPid(own));
        QVERIFY(!child<QPushButton>(m_page.get(), "killAllPushButton")->isEnabled());
        QVERIFY(!child<QPushButton>(m_page.get(), "cancelQueryPushButton")->isEnabled());
        QVERIFY(child<QLabel>(m_page.get(), "errorLabel")->isHidden());
    }

    // PostgreSQL's states (active, idle in transaction, …) are words of the UI language in the table
    // and the detail, PostgreSQL's own word in the tooltip; the filter finds either.
    void statesInTheUiLanguage()
    {
        Actor *inTransaction = actor(QStringLiteral("in-transaction"));
        QVERIFY(inTransaction);
        QVERIFY(inTransaction->exec(QStringLiteral("BEGIN")));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_cluster.scalar(
                QStringLiteral("SELECT state FROM pg_stat_activity WHERE pid = %1").arg(inTransaction->pid())),
            QStringLiteral("idle in transaction"), 10000);
        QVERIFY(refreshed());
        SessionsModel *model = m_page->sessionsModel();
        const auto stateIndex = [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, SessionsModel::PidColumn).data().toInt() == inTransaction->pid())
                    return model->index(row, SessionsModel::StateColumn);
            }
            return QModelIndex();
        };
        QVERIFY(stateIndex().isValid());
        QCOMPARE(stateIndex().data().toString(), QStringLiteral("Idle in transaction"));
        QCOMPARE(stateIndex().data(Qt::ToolTipRole).toString(), QStringLiteral("idle in transaction"));

        hpg::LanguageManager languages;
        QVERIFY(languages.apply(hpg::LanguageManager::Language::Japanese));
        const QString japanese = stateIndex().data().toString();
        languages.apply(hpg::LanguageManager::Language::English);
        QVERIFY2(!japanese.isEmpty() && !japanese.contains(QRegularExpression(QStringLiteral("[A-Za-z]"))),
                 qPrintable(japanese));
        QCOMPARE(stateIndex().data().toString(), QStringLiteral("Idle in transaction"));
        QVERIFY(inTransaction->exec(QStringLiteral("ROLLBACK")));
    }

    void selectionSurvivesFiveRefreshes()
    {
        for (int i = 0; i < 40; ++i)
            QVERIFY(actor(QStringLiteral("worker-%1").arg(i), QStringLiteral("SELECT pg_sleep(120)")));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_cluster.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                            "application_name LIKE 'worker-%' AND state = 'active'")),
            QStringLiteral("40"), 20000);
        QVERIFY(refreshed());
        auto *table = child<QTableView>(m_page.get(), "sessionsTableView");
        QVERIFY2(m_page->sessionsFilterModel()->rowCount() >= 40, [this] {
            QStringList rows;
            for (int r = 0; r < m_page->sessionsModel()->rowCount(); ++r) {
                const SessionInfo *s = m_page->sessionsModel()->sessionAt(r);
                rows << QStringLiteral("%1 %2 %3").arg(s->pid).arg(s->application, s->state);
            }
            return qPrintable(rows.join(QLatin1Char(',')));
        }());

        // Click a row in the middle, then scroll a little.
        const QModelIndex target = m_page->sessionsFilterModel()->index(20, SessionsModel::ApplicationColumn);
        QTest::qWait(100); // let the view lay out its new rows first
        table->scrollTo(target);
        QTRY_VERIFY(table->viewport()->rect().contains(table->visualRect(target).center()));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(target).center());
        const int chosen = m_page->selectedPid();
        QVERIFY(chosen > 0);
        QCOMPARE(target.data(SessionsModel::PidRole).toInt(), chosen);
        const int scroll = table->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        const int sortColumn = table->horizontalHeader()->sortIndicatorSection();
        QVERIFY(child<QPlainTextEdit>(m_page.get(), "queryDetailPlainTextEdit")
                    ->toPlainText()
                    .contains(QStringLiteral("SELECT pg_sleep(120)")));

        QSignalSpy reset(m_page->sessionsFilterModel(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(m_page->sessionsModel(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_page->sessionsModel(), &QAbstractItemModel::rowsInserted);
        for (int round = 0; round < 5; ++round) {
            // Sessions come and go between refreshes.
            for (auto &a : m_actors) {
                if (a->isConnected() && a->pid() != chosen) {
                    const int pid = a->pid();
                    // A backend in pg_sleep() notices its client leaving only when the sleep ends.
                    m_cluster.query(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
                    a->disconnect();
                    QTRY_COMPARE_WITH_TIMEOUT(
                        m_cluster.scalar(
                            QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)),
                        QStringLiteral("0"), 10000);
                    break;
                }
            }
            QVERIFY(actor(QStringLiteral("late-%1").arg(round), QStringLiteral("SELECT pg_sleep(120)")));
            QVERIFY(refreshed());
            const QModelIndexList rows = table->selectionModel()->selectedRows();
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().data(SessionsModel::PidRole).toInt(), chosen);
            QCOMPARE(table->currentIndex().data(SessionsModel::PidRole).toInt(), chosen);
            QCOMPARE(m_page->selectedPid(), chosen);
            QCOMPARE(table->verticalScrollBar()->value(), scroll);
            QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), sortColumn);
        }
        QCOMPARE(reset.size(), 0);
        // The columns fit their texts (sized at the first refresh that showed rows, not at one where
        // only the hidden own session was there): the user's name is not cut short.
        const QModelIndex user = table->model()->index(0, SessionsModel::UserColumn);
        QVERIFY2(table->columnWidth(SessionsModel::UserColumn) >= table->sizeHintForIndex(user).width(),
                 qPrintable(user.data().toString()));
        screenshot(QStringLiteral("sessions"));
        QVERIFY(removed.size() >= 5);
        QVERIFY(inserted.size() >= 5);
        QVERIFY(child<QPushButton>(m_page.get(), "cancelQueryPushButton")->isEnabled());
    }

    void refreshPausesWhileAMenuOrDialogIsOpen()
    {
        auto *table = child<QTableView>(m_page.get(), "sessionsTableView");
        QSignalSpy spy(m_page.get(), &SessionsPage::refreshed);
        m_page->setRefreshInterval(1);
        QCOMPARE(child<QSpinBox>(m_page.get(), "refreshIntervalSpinBox")->value(), 1);
        QVERIFY(spy.wait(5000)); // refreshing by itself

        // A context menu pauses it.
        const QModelIndex index = m_page->sessionsFilterModel()->index(0, 0);
        emit table->customContextMenuRequested(table->visualRect(index).center());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = m_page->findChild<QMenu *>(QStringLiteral("sessionsContextMenu"))));
        QVERIFY(m_page->isRefreshPaused());
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->monitor()->isRefreshing(), 10000);
        spy.clear();
        QTest::qWait(2500);
        QCOMPARE(spy.size(), 0);
        menu->close();
        QTRY_VERIFY(!m_page->isRefreshPaused());
        QVERIFY(spy.wait(5000));

        // So does a confirmation dialog.
        QVERIFY(m_page->selectPid(index.data(SessionsModel::PidRole).toInt()));
        QTest::mouseClick(child<QPushButton>(m_page.get(), "cancelQueryPushButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(QStringLiteral("confirmCancelQueryMessageBox"))));
        QVERIFY(m_page->isRefreshPaused());
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->monitor()->isRefreshing(), 10000);
        spy.clear();
        QTest::qWait(2500);
        QCOMPARE(spy.size(), 0);
        box->reject();
        QTRY_VERIFY(!m_page->isRefreshPaused());
        QVERIFY(spy.wait(5000));
        m_page->setRefreshInterval(0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->monitor()->isRefreshing(), 10000);
    }

    void cancelQueryAfterConfirmation()
    {
        Actor *sleeper = actor(QStringLiteral("to-cancel"), QStringLiteral("SELECT pg_sleep(60)"));
        QVERIFY(sleeper);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_cluster.scalar(QStringLiteral("SELECT state FROM pg_stat_activity WHERE pid = %1").arg(sleeper->pid())),
            QStringLiteral("active"), 10000);
        QVERIFY(refreshed());
        QVERIFY(m_page->selectPid(sleeper->pid()));
        QTest::mouseClick(child<QPushButton>(m_page.get(), "cancelQueryPushButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(QStringLiteral("confirmCancelQueryMessageBox"))));
        QVERIFY2(box->informativeText().contains(
                     QStringLiteral("heroku pg:kill %1 %2 -a %3").arg(sleeper->pid()).arg(addonName, appName)),
                 qPrintable(box->informativeText()));
        QSignalSpy finished(m_page.get(), &SessionsPage::actionFinished);
        QTest::mouseClick(child<QPushButton>(box, "confirmCancelQueryPushButton"), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("cancel"));
        QCOMPARE(finished.first().at(1).toInt(), sleeper->pid());
        QVERIFY(finished.first().at(2).toBool());
        QVERIFY(sleeper->waitDone(10000));
        QCOMPARE(sleeper->lastSqlState(), QStringLiteral("57014"));
        QVERIFY(child<QLabel>(m_page.get(), "statusLabel")->text().contains(QString::number(sleeper->pid())));

        const QJsonObject entry = lastAudit();
        QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("sessions.cancel"));
        QCOMPARE(entry.value(QStringLiteral("pid")).toInt(), sleeper->pid());
        QCOMPARE(entry.value(QStringLiteral("app")).toString(), appName);
        QCOMPARE(entry.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(entry.value(QStringLiteral("cli")).toString(),
                 SessionsPage::killCommand(sleeper->pid(), false, addonName, appName));
    }

    void terminateWithTypedConfirmation()
    {
        Actor *idle = actor(QStringLiteral("to-terminate"));
        QVERIFY(idle);
        QTest::mouseClick(child<QCheckBox>(m_page.get(), "hideIdleCheckBox"), Qt::LeftButton);
        QVERIFY(!m_page->sessionsFilterModel()->hideIdle());
        QVERIFY(refreshed());
        QVERIFY(m_page->selectPid(idle->pid()));
        QVERIFY(!child<QPushButton>(m_page.get(), "cancelQueryPushButton")->isEnabled()); // idle: nothing to cancel
        QSignalSpy finished(m_page.get(), &SessionsPage::actionFinished);
        QTest::mouseClick(child<QPushButton>(m_page.get(), "terminateSessionPushButton"), Qt::LeftButton);
        const QString cli = confirmTyped(m_page.get(), appName);
        QCOMPARE(cli, QStringLiteral("heroku pg:kill %1 %2 --force -a %3").arg(idle->pid()).arg(addonName, appName));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("terminate"));
        QVERIFY(finished.first().at(2).toBool());
        QVERIFY(!idle->exec(QStringLiteral("SELECT 1")));
        QVERIFY(refreshed());
        QVERIFY(!m_page->sessionsModel()->sessionByPid(idle->pid()));
        QCOMPARE(m_page->selectedPid(), 0);
        QCOMPARE(lastAudit().value(QStringLiteral("action")).toString(), QStringLiteral("sessions.terminate"));
        QCOMPARE(lastAudit().value(QStringLiteral("ended")).toBool(), true);
        QTest::mouseClick(child<QCheckBox>(m_page.get(), "hideIdleCheckBox"), Qt::LeftButton);
    }

    void blockingTreeTerminatesTheRootBlocker()
    {
        Actor *holder = actor(QStringLiteral("holder"));
        QVERIFY(holder && holder->exec(QStringLiteral("BEGIN; LOCK TABLE ledger IN ACCESS EXCLUSIVE MODE")));
        Actor *waiter = actor(QStringLiteral("waiter"), QStringLiteral("SELECT count(*) FROM ledger"));
        QVERIFY(waiter);
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.scalar(QStringLiteral("SELECT wait_event_type FROM pg_stat_activity "
                                                                  "WHERE pid = %1")
                                                       .arg(waiter->pid())),
                                  QStringLiteral("Lock"), 10000);
        QVERIFY(refreshed());
        child<QTabWidget>(m_page.get(), "viewsTabWidget")->setCurrentIndex(2);
        auto *tree = child<QTreeView>(m_page.get(), "blockingTreeView");
        QVERIFY(tree->isVisible());
        BlockingModel *model = m_page->blockingModel();
        QCOMPARE(model->rootPids(), QList<int> { holder->pid() });
        const QModelIndex root = model->index(0, 0);
        QCOMPARE(model->rowCount(root), 1);
        const QModelIndex blocked = model->index(0, 0, root);
        QCOMPARE(blocked.data(BlockingModel::PidRole).toInt(), waiter->pid());
        QVERIFY(tree->isExpanded(root));
        QVERIFY(root.siblingAtColumn(BlockingModel::QueryColumn)
                    .data(BlockingModel::FullQueryRole)
                    .toString()
                    .contains(QStringLiteral("LOCK TABLE ledger IN ACCESS EXCLUSIVE MODE")));

        // Select the waiter: the action terminates its root blocker, not the waiter.
        tree->setCurrentIndex(blocked);
        screenshot(QStringLiteral("blocking"));
        QSignalSpy finished(m_page.get(), &SessionsPage::actionFinished);
        QTest::mouseClick(child<QPushButton>(m_page.get(), "terminateRootBlockerPushButton"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<QDialog *>(QStringLiteral("typedConfirmationDialog"))));
        QVERIFY(child<QLabel>(dialog, "warningLabel")->text().contains(QStringLiteral("It blocks 1 other session.")));
        QCOMPARE(confirmTyped(m_page.get(), appName),
                 SessionsPage::killCommand(holder->pid(), true, addonName, appName));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).toInt(), holder->pid());
        QVERIFY(waiter->waitDone(10000));
        QVERIFY2(waiter->lastError().isEmpty(), qPrintable(waiter->lastError()));
        QCOMPARE(lastAudit().value(QStringLiteral("root_blocker")).toBool(), true);
        QCOMPARE(lastAudit().value(QStringLiteral("blocked_sessions")).toInt(), 1);
        QVERIFY(refreshed());
        QCOMPARE(model->rootCount(), 0);
        child<QTabWidget>(m_page.get(), "viewsTabWidget")->setCurrentIndex(0);
    }

    void errorsStayInThePageAndClearOnRecovery()
    {
        auto stop = m_cluster.manager()->stop(livepg::LiveCluster::addonId());
        QString error;
        QVERIFY2(livepg::finish(stop, &error), qPrintable(error));
        QSignalSpy failed(m_page.get(), &SessionsPage::refreshFailed);
        for (int i = 0; i < 3; ++i) { // the broken connection, then refused connections
            QTRY_VERIFY_WITH_TIMEOUT(!m_page->monitor()->isRefreshing(), 20000);
            m_page->refresh();
            QVERIFY(failed.wait(20000));
        }
        auto *label = child<QLabel>(m_page.get(), "errorLabel");
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(QStringLiteral("next refresh")), qPrintable(label->text()));
        // Never a dialog.
        for (QWidget *w : QApplication::topLevelWidgets())
            QVERIFY2(!(w->isVisible() && qobject_cast<QDialog *>(w)), qPrintable(w->objectName()));
        // The last rows stay on screen.
        QVERIFY(m_page->sessionsModel()->rowCount() > 0);

        auto start = m_cluster.manager()->start(livepg::LiveCluster::addonId());
        QVERIFY2(livepg::finish(start, &error), qPrintable(error));
        QVERIFY(refreshed());
        QVERIFY(label->isHidden());
        m_actors.clear(); // their connections died with the server
    }

    void killAllThroughTheDataApi()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.output()));
        QNetworkAccessManager nam;
        ApiClient api(&nam);
        QVERIFY(api.setBaseUrl(sandbox.url()));
        api.setToken(sandbox.token());
        const QString app = QStringLiteral("acme-storefront");
        const QString addon = QStringLiteral("postgresql-acme-primary");
        ApiResult credential;
        bool done = false;
        ApiCall *call = DataClient(&api).credential(addon, QStringLiteral("default"));
        connect(call, &ApiCall::finished, this, [&](const ApiResult &r) {
            credential = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QVERIFY2(credential.ok(), qPrintable(credential.error.userText()));
        const ConnInfo conn = Credential::fromJson(credential.object()).connection;

        std::vector<std::unique_ptr<Actor>> clients;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(std::make_unique<Actor>());
            QString error;
            QVERIFY2(clients.back()->connect(conn, QStringLiteral("app-%1").arg(i), &error), qPrintable(error));
        }
        clients[0]->send(QStringLiteral("SELECT pg_sleep(60)"));

        SessionsPage page(&api);
        page.resize(1000, 400);
        page.show();
        QSignalSpy spy(&page, &SessionsPage::refreshed);
        page.showDatabase(conn, app, addon, 120);
        QVERIFY(spy.wait(20000));
        for (const auto &c : clients)
            QVERIFY(page.sessionsModel()->sessionByPid(c->pid()));
        auto *killAll = child<QPushButton>(&page, "killAllPushButton");
        QVERIFY(killAll->isEnabled());
        QSignalSpy finished(&page, &SessionsPage::actionFinished);
        QTest::mouseClick(killAll, Qt::LeftButton);
        QCOMPARE(confirmTyped(&page, app), QStringLiteral("heroku pg:killall %1 -a %2").arg(addon, app));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("killall"));
        QVERIFY2(finished.first().at(2).toBool(), qPrintable(finished.first().at(3).toString()));
        QVERIFY(clients[0]->waitDone(10000));
        for (const auto &c : clients)
            QVERIFY(!c->exec(QStringLiteral("SELECT 1")));
        // The page connects again by itself and the old sessions are gone.
        QTRY_VERIFY_WITH_TIMEOUT(!page.monitor()->isRefreshing() && page.monitor()->hasSnapshot(), 20000);
        QVERIFY(refreshed(&page));
        for (const auto &c : clients)
            QVERIFY(!page.sessionsModel()->sessionByPid(c->pid()));
        const auto entries = page.auditLog().entries();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.last().value(QStringLiteral("action")).toString(), QStringLiteral("sessions.killall"));
        QCOMPARE(entries.last().value(QStringLiteral("addon")).toString(), addon);
        QCOMPARE(entries.last().value(QStringLiteral("ok")).toBool(), true);
        page.clear();
        sandbox.stop();
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_actors.clear();
    }
};

QTEST_MAIN(TestSessionsPage)
#include "testsessionspage.moc"

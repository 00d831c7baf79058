// The Heroku Connect panel offscreen against a real sandbox: the demo world's
// acme-storefront has a connection that cycles between POLLING_DB_CHANGES and
// IDLE. The panel lists it with its mappings, pauses it after a confirmation
// (waiting, and saying so, while it polls) and resumes it, writing both to the
// audit log; declining pauses nothing; Heroku's refusal is shown with its
// Request-Id and audited too; an app without Connect says so. Reload Mappings… asks first
// (saying why: a database rollback) and reloads every mapping, which the sandbox shows as
// RELOAD_TABLE for a few seconds before DATA_SYNCED, with one audit entry per mapping; a paused
// connection cannot reload. With
// HPG_SCREENSHOT_DIR set, the panel is saved in English and Japanese.
#include "core/heroku/apicall.h"
#include "core/heroku/apiresult.h"
#include "core/heroku/connectclient.h"
#include "core/runbooks/auditlog.h"
#include "sandboxprocess.h"
#include "screenshots.h"
#include "ui/connect/connectpanel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hpg;

class TestConnectPanel : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ConnectClient> m_client;
    QTemporaryDir m_dir;
    AuditLog m_audit { m_dir.filePath(QStringLiteral("audit.log")) };

    template<typename T> static T *child(QWidget *panel, const char *name)
    {
        T *widget = panel->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }

    static QString cell(const QAbstractItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

    // A state cell shows a word in the UI language; the API's name for the state is its tooltip.
    static QString apiState(const QAbstractItemModel *model, int row, int column)
    {
        return model->index(row, column).data(Qt::ToolTipRole).toString();
    }

    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString error = hpgtest::saveScreenshots(widget, name);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Answers the pause confirmation; false when none was asked.
    static bool answerPause(ConnectPanel &panel, bool pause, const QString &screenshotName = {})
    {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (box = panel.findChild<QMessageBox *>(QStringLiteral("confirmPauseMessageBox"))); }, 5000))
            return false;
        if (!box->informativeText().contains(QStringLiteral("heroku connect:pause -a acme-storefront")))
            return false;
        if (!screenshotName.isEmpty() && QTest::qWaitForWindowExposed(box))
            screenshot(box, screenshotName);
        if (pause)
            child<QPushButton>(box, "confirmPausePushButton")->click();
        else
            box->reject();
        return true;
    }

    QJsonObject lastAudit() const
    {
        const auto entries = m_audit.entries();
        return entries.isEmpty() ? QJsonObject() : entries.last();
    }

    // The audit entry of a pause or resume of the demo connection by the panel.
    static bool isAudited(const QJsonObject &entry, const char *action, bool ok)
    {
        const bool pause = QLatin1String(action) == QLatin1String("connect.pause");
        return entry.value(QStringLiteral("action")).toString() == QLatin1String(action)
            && entry.value(QStringLiteral("app")).toString() == QLatin1String("acme-storefront")
            && !entry.value(QStringLiteral("connection")).toString().isEmpty()
            && !entry.value(QStringLiteral("connection_name")).toString().isEmpty()
            && entry.value(QStringLiteral("cli")).toString()
            == (pause ? ConnectPanel::pauseCommand(QStringLiteral("acme-storefront"))
                      : ConnectPanel::resumeCommand(QStringLiteral("acme-storefront")))
            && entry.value(QStringLiteral("ok")).toBool() == ok
            && !entry.value(QStringLiteral("result")).toString().isEmpty()
            && !entry.value(QStringLiteral("request_id")).toString().isEmpty()
            && !entry.value(QStringLiteral("time")).toString().isEmpty();
    }

    // The state as the server has it, read apart from the panel.
    QString serverState()
    {
        ApiCall *call = m_client->connections(QStringLiteral("acme-storefront"));
        QSignalSpy spy(call, &ApiCall::finished);
        if (!spy.wait(30000))
            return QStringLiteral("(no answer)");
        const auto list = ConnectConnection::listFromJson(spy.first().first().value<ApiResult>().object());
        return list.isEmpty() ? QString() : list.first().state;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        m_client = std::make_unique<ConnectClient>(&m_nam, m_sandbox.token(), m_sandbox.url());
        QVERIFY(m_dir.isValid());
    }

    void listsConnectionsWithMappings()
    {
        ConnectPanel panel(m_client.get(), nullptr);
        QAbstractItemModelTester connectionsTester(panel.connectionsModel());
        QAbstractItemModelTester mappingsTester(panel.mappingsModel());
        auto *connections = child<QTableView>(&panel, "connectionsTableView");
        auto *mappings = child<QTableView>(&panel, "mappingsTableView");
        panel.resize(640, 480); // about its size in the main window
        panel.show();
        panel.showApp(QStringLiteral("acme-storefront"));
        QTRY_COMPARE_WITH_TIMEOUT(connections->model()->rowCount(), 1, 20000);
        QVERIFY(!cell(connections->model(), 0, 0).isEmpty());
        const QString state = apiState(connections->model(), 0, 1);
        QVERIFY2(state == QLatin1String("IDLE") || state == QLatin1String("POLLING_DB_CHANGES"), qPrintable(state));
        const QString word = cell(connections->model(), 0, 1);
        QVERIFY2(word == QLatin1String("Idle") || word == QLatin1String("Reading database changes"), qPrintable(word));
        QCOMPARE(cell(connections->model(), 0, 2), QStringLiteral("salesforce"));
        QCOMPARE(cell(connections->model(), 0, 3), QStringLiteral("DATABASE_URL"));
        // The first connection is selected and its mappings are shown, with their states.
        QCOMPARE(connections->selectionModel()->selectedRows().size(), 1);
        QVERIFY(mappings->model()->rowCount() > 0);
        for (int row = 0; row < mappings->model()->rowCount(); ++row) {
            QVERIFY(!cell(mappings->model(), row, 0).isEmpty());
            QVERIFY(!cell(mappings->model(), row, 1).isEmpty());
        }
        QVERIFY(child<QPushButton>(&panel, "pausePushButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&panel, "resumePushButton")->isEnabled());
        QVERIFY(child<QLabel>(&panel, "messageLabel")->text().isEmpty());
    }

    void pauseWaitsWhilePollingThenResume()
    {
        ConnectPanel panel(m_client.get(), nullptr);
        panel.setAuditLog(m_audit);
        QAbstractItemModelTester connectionsTester(panel.connectionsModel());
        auto *model = child<QTableView>(&panel, "connectionsTableView")->model();
        auto *pause = child<QPushButton>(&panel, "pausePushButton");
        auto *resume = child<QPushButton>(&panel, "resumePushButton");
        auto *message = child<QLabel>(&panel, "messageLabel");
        const qsizetype audited = m_audit.entries().size();
        panel.resize(640, 480); // about its size in the main window
        panel.show();
        panel.setRefreshInterval(100);
        panel.showApp(QStringLiteral("acme-storefront"));
        // Catch it polling (1 s of every 4 s), then ask for the pause.
        QTRY_COMPARE_WITH_TIMEOUT(apiState(model, 0, 1), QStringLiteral("POLLING_DB_CHANGES"), 20000);
        panel.setRefreshInterval(0); // from here on the panel polls by itself only while it waits
        QVERIFY(pause->isEnabled());
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(answerPause(panel, true, QStringLiteral("connect-pause-confirmation")));
        QVERIFY(!panel.pendingPause().isEmpty());
        QVERIFY2(message->text().contains(QStringLiteral("Reading database changes"))
                     && message->text().contains(QStringLiteral("waiting")),
                 qPrintable(message->text()));
        QVERIFY(!pause->isEnabled());
        screenshot(&panel, QStringLiteral("connect-waiting-to-pause"));
        // It pauses once the connection is IDLE, without another click.
        QTRY_COMPARE_WITH_TIMEOUT(apiState(model, 0, 1), QStringLiteral("PAUSED"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("Paused")), 10000);
        QVERIFY(panel.pendingPause().isEmpty());
        QCOMPARE(serverState(), QStringLiteral("PAUSED"));
        QVERIFY(!pause->isEnabled());
        QVERIFY(resume->isEnabled());
        // Waiting sent nothing; the pause that was sent is in the audit log with its Request-Id.
        QCOMPARE(m_audit.entries().size(), audited + 1);
        QVERIFY2(isAudited(lastAudit(), "connect.pause", true), QJsonDocument(lastAudit()).toJson().constData());
        QCOMPARE(lastAudit().value(QStringLiteral("connection")).toString(), panel.connections().first().id);
        // Paused stays paused (the sandbox no longer cycles it).
        QTest::qWait(1500);
        QCOMPARE(serverState(), QStringLiteral("PAUSED"));

        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(apiState(model, 0, 1) != QLatin1String("PAUSED"), 20000);
        QVERIFY2(message->text().contains(QStringLiteral("Resumed")), qPrintable(message->text()));
        QVERIFY(serverState() != QLatin1String("PAUSED"));
        QVERIFY(!resume->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(pause->isEnabled(), 10000);
        QCOMPARE(m_audit.entries().size(), audited + 2);
        QVERIFY2(isAudited(lastAudit(), "connect.resume", true), QJsonDocument(lastAudit()).toJson().constData());
    }

    // A pause that waits for IDLE can be called off: nothing is sent, nothing is audited.
    void waitingPauseCanBeCalledOff()
    {
        ConnectPanel panel(m_client.get(), nullptr);
        panel.setAuditLog(m_audit);
        auto *model = child<QTableView>(&panel, "connectionsTableView")->model();
        auto *stop = child<QPushButton>(&panel, "stopWaitingPushButton");
        const qsizetype audited = m_audit.entries().size();
        panel.resize(640, 480); // about its size in the main window
        panel.show();
        QVERIFY(!stop->isVisible());
        panel.setRefreshInterval(100);
        panel.showApp(QStringLiteral("acme-storefront"));
        QTRY_COMPARE_WITH_TIMEOUT(apiState(model, 0, 1), QStringLiteral("POLLING_DB_CHANGES"), 20000);
        panel.setRefreshInterval(0);
        QTest::mouseClick(child<QPushButton>(&panel, "pausePushButton"), Qt::LeftButton);
        QVERIFY(answerPause(panel, true));
        QVERIFY(!panel.pendingPause().isEmpty());
        QVERIFY(stop->isVisible());
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(panel.pendingPause().isEmpty());
        QVERIFY(!stop->isVisible());
        auto *message = child<QLabel>(&panel, "messageLabel");
        QVERIFY2(message->text().contains(QStringLiteral("not paused")), qPrintable(message->text()));
        // A whole Connect cycle (4 s) goes by: it is IDLE at some point, and still not paused.
        QTest::qWait(5000);
        QVERIFY(serverState() != QLatin1String("PAUSED"));
        QCOMPARE(m_audit.entries().size(), audited);
        QVERIFY(child<QPushButton>(&panel, "pausePushButton")->isEnabled());
    }

    void declinedPausePausesNothing()
    {
        ConnectPanel panel(m_client.get(), nullptr);
        panel.setAuditLog(m_audit);
        auto *model = child<QTableView>(&panel, "connectionsTableView")->model();
        const qsizetype audited = m_audit.entries().size();
        panel.resize(640, 480); // about its size in the main window
        panel.show();
        panel.showApp(QStringLiteral("acme-storefront"));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 20000);
        QTest::mouseClick(child<QPushButton>(&panel, "pausePushButton"), Qt::LeftButton);
        QVERIFY(answerPause(panel, false));
        QVERIFY(panel.pendingPause().isEmpty());
        QTest::qWait(500);
        QVERIFY(serverState() != QLatin1String("PAUSED"));
        QCOMPARE(m_audit.entries().size(), audited);
        QVERIFY(child<QPushButton>(&panel, "pausePushButton")->isEnabled());
    }

    // Someone else paused it after the panel's last read: Heroku refuses, and the panel shows
    // Heroku's message with the Request-Id and audits the refusal.
    void refusalShowsHerokusMessageAndRequestId()
    {
        ConnectPanel panel(m_client.get(), nullptr);
        panel.setAuditLog(m_audit);
        auto *model = child<QTableView>(&panel, "connectionsTableView")->model();
        auto *message = child<QLabel>(&panel, "messageLabel");
        panel.resize(640, 480); // about its size in the main window
        panel.show();
        panel.setRefreshInterval(0);
        panel.showApp(QStringLiteral("acme-storefront"));
        // The panel's last read says IDLE, and it reads no more (a read under way may still land).
        for (int attempt = 0; attempt < 5 && apiState(model, 0, 1) != QLatin1String("IDLE"); ++attempt) {
            panel.setRefreshInterval(100);
            QTRY_COMPARE_WITH_TIMEOUT(apiState(model, 0, 1), QStringLiteral("IDLE"), 20000);
            panel.setRefreshInterval(0);
            QTest::qWait(500);
        }
        QCOMPARE(apiState(model, 0, 1), QStringLiteral("IDLE"));
        const ConnectConnection connection = panel.connections().first();
        QVERIFY(QTest::qWaitFor(
            [&] {
                QSignalSpy done(m_client->pause(connection.regionUrl, connection.id), &ApiCall::finished);
                done.wait(10000);
                return serverState() == QLatin1String("PAUSED");
            },
            20000));
        QCOMPARE(apiState(model, 0, 1), QStringLiteral("IDLE")); // the panel has not read it again

        QTest::mouseClick(child<QPushButton>(&panel, "pausePushButton"), Qt::LeftButton);
        QVERIFY(answerPause(panel, true));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Could not pause")), 20000);
        QVERIFY2(message->text().contains(QStringLiteral("Connection is already paused."))
                     && message->text().contains(QStringLiteral("Request-Id: ")),
                 qPrintable(message->text()));
        QVERIFY2(isAudited(lastAudit(), "connect.pause", false), QJsonDocument(lastAudit()).toJson().constData());
        QCOMPARE(lastAudit().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("Connection is already paused."));
        QVERIFY(message->text().contains(lastAudit().value(QStringLiteral("request_id")).toString()));
        screenshot(&panel, QStringLiteral("connect-pause-refused"));

        // The panel reads the state again after the refusal: it can resume.
        QTRY_COMPARE_WITH_TIMEOUT(apiState(model, 0, 1), QStringLiteral("PAUSED"), 20000);
        QTest::mouseClick(child<QPushButton>(&panel, "resumePushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(serverState() != QLatin1String("PAUSED"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(isAudited(lastAudit(), "connect.resume", true), 20000);
    }

    void pauseFromIdleIsImmediate()
    {
        ConnectPanel panel(m_client.get(), nullptr);
        panel.setAuditLog(m_audit);
        auto *model = child<QTableView>(&panel, "connectionsTableView")->model();
        auto *pause = child<QPushButton>(&panel, "pausePushButton");
        panel.resize(640, 480); // about its size in the main window
        panel.show();
        panel.setRefreshInterval(100);
        panel.showApp(QStringLiteral("acme-storefront"));
        QTRY_COMPARE_WITH_TIMEOUT(apiState(model, 0, 1), QStringLiteral("IDLE"), 20000);
        panel.setRefreshInterval(0);
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(answerPause(panel, true));
        QTRY_COMPARE_WITH_TIMEOUT(apiState(model, 0, 1), QStringLiteral("PAUSED"), 20000);
        QCOMPARE(serverState(), QStringLiteral("PAUSED"));
        QTest::mouseClick(child<QPushButton>(&panel, "resumePushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(apiState(model, 0, 1) != QLatin1String("PAUSED"), 20000);
    }

    // The first connection with its mappings as the server has them, read apart from the panel.
    ConnectConnection serverConnection()
    {
        QSignalSpy listed(m_client->connections(QStringLiteral("acme-storefront")), &ApiCall::finished);
        if (!listed.wait(30000))
            return {};
        const ConnectConnection first
            = ConnectConnection::listFromJson(listed.first().first().value<ApiResult>().object()).value(0);
        QSignalSpy read(m_client->connection(first.regionUrl, first.id), &ApiCall::finished);
        if (!read.wait(30000))
            return {};
        return ConnectConnection::fromJson(read.first().first().value<ApiResult>().object());
    }

    QStringList serverMappingStates()
    {
        QStringList states;
        for (const auto &m : serverConnection().mappings)
            states << m.state;
        return states;
    }

    void reloadMappingsAfterConfirmation()
    {
        ConnectPanel panel(m_client.get(), nullptr);
        panel.setAuditLog(m_audit);
        auto *mappings = child<QTableView>(&panel, "mappingsTableView")->model();
        auto *reload = child<QPushButton>(&panel, "reloadMappingsPushButton");
        auto *message = child<QLabel>(&panel, "messageLabel");
        panel.resize(640, 480);
        panel.show();
        panel.setRefreshInterval(300);
        panel.showApp(QStringLiteral("acme-storefront"));
        QTRY_VERIFY_WITH_TIMEOUT(mappings->rowCount() > 0 && reload->isEnabled(), 20000);
        const int count = mappings->rowCount();
        const qsizetype audited = m_audit.entries().size();

        // Declined: nothing is sent.
        QTest::mouseClick(reload, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (box = panel.findChild<QMessageBox *>(QStringLiteral("confirmReloadMessageBox"))); }, 5000));
        QVERIFY2(box->informativeText().contains(QStringLiteral("rolled back"))
                     && box->informativeText().contains(QStringLiteral("heroku connect:mapping:reload"))
                     && box->informativeText().contains(QStringLiteral("-a acme-storefront")),
                 qPrintable(box->informativeText()));
        QVERIFY2(box->text().contains(QString::number(count)), qPrintable(box->text()));
        if (QTest::qWaitForWindowExposed(box))
            screenshot(box, QStringLiteral("connect-reload-confirmation"));
        box->reject();
        QTest::qWait(500);
        QCOMPARE(m_audit.entries().size(), audited);
        QVERIFY(!serverMappingStates().contains(QStringLiteral("RELOAD_TABLE")));

        // Accepted: every mapping reloads, then is synchronized again.
        QTest::mouseClick(reload, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] { return (box = panel.findChild<QMessageBox *>(QStringLiteral("confirmReloadMessageBox"))); }, 5000));
        child<QPushButton>(box, "confirmReloadPushButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("is reloading")), 20000);
        QCOMPARE(serverMappingStates(), QStringList(count, QStringLiteral("RELOAD_TABLE")));
        QTRY_COMPARE_WITH_TIMEOUT(apiState(mappings, 0, 1), QStringLiteral("RELOAD_TABLE"), 10000);
        QCOMPARE(cell(mappings, 0, 1), QStringLiteral("Reloading the table"));
        screenshot(&panel, QStringLiteral("connect-reloading"));
        QTRY_COMPARE_WITH_TIMEOUT(serverMappingStates(), QStringList(count, QStringLiteral("DATA_SYNCED")), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(apiState(mappings, 0, 1), QStringLiteral("DATA_SYNCED"), 10000);
        const auto entries = m_audit.entries();
        QCOMPARE(entries.size(), audited + count);
        for (qsizetype i = audited; i < entries.size(); ++i) {
            const QJsonObject e = entries.at(i);
            QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("connect.mapping_reload"));
            QVERIFY(e.value(QStringLiteral("ok")).toBool());
            QVERIFY(!e.value(QStringLiteral("request_id")).toString().isEmpty());
            QVERIFY(!e.value(QStringLiteral("mapping")).toString().isEmpty());
            QVERIFY2(e.value(QStringLiteral("cli")).toString().startsWith(
                         QStringLiteral("heroku connect:mapping:reload %1 -a acme-storefront")
                             .arg(e.value(QStringLiteral("object")).toString())),
                     QJsonDocument(e).toJson().constData());
        }

        // Paused: the button is off, and Heroku (the sandbox) refuses a reload anyway.
        const ConnectConnection connection = panel.connections().first();
        QVERIFY(QTest::qWaitFor(
            [&] {
                QSignalSpy done(m_client->pause(connection.regionUrl, connection.id), &ApiCall::finished);
                done.wait(10000);
                return serverState() == QLatin1String("PAUSED");
            },
            20000));
        QTRY_VERIFY_WITH_TIMEOUT(!reload->isEnabled(), 10000);
        const QString mappingId = serverConnection().mappings.value(0).id;
        QVERIFY(!mappingId.isEmpty());
        QSignalSpy refused(m_client->reloadMapping(connection.regionUrl, mappingId), &ApiCall::finished);
        QVERIFY(refused.wait(10000));
        const ApiResult result = refused.first().first().value<ApiResult>();
        QCOMPARE(result.httpStatus, 409);
        QVERIFY2(result.error.message.contains(QStringLiteral("paused")), qPrintable(result.error.message));
        QSignalSpy resumed(m_client->resume(connection.regionUrl, connection.id), &ApiCall::finished);
        QVERIFY(resumed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(reload->isEnabled(), 10000);
    }

    void appWithoutConnectSaysSo()
    {
        ConnectPanel panel(m_client.get(), nullptr);
        QSignalSpy refreshed(&panel, &ConnectPanel::refreshed);
        panel.showApp(QStringLiteral("acme-blog"));
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(panel.connectionsModel()->rowCount(), 0);
        QVERIFY2(child<QLabel>(&panel, "messageLabel")->text().contains(QStringLiteral("no Heroku Connect")),
                 qPrintable(child<QLabel>(&panel, "messageLabel")->text()));
        QVERIFY(!child<QPushButton>(&panel, "pausePushButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&panel, "resumePushButton")->isEnabled());
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_MAIN(TestConnectPanel)
#include "testconnectpanel.moc"

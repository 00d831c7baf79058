// The Heroku Connect panel offscreen against a real sandbox: the demo world's
// acme-storefront has a connection that cycles between POLLING_DB_CHANGES and
// IDLE. The panel lists it with its mappings, pauses it (waiting, and saying
// so, while it polls) and resumes it; an app without Connect says so.
#include "core/heroku/apicall.h"
#include "core/heroku/apiresult.h"
#include "core/runbooks/connectclient.h"
#include "sandboxprocess.h"
#include "ui/connect/connectpanel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
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
    }

    void listsConnectionsWithMappings()
    {
        ConnectPanel panel(m_client.get(), nullptr);
        QAbstractItemModelTester connectionsTester(panel.connectionsModel());
        QAbstractItemModelTester mappingsTester(panel.mappingsModel());
        auto *connections = child<QTableView>(&panel, "connectionsTableView");
        auto *mappings = child<QTableView>(&panel, "mappingsTableView");
        panel.show();
        panel.showApp(QStringLiteral("acme-storefront"));
        QTRY_COMPARE_WITH_TIMEOUT(connections->model()->rowCount(), 1, 20000);
        QVERIFY(!cell(connections->model(), 0, 0).isEmpty());
        const QString state = cell(connections->model(), 0, 1);
        QVERIFY2(state == QLatin1String("IDLE") || state == QLatin1String("POLLING_DB_CHANGES"), qPrintable(state));
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
        QAbstractItemModelTester connectionsTester(panel.connectionsModel());
        auto *model = child<QTableView>(&panel, "connectionsTableView")->model();
        auto *pause = child<QPushButton>(&panel, "pausePushButton");
        auto *resume = child<QPushButton>(&panel, "resumePushButton");
        auto *message = child<QLabel>(&panel, "messageLabel");
        panel.show();
        panel.setRefreshInterval(100);
        panel.showApp(QStringLiteral("acme-storefront"));
        // Catch it polling (1 s of every 4 s), then ask for the pause.
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, 1), QStringLiteral("POLLING_DB_CHANGES"), 20000);
        panel.setRefreshInterval(0); // from here on the panel polls by itself only while it waits
        QVERIFY(pause->isEnabled());
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(!panel.pendingPause().isEmpty());
        QVERIFY2(message->text().contains(QStringLiteral("POLLING_DB_CHANGES"))
                     && message->text().contains(QStringLiteral("waiting")),
                 qPrintable(message->text()));
        QVERIFY(!pause->isEnabled());
        // It pauses once the connection is IDLE, without another click.
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, 1), QStringLiteral("PAUSED"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("Paused")), 10000);
        QVERIFY(panel.pendingPause().isEmpty());
        QCOMPARE(serverState(), QStringLiteral("PAUSED"));
        QVERIFY(!pause->isEnabled());
        QVERIFY(resume->isEnabled());
        // Paused stays paused (the sandbox no longer cycles it).
        QTest::qWait(1500);
        QCOMPARE(serverState(), QStringLiteral("PAUSED"));

        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(cell(model, 0, 1) != QLatin1String("PAUSED"), 20000);
        QVERIFY2(message->text().contains(QStringLiteral("Resumed")), qPrintable(message->text()));
        QVERIFY(serverState() != QLatin1String("PAUSED"));
        QVERIFY(!resume->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(pause->isEnabled(), 10000);
    }

    void pauseFromIdleIsImmediate()
    {
        ConnectPanel panel(m_client.get(), nullptr);
        auto *model = child<QTableView>(&panel, "connectionsTableView")->model();
        auto *pause = child<QPushButton>(&panel, "pausePushButton");
        panel.show();
        panel.setRefreshInterval(100);
        panel.showApp(QStringLiteral("acme-storefront"));
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, 1), QStringLiteral("IDLE"), 20000);
        panel.setRefreshInterval(0);
        QTest::mouseClick(pause, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, 1), QStringLiteral("PAUSED"), 20000);
        QCOMPARE(serverState(), QStringLiteral("PAUSED"));
        QTest::mouseClick(child<QPushButton>(&panel, "resumePushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(cell(model, 0, 1) != QLatin1String("PAUSED"), 20000);
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

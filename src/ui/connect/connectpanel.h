#pragma once

#include "core/runbooks/connectconnection.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QStandardItemModel;

namespace Ui {
class ConnectPanel;
}

namespace hpg {

class ApiCall;
class ConnectClient;
struct ApiResult;

// The Heroku Connect connections of one app (heroku connect:info): each
// connection's state, schema and database, the selected connection's mappings
// with their states, refreshed every few seconds, and Pause / Resume
// (heroku connect:pause / connect:resume). Heroku Connect pauses only from
// IDLE: asked while it is POLLING_DB_CHANGES (or another busy state) the panel
// says that it waits, and pauses as soon as the connection is idle.
class ConnectPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectPanel(ConnectClient *client, QWidget *parent = nullptr);
    ~ConnectPanel() override;

    // Lists the connections of appName and keeps them fresh; an empty name clears the panel.
    void showApp(const QString &appName);
    QString appName() const { return m_app; }

    // Milliseconds between refreshes (default 5000; 0: only on demand). While a pause
    // waits for IDLE the panel polls every second at most.
    void setRefreshInterval(int milliseconds);
    int refreshInterval() const { return m_interval; }

    QStandardItemModel *connectionsModel() const { return m_connectionsModel; }
    QStandardItemModel *mappingsModel() const { return m_mappingsModel; }
    QList<ConnectConnection> connections() const { return m_connections; }
    // The id of the connection whose pause waits for IDLE; empty when none.
    QString pendingPause() const { return m_pendingPause; }

public slots:
    void refresh();

signals:
    // After each successful read of the app's connections.
    void refreshed();

private:
    void onConnections(const ApiResult &result);
    void onSelectionChanged();
    void fillMappings();
    void readDetails(); // the selected connection's mappings (GET <region>/api/v3/connections/{id})
    void updateButtons();
    void pauseSelected();
    void resumeSelected();
    void sendPause(const ConnectConnection &connection);
    void onActionFinished(const ConnectConnection &connection, bool pause, const ApiResult &result);
    void scheduleRefresh();
    void showMessage(const QString &text);
    int selectedRow() const;
    const ConnectConnection *find(const QString &id) const;

    std::unique_ptr<Ui::ConnectPanel> m_ui;
    ConnectClient *m_client;
    QStandardItemModel *m_connectionsModel;
    QStandardItemModel *m_mappingsModel;
    QList<ConnectConnection> m_connections;
    QString m_app;
    QString m_selectedId;
    QString m_pendingPause;
    QPointer<ApiCall> m_refreshCall;
    QPointer<ApiCall> m_actionCall;
    QPointer<ApiCall> m_detailCall;
    QHash<QString, QList<ConnectConnection::Mapping>> m_mappings; // by connection id, from the details
    QTimer m_timer;
    int m_interval = 5000;
    bool m_readMessage = false; // the message is about reading the list, not about an action
};

} // namespace hpg

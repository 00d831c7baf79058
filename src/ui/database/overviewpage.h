#pragma once

#include "core/heroku/databaseinfo.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class OverviewPage;
}

namespace hpg {

class ApiCall;
class ApiClient;
struct ApiResult;

// Everything pg:info shows for one database, refreshed on demand and on an interval.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(ApiClient *api, QWidget *parent = nullptr);
    ~OverviewPage() override;

    void showDatabase(const QString &appName, const QString &addonName, const QStringList &attachmentNames);
    // The same with the pg:info and config vars read moments ago (by the tree): shown without asking
    // again (loaded() follows from the event loop); Refresh and the interval read them anew.
    void showDatabase(const QString &appName, const QString &addonName, const QStringList &attachmentNames,
                      const DatabaseInfo &info, const QHash<QString, QString> &configVars);
    void refresh();

    const DatabaseInfo &info() const { return m_info; }
    QString appName() const { return m_appName; }
    QString addonName() const { return m_addonName; }
    // The Heroku CLI command that shows the same.
    QString cliCommand() const;

signals:
    // The user followed a link to another database (a leader or a follower), named as a config var without _URL.
    void databaseLinkActivated(const QString &appName, const QString &attachmentName);
    // A fresh pg:info arrived (after each refresh).
    void loaded();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void cancelPending();
    void onConfigVars(const ApiResult &result);
    void onDatabase(const ApiResult &result);
    void fill();
    void showError(const QString &message);
    void fillRefreshChoices();
    void onRefreshChoice(int index);
    void startRefreshTimer(int seconds); // 0: off
    void updateTitle();
    void setDatabase(const QString &appName, const QString &addonName, const QStringList &attachmentNames);

    std::unique_ptr<Ui::OverviewPage> m_ui;
    ApiClient *m_api;
    QString m_appName;
    QString m_addonName;
    QStringList m_attachmentNames;
    DatabaseInfo m_info;
    QHash<QString, QString> m_configVars;
    QPointer<ApiCall> m_configCall;
    QPointer<ApiCall> m_databaseCall;
    bool m_haveConfig = false;
    bool m_haveDatabase = false;
    int m_shown = 0; // counts showDatabase() and refresh(): a queued fill of an earlier one does nothing
    QTimer m_refreshTimer;
};

} // namespace hpg

#pragma once

#include "core/heroku/apiresult.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class SwitchChoosePage;
}

namespace hpg {

class ApiCall;
class FollowerSwitchWizard;
struct App;

// First page: the app, its database (DATABASE by default), the target plan
// (only plans a follower switch can move to: Standard and Premium on the
// Common Runtime, Private or Shield in a Private Space; never Essential), an
// existing follower to use instead of provisioning one, and optionally an app
// in a Private Space to migrate to.
class SwitchChoosePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SwitchChoosePage(FollowerSwitchWizard *wizard);
    ~SwitchChoosePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void retranslateItems();
    static QString databaseText(const QString &attachment, const QString &addon, const QString &plan);
    static QString followerText(const QString &addon);
    QString targetAppText(const QString &app) const;
    void describe();
    void load();
    void onAttachments(const ApiResult &result);
    void onApps(const ApiResult &result);
    void showApps(const QList<App> &apps);
    void onPlans(const ApiResult &result);
    void fillPlans();
    bool migrating() const;

    std::unique_ptr<Ui::SwitchChoosePage> m_ui;
    FollowerSwitchWizard *m_wizard;
    QStringList m_plans; // every heroku-postgresql plan name
    QHash<QString, bool> m_spaceApps; // apps in a Private Space → shield
    QHash<QString, QString> m_spaceNames; // apps in a Private Space → the space's name
    bool m_appInSpace = false;
    bool m_appShield = false;
    int m_pending = 0;
    QString m_loadedApp;
};

} // namespace hpg

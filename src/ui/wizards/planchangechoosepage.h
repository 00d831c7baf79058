#pragma once

#include "core/heroku/maintenancewindow.h"
#include "core/runbooks/journal.h"

#include <QHash>
#include <QStringList>
#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class PlanChangeChoosePage;
}

namespace hpg {

class PlanChangeWizard;
struct ApiResult;

// First page of the plan change: the app, its database and the new plan (the plans Heroku
// offers for the app), maintenance mode around the change, and the route the Dev Center gives
// for this move, with why and the CLI equivalent. A move addons:upgrade cannot do (across the
// Essential tier) takes the pg:copy route (a copy into a new database, with the down time
// estimated from the database's size); Standard and up may take the follower switch instead, and
// may leave the changeover to the maintenance window (shown in UTC and local time; changeable).
class PlanChangeChoosePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PlanChangeChoosePage(PlanChangeWizard *wizard);
    ~PlanChangeChoosePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void onAttachments(const ApiResult &result);
    void onApp(const ApiResult &result);
    void onPlans(const ApiResult &result);
    void fillPlans();
    void describe();
    void loadSize();
    void changeWindow();
    QString copyDescription(const QString &source, const QString &target) const;
    QString sourcePlan() const;
    QString refusal() const;
    bool crossesEssential() const;

    std::unique_ptr<Ui::PlanChangeChoosePage> m_ui;
    PlanChangeWizard *m_wizard;
    QString m_loadedApp;
    QStringList m_plans;
    QHash<QString, qint64> m_cents; // plan name → price a month, in cents
    bool m_appInSpace = false;
    bool m_appShield = false;
    int m_pending = 0;
    qint64 m_bytes = -1; // the chosen database's size (pg:info), -1 while unknown
    std::optional<Journal> m_lastCopy; // the newest finished copy of this account, for the estimate
    MaintenanceWindow m_window; // the chosen database's (Standard and up)
    QStringList m_connections; // Heroku Connect connections of the app (names)
    QString connectAdvice(bool copy, bool fromEssential) const;
};

} // namespace hpg

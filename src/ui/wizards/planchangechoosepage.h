#pragma once

#include <QHash>
#include <QStringList>
#include <QWizardPage>

#include <memory>

namespace Ui {
class PlanChangeChoosePage;
}

namespace hpg {

class PlanChangeWizard;
struct ApiResult;

// First page of the plan change: the app, its database and the new plan (the plans Heroku
// offers for the app), maintenance mode around the change, and the route the Dev Center gives
// for this move, with why and the CLI equivalent. A move addons:upgrade cannot do (across the
// Essential tier) is refused with the pg:copy route; Standard and up may take the follower
// switch instead.
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
    QString sourcePlan() const;
    QString refusal() const;

    std::unique_ptr<Ui::PlanChangeChoosePage> m_ui;
    PlanChangeWizard *m_wizard;
    QString m_loadedApp;
    QStringList m_plans;
    QHash<QString, qint64> m_cents; // plan name → price a month, in cents
    bool m_appInSpace = false;
    bool m_appShield = false;
    int m_pending = 0;
};

} // namespace hpg

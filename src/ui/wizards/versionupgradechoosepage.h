#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class VersionUpgradeChoosePage;
}

namespace hpg {

class VersionUpgradeWizard;
struct ApiResult;

// First page of the version upgrade: the app, its database (with the version it runs, from
// pg:info) and the new major version, and the route the Dev Center gives for it: a follower
// upgraded with pg:upgrade and promoted (Standard and up), or a copy into a new database of the new
// version with pg:copy (Essential), with the steps' CLI equivalent. The run page's pre-flight then
// names the extensions whose versions differ and estimates the down time, before anything changes.
class VersionUpgradeChoosePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit VersionUpgradeChoosePage(VersionUpgradeWizard *wizard);
    ~VersionUpgradeChoosePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void onAttachments(const ApiResult &result);
    void loadVersion();
    void describe();
    QString refusal() const;
    bool essential() const;

    std::unique_ptr<Ui::VersionUpgradeChoosePage> m_ui;
    VersionUpgradeWizard *m_wizard;
    QString m_loadedApp;
    QString m_version; // the chosen database's PG Version, empty while unknown
    bool m_loading = false;
};

} // namespace hpg

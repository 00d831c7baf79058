#pragma once

#include <QWidget>

class QPushButton;

namespace hpg {

class FollowerSwitchWizard;
class RunbookResultPage;

// What the follower switch's result page offers beyond the generic one: create a follower of
// the new primary (not after a migration) and deprovision the old primary (typed confirmation).
class SwitchOffers : public QWidget
{
    Q_OBJECT
public:
    SwitchOffers(FollowerSwitchWizard *wizard, RunbookResultPage *page);

    // The follower offer makes no sense after a migration: called when the result page opens.
    void updateOffers();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void createFollower();
    void confirmDeprovision();
    void deprovision();

    FollowerSwitchWizard *m_wizard;
    RunbookResultPage *m_page;
    QPushButton *m_createFollower;
    QPushButton *m_deprovision;
};

} // namespace hpg

#pragma once

#include "core/runbooks/runbookservices.h"

#include <QWidget>

#include <functional>

class QPushButton;

namespace hpg {

class RunbookResultPage;

// What the result page of a run that gave an app a new primary database offers (a follower switch,
// a copy to a new database): create a follower of the new primary, and deprovision the old primary
// (typed confirmation, the dataclips reminder).
class NewPrimaryOffers : public QWidget
{
    Q_OBJECT
public:
    // What the offers act on, read when the result page opens.
    struct Subject
    {
        QString app; // the app the run changed: the old primary is attached to it, a follower is created on it
        QString followerPlan; // the plan of a follower to create; empty: no follower offer
        QString oldPrimary; // the old primary's add-on name; empty: no deprovision offer
    };

    NewPrimaryOffers(const RunbookServices &services, const std::function<Subject()> &subject, RunbookResultPage *page);

    // Called when the result page opens: shows the offers that apply.
    void updateOffers();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void createFollower();
    void confirmDeprovision();
    void deprovision();

    RunbookServices m_services;
    std::function<Subject()> m_subjectOf;
    Subject m_subject;
    RunbookResultPage *m_page;
    QPushButton *m_createFollower;
    QPushButton *m_deprovision;
};

} // namespace hpg

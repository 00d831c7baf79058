#include "newprimaryoffers.h"

#include "core/heroku/platformclient.h"
#include "runbookresultpage.h"
#include "ui/dialogs/typedconfirmationdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace hpg {

NewPrimaryOffers::NewPrimaryOffers(const RunbookServices &services, const std::function<Subject()> &subject,
                                   RunbookResultPage *page)
    : QWidget(page)
    , m_services(services)
    , m_subjectOf(subject)
    , m_page(page)
    , m_createFollower(new QPushButton(this))
    , m_deprovision(new QPushButton(this))
{
    setObjectName(QStringLiteral("switchOffersWidget"));
    m_createFollower->setObjectName(QStringLiteral("createFollowerPushButton"));
    m_deprovision->setObjectName(QStringLiteral("deprovisionPushButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_createFollower);
    layout->addWidget(m_deprovision);
    retranslate();
    connect(m_createFollower, &QPushButton::clicked, this, &NewPrimaryOffers::createFollower);
    connect(m_deprovision, &QPushButton::clicked, this, &NewPrimaryOffers::confirmDeprovision);
    page->addOffers(this);
}

void NewPrimaryOffers::retranslate()
{
    m_createFollower->setText(tr("Create a &Follower of the New Primary"));
    m_deprovision->setText(tr("&Deprovision the Old Primary…"));
}

void NewPrimaryOffers::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NewPrimaryOffers::updateOffers()
{
    m_subject = m_subjectOf();
    m_createFollower->setVisible(!m_subject.followerPlan.isEmpty());
    m_deprovision->setVisible(!m_subject.oldPrimary.isEmpty());
}

void NewPrimaryOffers::createFollower()
{
    m_createFollower->setEnabled(false);
    m_page->showOfferStatus(tr("Creating a follower of the new primary…"));
    ApiCall *call = m_services.platform->createAddon(m_subject.app, m_subject.followerPlan,
                                                     { { QStringLiteral("follow"), QStringLiteral("DATABASE_URL") } },
                                                     {}, {}, {}, this);
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_createFollower->setEnabled(true);
        m_page->showOfferStatus(result.ok() ? tr("The follower %1 is being created; it follows the new primary.")
                                                  .arg(result.object().value(QStringLiteral("name")).toString())
                                            : result.error.userText());
    });
}

void NewPrimaryOffers::confirmDeprovision()
{
    const QString old = m_subject.oldPrimary;
    auto *dialog = new TypedConfirmationDialog(
        tr("Deprovision the Old Primary"),
        tr("%1 and all its data will be destroyed. Reassign its dataclips to the new database first.").arg(old),
        QStringLiteral("heroku addons:destroy %1 -a %2").arg(old, m_subject.app), m_subject.app, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &NewPrimaryOffers::deprovision);
    dialog->open();
}

void NewPrimaryOffers::deprovision()
{
    const QString old = m_subject.oldPrimary;
    m_deprovision->setEnabled(false);
    ApiCall *call = m_services.platform->destroyAddon(m_subject.app, old, false, this);
    connect(call, &ApiCall::finished, this, [this, old](const ApiResult &result) {
        m_page->showOfferStatus(result.ok() ? tr("%1 is being deprovisioned.").arg(old) : result.error.userText());
        m_deprovision->setEnabled(!result.ok());
    });
}

} // namespace hpg

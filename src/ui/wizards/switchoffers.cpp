#include "switchoffers.h"

#include "core/heroku/platformclient.h"
#include "followerswitchwizard.h"
#include "runbookresultpage.h"
#include "ui/dialogs/typedconfirmationdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace hpg {

SwitchOffers::SwitchOffers(FollowerSwitchWizard *wizard, RunbookResultPage *page)
    : QWidget(page)
    , m_wizard(wizard)
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
    connect(m_createFollower, &QPushButton::clicked, this, &SwitchOffers::createFollower);
    connect(m_deprovision, &QPushButton::clicked, this, &SwitchOffers::confirmDeprovision);
    page->addOffers(this);
}

void SwitchOffers::retranslate()
{
    m_createFollower->setText(tr("Create a &Follower of the New Primary"));
    m_deprovision->setText(tr("&Deprovision the Old Primary…"));
}

void SwitchOffers::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SwitchOffers::updateOffers()
{
    m_createFollower->setVisible(!m_wizard->options().isMigration());
}

void SwitchOffers::createFollower()
{
    const SwitchOptions o = m_wizard->options();
    m_createFollower->setEnabled(false);
    m_page->showOfferStatus(tr("Creating a follower of the new primary…"));
    ApiCall *call = m_wizard->services().platform->createAddon(
        o.newDatabaseApp(), o.fullTargetPlan(), { { QStringLiteral("follow"), QStringLiteral("DATABASE_URL") } }, {},
        {}, {}, this);
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_createFollower->setEnabled(true);
        m_page->showOfferStatus(result.ok() ? tr("The follower %1 is being created; it follows the new primary.")
                                                  .arg(result.object().value(QStringLiteral("name")).toString())
                                            : result.error.userText());
    });
}

void SwitchOffers::confirmDeprovision()
{
    const SwitchOptions o = m_wizard->options();
    const QString old = m_wizard->findings().sourceAddonName;
    auto *dialog = new TypedConfirmationDialog(
        tr("Deprovision the Old Primary"),
        tr("%1 and all its data will be destroyed. Reassign its dataclips to the new database first.").arg(old),
        QStringLiteral("heroku addons:destroy %1 -a %2").arg(old, o.app), o.app, m_wizard);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &SwitchOffers::deprovision);
    dialog->open();
}

void SwitchOffers::deprovision()
{
    const SwitchOptions o = m_wizard->options();
    const QString old = m_wizard->findings().sourceAddonName;
    m_deprovision->setEnabled(false);
    ApiCall *call = m_wizard->services().platform->destroyAddon(o.app, old, false, this);
    connect(call, &ApiCall::finished, this, [this, old](const ApiResult &result) {
        m_page->showOfferStatus(result.ok() ? tr("%1 is being deprovisioned.").arg(old) : result.error.userText());
        m_deprovision->setEnabled(!result.ok());
    });
}

} // namespace hpg

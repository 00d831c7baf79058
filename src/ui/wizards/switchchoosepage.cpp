#include "switchchoosepage.h"

#include "core/heroku/app.h"
#include "core/heroku/attachment.h"
#include "core/heroku/plan.h"
#include "core/heroku/platformclient.h"
#include "core/transfer/whendone.h"
#include "followerswitchwizard.h"

#include "ui_switchchoosepage.h"

#include <QEvent>
#include <QJsonArray>

namespace hpg {

namespace {
// Item data of the database combo box besides the attachment name (Qt::UserRole).
constexpr int kAddonRole = Qt::UserRole + 1;
constexpr int kPlanRole = Qt::UserRole + 2;
} // namespace

SwitchChoosePage::SwitchChoosePage(FollowerSwitchWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::SwitchChoosePage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("switchChoosePage"));
    retranslate();
    connect(m_ui->appLineEdit, &QLineEdit::editingFinished, this, &SwitchChoosePage::load);
    connect(m_ui->targetAppComboBox, &QComboBox::currentIndexChanged, this, &SwitchChoosePage::fillPlans);
    for (QComboBox *box : { m_ui->databaseComboBox, m_ui->targetPlanComboBox, m_ui->followerComboBox }) {
        connect(box, &QComboBox::currentIndexChanged, this, &SwitchChoosePage::completeChanged);
        connect(box, &QComboBox::currentIndexChanged, this, &SwitchChoosePage::describe);
    }
    describe();
}

SwitchChoosePage::~SwitchChoosePage() = default;

void SwitchChoosePage::retranslate()
{
    setTitle(tr("Database and Target Plan"));
    setSubTitle(tr("A follower on the new plan catches up with the database, then takes its place in a short "
                   "maintenance window."));
}

void SwitchChoosePage::retranslateItems()
{
    QComboBox *databases = m_ui->databaseComboBox;
    for (int i = 0; i < databases->count(); ++i)
        databases->setItemText(i,
                               databaseText(databases->itemData(i).toString(),
                                            databases->itemData(i, kAddonRole).toString(),
                                            databases->itemData(i, kPlanRole).toString()));
    QComboBox *followers = m_ui->followerComboBox;
    for (int i = 0; i < followers->count(); ++i)
        followers->setItemText(i, followerText(followers->itemData(i).toString()));
    QComboBox *targets = m_ui->targetAppComboBox;
    for (int i = 0; i < targets->count(); ++i)
        targets->setItemText(i, targetAppText(targets->itemData(i).toString()));
    if (m_pending > 0)
        m_ui->chooseStatusLabel->setText(tr("Loading the databases of %1…").arg(m_loadedApp));
}

QString SwitchChoosePage::databaseText(const QString &attachment, const QString &addon, const QString &plan)
{
    return tr("%1 (%2, %3)").arg(attachment, addon, plan);
}

QString SwitchChoosePage::followerText(const QString &addon)
{
    return addon.isEmpty() ? tr("Provision a new follower") : tr("Use the existing follower %1").arg(addon);
}

QString SwitchChoosePage::targetAppText(const QString &app) const
{
    return app.isEmpty() ? tr("Stay on this app (follower switch)")
                         : tr("%1 in the Private Space %2 (migration)").arg(app, m_spaceNames.value(app));
}

// What the chosen switch does, in a few sentences, so that the DBA knows before the pre-flight.
void SwitchChoosePage::describe()
{
    const QString app = m_loadedApp;
    const QString source = m_ui->databaseComboBox->currentData(kAddonRole).toString();
    const QString plan = m_ui->targetPlanComboBox->currentText();
    const QString target = m_ui->targetAppComboBox->currentData().toString();
    const QString follower = m_ui->followerComboBox->currentData().toString();
    QString text;
    if (app.isEmpty() || source.isEmpty() || m_pending > 0) {
        // nothing to describe yet
    } else if (!target.isEmpty()) {
        text = plan.isEmpty()
            ? tr("No plan of this kind can be installed in the Private Space %1.").arg(m_spaceNames.value(target))
            : tr("A follower of %1 on %2 is provisioned on %3, in the Private Space %4, and catches up with it. "
                 "Then %5 goes into maintenance mode, its dynos are stopped, and the follower becomes the "
                 "DATABASE_URL of %3. %5 stays in maintenance mode; %1 stays until you deprovision it.")
                  .arg(source, plan, target, m_spaceNames.value(target), app);
    } else if (!follower.isEmpty()) {
        text = tr("The existing follower %1 catches up with %2. Then %3 goes into maintenance mode, its dynos are "
                  "stopped, %1 becomes its DATABASE_URL, and the dynos and the app come back. %2 stays until you "
                  "deprovision it.")
                   .arg(follower, source, app);
    } else if (!plan.isEmpty()) {
        text = tr("A follower of %1 on %2 is provisioned and catches up with it. Then %3 goes into maintenance "
                  "mode, its dynos are stopped, the follower becomes its DATABASE_URL, and the dynos and the app "
                  "come back. %1 stays until you deprovision it.")
                   .arg(source, plan, app);
    }
    if (!text.isEmpty())
        text += QStringLiteral("\n\n")
            + tr("Catching up can take hours on a large database; the app keeps running meanwhile. The app is "
                 "down only during the maintenance window, usually less than a minute.");
    m_ui->modeDescriptionLabel->setText(text);
    m_ui->modeDescriptionLabel->setVisible(!text.isEmpty());
    m_ui->activateTargetCheckBox->setVisible(!target.isEmpty());
}

void SwitchChoosePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        retranslateItems();
        describe();
    }
    QWizardPage::changeEvent(event);
}

bool SwitchChoosePage::migrating() const
{
    return !m_ui->targetAppComboBox->currentData().toString().isEmpty();
}

void SwitchChoosePage::initializePage()
{
    if (m_ui->appLineEdit->text().isEmpty())
        m_ui->appLineEdit->setText(m_wizard->initialApp());
    load();
}

void SwitchChoosePage::load()
{
    const QString app = m_ui->appLineEdit->text().trimmed();
    if (app.isEmpty() || app == m_loadedApp)
        return;
    m_loadedApp = app;
    m_ui->databaseComboBox->clear();
    m_ui->followerComboBox->clear();
    m_ui->targetAppComboBox->clear();
    m_ui->targetPlanComboBox->clear();
    m_spaceApps.clear();
    m_spaceNames.clear();
    m_ui->chooseStatusLabel->setText(tr("Loading the databases of %1…").arg(app));
    m_pending = 3;
    describe();
    PlatformClient *platform = m_wizard->services().platform;
    connect(platform->attachments(app, this), &ApiCall::finished, this, &SwitchChoosePage::onAttachments);
    connect(platform->apps(this), &ApiCall::finished, this, &SwitchChoosePage::onApps);
    auto plans = ApiRequest::get(QStringLiteral("/addon-services/heroku-postgresql/plans"));
    connect(platform->api()->send(plans.sdk(), this), &ApiCall::finished, this, &SwitchChoosePage::onPlans);
    emit completeChanged();
}

void SwitchChoosePage::onAttachments(const ApiResult &result)
{
    --m_pending;
    if (!result.ok()) {
        m_ui->chooseStatusLabel->setText(result.error.userText());
        return;
    }
    m_ui->followerComboBox->addItem(followerText(QString()), QString());
    QStringList others;
    QString primary;
    for (const Attachment &a : Attachment::listFromJson(result.array())) {
        if (!a.isPostgres() || !a.nameSpace.isEmpty())
            continue;
        QComboBox *box = m_ui->databaseComboBox;
        box->addItem(databaseText(a.name, a.addonName, a.plan.shortName()), a.name);
        box->setItemData(box->count() - 1, a.addonName, kAddonRole);
        box->setItemData(box->count() - 1, a.plan.shortName(), kPlanRole);
        if (a.name == QLatin1String("DATABASE"))
            primary = a.addonName;
        else if (!others.contains(a.addonName))
            others.append(a.addonName);
    }
    // Any other database may be a follower of it; the pre-flight checks that it is.
    QStringList followers = others;
    followers.removeAll(primary);
    for (const QString &addon : std::as_const(followers))
        m_ui->followerComboBox->addItem(followerText(addon), addon);
    const int database = m_ui->databaseComboBox->findData(QStringLiteral("DATABASE"));
    if (database >= 0)
        m_ui->databaseComboBox->setCurrentIndex(database);
    if (m_pending == 0)
        m_ui->chooseStatusLabel->clear();
    describe();
    emit completeChanged();
}

void SwitchChoosePage::onApps(const ApiResult &result)
{
    const QString loaded = m_loadedApp;
    whenDone(this, App::listFromJsonOnWorker(result.ok() ? result.array() : QJsonArray()),
             [this, loaded](const QList<App> &apps) {
                 if (loaded == m_loadedApp)
                     showApps(apps);
             });
}

void SwitchChoosePage::showApps(const QList<App> &apps)
{
    --m_pending;
    m_ui->targetAppComboBox->addItem(targetAppText(QString()), QString());
    for (const App &app : apps) {
        if (app.name == m_loadedApp) {
            m_appInSpace = app.inPrivateSpace();
            m_appShield = app.spaceShield;
        } else if (app.inPrivateSpace()) {
            m_spaceApps.insert(app.name, app.spaceShield);
            m_spaceNames.insert(app.name, app.spaceName);
            m_ui->targetAppComboBox->addItem(targetAppText(app.name), app.name);
        }
    }
    fillPlans();
}

void SwitchChoosePage::onPlans(const ApiResult &result)
{
    --m_pending;
    m_plans.clear();
    for (const QJsonValue &plan : result.array())
        m_plans.append(plan[QStringLiteral("name")].toString());
    fillPlans();
}

void SwitchChoosePage::fillPlans()
{
    const QString previous = m_ui->targetPlanComboBox->currentData().toString();
    m_ui->targetPlanComboBox->clear();
    const QString target = m_ui->targetAppComboBox->currentData().toString();
    const bool inSpace = target.isEmpty() ? m_appInSpace : true;
    const bool shield = target.isEmpty() ? m_appShield : m_spaceApps.value(target);
    for (const QString &name : std::as_const(m_plans)) {
        const Plan::Tier tier = Plan::tierOf(name);
        const bool fits = inSpace ? tier == (shield ? Plan::Tier::Shield : Plan::Tier::Private)
                                  : (tier == Plan::Tier::Standard || tier == Plan::Tier::Premium);
        if (fits)
            m_ui->targetPlanComboBox->addItem(name.section(QLatin1Char(':'), 1), name);
    }
    const int index = m_ui->targetPlanComboBox->findData(previous);
    if (index >= 0)
        m_ui->targetPlanComboBox->setCurrentIndex(index);
    m_ui->followerComboBox->setEnabled(!migrating());
    if (m_pending == 0
        && m_ui->chooseStatusLabel->text().startsWith(tr("Loading the databases of %1…").arg(m_loadedApp)))
        m_ui->chooseStatusLabel->clear();
    describe();
    emit completeChanged();
}

bool SwitchChoosePage::isComplete() const
{
    const bool existing = !m_ui->followerComboBox->currentData().toString().isEmpty() && !migrating();
    return m_pending == 0 && m_ui->databaseComboBox->currentIndex() >= 0
        && (existing || m_ui->targetPlanComboBox->currentIndex() >= 0);
}

bool SwitchChoosePage::validatePage()
{
    SwitchOptions options;
    options.app = m_ui->appLineEdit->text().trimmed();
    options.database = m_ui->databaseComboBox->currentData().toString();
    options.targetPlan = m_ui->targetPlanComboBox->currentData().toString();
    options.targetApp = m_ui->targetAppComboBox->currentData().toString();
    if (!migrating())
        options.existingFollower = m_ui->followerComboBox->currentData().toString();
    options.activateTarget = migrating() && m_ui->activateTargetCheckBox->isChecked();
    options.backupFirst = m_ui->backupFirstCheckBox->isChecked();
    m_wizard->setOptions(options);
    return true;
}

} // namespace hpg

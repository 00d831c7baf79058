#include "versionupgradechoosepage.h"

#include "core/heroku/attachment.h"
#include "core/heroku/databaseinfo.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/plan.h"
#include "core/heroku/platformclient.h"
#include "core/runbooks/versionupgrade.h"
#include "databasechoice.h"
#include "versionupgradewizard.h"

#include "ui_versionupgradechoosepage.h"

#include <QEvent>

namespace hpg {

VersionUpgradeChoosePage::VersionUpgradeChoosePage(VersionUpgradeWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::VersionUpgradeChoosePage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("versionUpgradeChoosePage"));
    setCommitPage(true);
    for (const QString &version : VersionUpgrade::targetVersions())
        m_ui->targetVersionComboBox->addItem(version, version);
    m_ui->targetVersionComboBox->setCurrentIndex(m_ui->targetVersionComboBox->count() - 1);
    connect(m_ui->appLineEdit, &QLineEdit::editingFinished, this, &VersionUpgradeChoosePage::load);
    connect(m_ui->databaseComboBox, &QComboBox::currentIndexChanged, this, &VersionUpgradeChoosePage::loadVersion);
    connect(m_ui->targetVersionComboBox, &QComboBox::currentIndexChanged, this, &VersionUpgradeChoosePage::describe);
    retranslate();
}

VersionUpgradeChoosePage::~VersionUpgradeChoosePage() = default;

void VersionUpgradeChoosePage::retranslate()
{
    setTitle(tr("Upgrade the PostgreSQL Version"));
    setSubTitle(tr("Choose the database and its new major version."));
    setButtonText(QWizard::CommitButton, tr("&Start"));
    describe();
}

void VersionUpgradeChoosePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void VersionUpgradeChoosePage::initializePage()
{
    if (m_ui->appLineEdit->text().isEmpty())
        m_ui->appLineEdit->setText(m_wizard->initialApp());
    load();
}

void VersionUpgradeChoosePage::load()
{
    const QString app = m_ui->appLineEdit->text().trimmed();
    if (app.isEmpty() || app == m_loadedApp)
        return;
    m_loadedApp = app;
    m_version.clear();
    m_loading = true;
    m_ui->databaseComboBox->clear();
    m_ui->chooseStatusLabel->setText(tr("Loading the databases of %1…").arg(app));
    connect(m_wizard->services().platform->attachments(app, this), &ApiCall::finished, this,
            &VersionUpgradeChoosePage::onAttachments);
    emit completeChanged();
}

void VersionUpgradeChoosePage::onAttachments(const ApiResult &result)
{
    m_loading = false;
    if (!result.ok()) {
        m_ui->chooseStatusLabel->setText(result.error.userText());
        return;
    }
    const QSignalBlocker blocker(m_ui->databaseComboBox);
    DatabaseChoice::fill(m_ui->databaseComboBox, Attachment::listFromJson(result.array()));
    if (m_ui->databaseComboBox->count() == 0)
        m_ui->chooseStatusLabel->setText(tr("%1 has no Heroku Postgres database.").arg(m_loadedApp));
    loadVersion();
}

void VersionUpgradeChoosePage::loadVersion()
{
    m_version.clear();
    const QString addon = m_ui->databaseComboBox->currentData(DatabaseChoice::AddonRole).toString();
    describe();
    if (addon.isEmpty())
        return;
    m_ui->chooseStatusLabel->setText(tr("Reading the version of the database…"));
    connect(m_wizard->services().data->database(addon, this), &ApiCall::finished, this,
            [this, addon](const ApiResult &result) {
                if (addon != m_ui->databaseComboBox->currentData(DatabaseChoice::AddonRole).toString())
                    return; // another database was chosen meanwhile
                if (!result.ok()) {
                    m_ui->chooseStatusLabel->setText(result.error.userText());
                    return;
                }
                const DatabaseInfo info = DatabaseInfo::fromJson(result.object());
                m_version = info.postgresVersion;
                m_ui->chooseStatusLabel->setText(info.following.isEmpty()
                                                     ? tr("It runs PostgreSQL %1.").arg(m_version)
                                                     : tr("It is a follower: upgrade its leader instead."));
                if (!info.following.isEmpty())
                    m_version.clear();
                describe();
            });
}

bool VersionUpgradeChoosePage::essential() const
{
    return Plan::tierOf(m_ui->databaseComboBox->currentData(DatabaseChoice::PlanRole).toString())
        == Plan::Tier::Essential;
}

QString VersionUpgradeChoosePage::refusal() const
{
    // Essential databases take the pg:copy route: not a refusal here.
    const QString plan = essential() ? QStringLiteral("heroku-postgresql:standard-0")
                                     : m_ui->databaseComboBox->currentData(DatabaseChoice::PlanRole).toString();
    return VersionUpgrade::refusal(plan, m_version, m_ui->targetVersionComboBox->currentData().toString());
}

void VersionUpgradeChoosePage::describe()
{
    const QString app = m_ui->appLineEdit->text().trimmed();
    const QString database = m_ui->databaseComboBox->currentData().toString();
    const QString version = m_ui->targetVersionComboBox->currentData().toString();
    if (database.isEmpty() || m_version.isEmpty()) {
        m_ui->routeLabel->clear();
        m_ui->cliLabel->clear();
        emit completeChanged();
        return;
    }
    if (const QString why = refusal(); !why.isEmpty()) {
        m_ui->routeLabel->setText(why);
        m_ui->cliLabel->clear();
    } else if (essential()) {
        m_ui->routeLabel->setText(
            tr("An Essential database cannot be upgraded with a follower. As the Dev Center says, hpgdesk copies it "
               "into a new PostgreSQL %1 database with pg:copy, with Heroku Connect paused and the app in maintenance "
               "mode, then promotes the copy.")
                .arg(version));
        m_ui->cliLabel->setText(
            tr("CLI: heroku addons:create %1 -a %2 -- --version %3; heroku connect:pause; heroku maintenance:on; "
               "heroku "
               "pg:copy DATABASE_URL NEW; heroku pg:promote NEW; heroku maintenance:off; heroku connect:resume")
                .arg(m_ui->databaseComboBox->currentData(DatabaseChoice::PlanRole).toString(), app, version));
    } else {
        m_ui->routeLabel->setText(
            tr("A follower of %1 is created and nearly caught up; then Heroku Connect is paused, the app goes into "
               "maintenance mode and its dynos are scaled down; once the follower has caught up fully, pg:upgrade "
               "upgrades it to PostgreSQL %2 and it is promoted; the app comes back as it was.")
                .arg(database, version));
        m_ui->cliLabel->setText(tr("CLI: heroku addons:create … -- --follow %1; heroku connect:pause; heroku "
                                   "maintenance:on; heroku pg:upgrade:run FOLLOWER --version %2; heroku pg:promote "
                                   "FOLLOWER; heroku maintenance:off; heroku connect:resume")
                                    .arg(database, version));
    }
    emit completeChanged();
}

bool VersionUpgradeChoosePage::isComplete() const
{
    return !m_loading && !m_ui->databaseComboBox->currentData().toString().isEmpty() && !m_version.isEmpty()
        && refusal().isEmpty();
}

bool VersionUpgradeChoosePage::validatePage()
{
    VersionUpgradeOptions o;
    o.app = m_ui->appLineEdit->text().trimmed();
    o.database = m_ui->databaseComboBox->currentData().toString();
    o.plan = m_ui->databaseComboBox->currentData(DatabaseChoice::PlanRole).toString();
    o.targetVersion = m_ui->targetVersionComboBox->currentData().toString();
    m_wizard->setOptions(o);
    m_wizard->setCopyRoute(essential());
    return true;
}

} // namespace hpg

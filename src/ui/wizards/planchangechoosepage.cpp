#include "planchangechoosepage.h"

#include "core/heroku/app.h"
#include "core/heroku/attachment.h"
#include "core/heroku/connectclient.h"
#include "core/heroku/connectconnection.h"
#include "core/heroku/databaseinfo.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/plan.h"
#include "core/heroku/platformclient.h"
#include "core/runbooks/copytonewdatabase.h"
#include "core/runbooks/planchange.h"
#include "core/threads/workerpool.h"
#include "databasechoice.h"
#include "planchangewizard.h"
#include "ui/dialogs/maintenancewindowdialog.h"

#include "ui_planchangechoosepage.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QLocale>
#include <QtConcurrent>

namespace hpg {

PlanChangeChoosePage::PlanChangeChoosePage(PlanChangeWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::PlanChangeChoosePage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("planChangeChoosePage"));
    setCommitPage(true);
    retranslate();
    connect(m_ui->appLineEdit, &QLineEdit::editingFinished, this, &PlanChangeChoosePage::load);
    connect(m_ui->databaseComboBox, &QComboBox::currentIndexChanged, this, &PlanChangeChoosePage::fillPlans);
    connect(m_ui->databaseComboBox, &QComboBox::currentIndexChanged, this, &PlanChangeChoosePage::loadSize);
    // Two choices on one page: each pair of radio buttons is exclusive on its own.
    auto *route = new QButtonGroup(this);
    route->addButton(m_ui->upgradeRouteRadioButton);
    route->addButton(m_ui->copyRouteRadioButton);
    auto *when = new QButtonGroup(this);
    when->addButton(m_ui->changeoverNowRadioButton);
    when->addButton(m_ui->changeoverWindowRadioButton);
    connect(m_ui->copyRouteRadioButton, &QRadioButton::toggled, this, &PlanChangeChoosePage::describe);
    connect(m_ui->changeoverWindowRadioButton, &QRadioButton::toggled, this, &PlanChangeChoosePage::describe);
    connect(m_ui->changeWindowPushButton, &QPushButton::clicked, this, &PlanChangeChoosePage::changeWindow);
    connect(m_ui->targetPlanComboBox, &QComboBox::currentIndexChanged, this, &PlanChangeChoosePage::describe);
    connect(m_ui->maintenanceModeCheckBox, &QCheckBox::toggled, this, &PlanChangeChoosePage::describe);
    connect(m_ui->followerSwitchInsteadPushButton, &QPushButton::clicked, m_wizard,
            [this] { m_wizard->useFollowerSwitchInstead(m_ui->appLineEdit->text().trimmed()); });
}

PlanChangeChoosePage::~PlanChangeChoosePage() = default;

void PlanChangeChoosePage::retranslate()
{
    setTitle(tr("Change Plan"));
    setSubTitle(tr("Choose the database and its new plan. hpgdesk takes the route the Dev Center recommends: "
                   "heroku addons:upgrade."));
    setButtonText(QWizard::CommitButton, tr("&Start"));
}

void PlanChangeChoosePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        describe();
    }
    QWizardPage::changeEvent(event);
}

void PlanChangeChoosePage::initializePage()
{
    if (m_ui->appLineEdit->text().isEmpty())
        m_ui->appLineEdit->setText(m_wizard->initialApp());
    if (m_wizard->copyRoute())
        m_ui->copyRouteRadioButton->setChecked(true);
    // The estimate uses the last copy on this account, when there is one (journals read off the UI thread).
    const QString dir = Journal::defaultDir(m_wizard->services().apiUrl);
    const QString account = m_wizard->services().account;
    auto *watcher = new QFutureWatcher<std::optional<Journal>>(this);
    connect(watcher, &QFutureWatcher<std::optional<Journal>>::finished, this, [this, watcher] {
        m_lastCopy = watcher->result();
        watcher->deleteLater();
        describe();
    });
    watcher->setFuture(
        QtConcurrent::run(workerPool(), [dir, account] { return CopyToNewDatabase::lastFinished(dir, account); }));
    load();
}

void PlanChangeChoosePage::loadSize()
{
    m_bytes = -1;
    m_window = {};
    const QString addon = m_ui->databaseComboBox->currentData(DatabaseChoice::AddonRole).toString();
    if (addon.isEmpty())
        return;
    if (Plan::tierOf(sourcePlan()) != Plan::Tier::Essential) {
        connect(
            m_wizard->services().data->maintenanceWindow(addon, this), &ApiCall::finished, this,
            [this, addon](const ApiResult &result) {
                if (result.ok() && m_ui->databaseComboBox->currentData(DatabaseChoice::AddonRole).toString() == addon) {
                    m_window = MaintenanceWindow::fromText(result.object().value(QStringLiteral("window")).toString());
                    describe();
                }
            });
    }
    connect(m_wizard->services().data->database(addon, this), &ApiCall::finished, this,
            [this, addon](const ApiResult &result) {
                if (result.ok() && m_ui->databaseComboBox->currentData(DatabaseChoice::AddonRole).toString() == addon) {
                    m_bytes = DatabaseInfo::fromJson(result.object()).numBytes;
                    describe();
                }
            });
}

void PlanChangeChoosePage::load()
{
    const QString app = m_ui->appLineEdit->text().trimmed();
    if (app.isEmpty() || app == m_loadedApp)
        return;
    m_loadedApp = app;
    m_ui->databaseComboBox->clear();
    m_ui->targetPlanComboBox->clear();
    m_ui->chooseStatusLabel->setText(tr("Loading the databases of %1…").arg(app));
    m_pending = 3;
    m_connections.clear();
    if (ConnectClient *connect = m_wizard->services().connect) {
        QObject::connect(connect->connections(app, this), &ApiCall::finished, this, [this](const ApiResult &result) {
            if (!result.ok())
                return; // no Heroku Connect on the app, or not readable: nothing to advise
            for (const ConnectConnection &c : ConnectConnection::listFromJson(result.object()))
                m_connections.append(c.name);
            describe();
        });
    }
    PlatformClient *platform = m_wizard->services().platform;
    connect(platform->attachments(app, this), &ApiCall::finished, this, &PlanChangeChoosePage::onAttachments);
    connect(platform->app(app, this), &ApiCall::finished, this, &PlanChangeChoosePage::onApp);
    auto plans = ApiRequest::get(QStringLiteral("/addon-services/heroku-postgresql/plans"));
    connect(platform->api()->send(plans.sdk(), this), &ApiCall::finished, this, &PlanChangeChoosePage::onPlans);
    emit completeChanged();
}

void PlanChangeChoosePage::onAttachments(const ApiResult &result)
{
    --m_pending;
    if (!result.ok()) {
        m_ui->chooseStatusLabel->setText(result.error.userText());
        return;
    }
    DatabaseChoice::fill(m_ui->databaseComboBox, Attachment::listFromJson(result.array()));
    fillPlans();
    loadSize();
}

void PlanChangeChoosePage::onApp(const ApiResult &result)
{
    --m_pending;
    if (result.ok()) {
        const App app = App::fromJson(result.object());
        m_appInSpace = app.inPrivateSpace();
        m_appShield = app.spaceShield;
    }
    fillPlans();
}

void PlanChangeChoosePage::onPlans(const ApiResult &result)
{
    --m_pending;
    m_plans.clear();
    m_cents.clear();
    for (const QJsonValue &plan : result.array()) {
        const QString name = plan[QStringLiteral("name")].toString();
        m_plans.append(name);
        if (plan[QStringLiteral("price")][QStringLiteral("cents")].isDouble())
            m_cents.insert(name, plan[QStringLiteral("price")][QStringLiteral("cents")].toInteger());
    }
    fillPlans();
}

QString PlanChangeChoosePage::sourcePlan() const
{
    return m_ui->databaseComboBox->currentData(DatabaseChoice::PlanRole).toString();
}

void PlanChangeChoosePage::fillPlans()
{
    if (m_pending > 0)
        return;
    const QString previous = m_ui->targetPlanComboBox->currentData().toString();
    m_ui->targetPlanComboBox->clear();
    // The plans the app can have (Private and Shield only in a Private Space), the current one left out.
    for (const QString &name : std::as_const(m_plans)) {
        const Plan::Tier tier = Plan::tierOf(name);
        const bool fits = m_appInSpace
            ? tier == (m_appShield ? Plan::Tier::Shield : Plan::Tier::Private)
            : (tier == Plan::Tier::Essential || tier == Plan::Tier::Standard || tier == Plan::Tier::Premium);
        if (fits && name != sourcePlan())
            m_ui->targetPlanComboBox->addItem(name.section(QLatin1Char(':'), 1), name);
    }
    const int index = m_ui->targetPlanComboBox->findData(previous);
    if (index >= 0)
        m_ui->targetPlanComboBox->setCurrentIndex(index);
    m_ui->chooseStatusLabel->clear();
    describe();
}

void PlanChangeChoosePage::changeWindow()
{
    const QString addon = m_ui->databaseComboBox->currentData(DatabaseChoice::AddonRole).toString();
    const QString name = m_ui->databaseComboBox->currentData().toString();
    auto *dialog = new MaintenanceWindowDialog(m_window, name, m_loadedApp, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, addon] {
        const MaintenanceWindow chosen = dialog->window();
        m_ui->chooseStatusLabel->setText(tr("Changing the maintenance window…"));
        ApiCall *call
            = m_wizard->services().data->setMaintenanceWindow(addon, MaintenanceWindow::dayName(chosen.dayOfWeek),
                                                              chosen.startUtc.toString(QStringLiteral("HH:mm")), this);
        connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
            if (!result.ok()) {
                m_ui->chooseStatusLabel->setText(result.error.userText());
                return;
            }
            m_ui->chooseStatusLabel->clear();
            m_window = MaintenanceWindow::fromText(result.object().value(QStringLiteral("window")).toString());
            describe();
        });
    });
    dialog->open();
}

QString PlanChangeChoosePage::connectAdvice(bool copy, bool fromEssential) const
{
    if (m_connections.isEmpty())
        return {};
    const QString names = QLocale().createSeparatedList(m_connections);
    if (!copy)
        return tr("Heroku Connect (%1): the Heroku Connect maintenance page says addons:upgrade works like an HA "
                  "failover, which Heroku Connect handles on its own. With maintenance mode, hpgdesk still pauses it "
                  "while the app is down and resumes it afterwards.")
            .arg(names);
    QString text = tr("Heroku Connect (%1): as the Heroku Connect maintenance page says for pg:copy, it is paused "
                      "together with maintenance mode and resumed when the app comes back.")
                       .arg(names);
    if (fromEssential)
        text += QStringLiteral("\n")
            + tr("From the Essential tier to another, the same page says the connection must be deleted and "
                 "created again on the new database afterwards.");
    return text;
}

bool PlanChangeChoosePage::crossesEssential() const
{
    const QString target = m_ui->targetPlanComboBox->currentData().toString();
    return !sourcePlan().isEmpty() && !target.isEmpty()
        && (Plan::tierOf(sourcePlan()) == Plan::Tier::Essential) != (Plan::tierOf(target) == Plan::Tier::Essential);
}

QString PlanChangeChoosePage::refusal() const
{
    const QString target = m_ui->targetPlanComboBox->currentData().toString();
    if (sourcePlan().isEmpty() || target.isEmpty())
        return {};
    if (!m_ui->copyRouteRadioButton->isChecked())
        return PlanChange::planRefusal(sourcePlan(), target, m_loadedApp);
    if (m_ui->databaseComboBox->currentData().toString() != QLatin1String("DATABASE"))
        return tr("The copy replaces the app's DATABASE_URL: choose the database attached as DATABASE.");
    return CopyToNewDatabase::planRefusal(sourcePlan(), target);
}

QString PlanChangeChoosePage::copyDescription(const QString &source, const QString &target) const
{
    QString text = tr("Route: heroku pg:copy, as the Dev Center gives for %1 to %2: a new database on %2 is created "
                      "while the app runs; then the app goes into maintenance mode (dynos scaled down, Heroku Connect "
                      "paused), the data is copied, checked and the copy becomes DATABASE_URL, and the app comes "
                      "back. The old database is kept; followers must be created again on the new one.")
                       .arg(source.section(QLatin1Char(':'), 1), target.section(QLatin1Char(':'), 1));
    if (m_bytes >= 0) {
        const auto estimate = CopyToNewDatabase::estimate(m_bytes, m_lastCopy ? &*m_lastCopy : nullptr);
        const QString size = QLocale().formattedDataSize(m_bytes);
        text += QStringLiteral("\n\n")
            + (estimate.measured
                   ? tr("Estimated down time for %1: %2 (the last copy on this account moved %3/s).")
                         .arg(size, CopyToNewDatabase::durationText(estimate.ms),
                              QLocale().formattedDataSize(qint64(estimate.bytesPerSecond)))
                   : tr("Estimated down time for %1: %2 (the Dev Center's rule of thumb: about 3 minutes per GB).")
                         .arg(size, CopyToNewDatabase::durationText(estimate.ms)));
    }
    return text;
}

void PlanChangeChoosePage::describe()
{
    const QString source = sourcePlan();
    const QString target = m_ui->targetPlanComboBox->currentData().toString();
    const bool ready = !source.isEmpty() && !target.isEmpty();
    const bool essential = Plan::tierOf(source) == Plan::Tier::Essential;
    // addons:upgrade cannot cross the Essential tier: that move is a copy (the Dev Center's route).
    const bool crossing = crossesEssential();
    m_ui->upgradeRouteRadioButton->setEnabled(!crossing);
    if (crossing && !m_ui->copyRouteRadioButton->isChecked())
        m_ui->copyRouteRadioButton->setChecked(true); // calls describe() again
    const bool copy = m_ui->copyRouteRadioButton->isChecked();
    // Standard and up on addons:upgrade: the changeover now, or in the window where Heroku runs it.
    const bool changeover = ready && !copy && !essential;
    const bool inWindow = changeover && m_ui->changeoverWindowRadioButton->isChecked();
    for (QWidget *w :
         { static_cast<QWidget *>(m_ui->changeoverWhenLabel), static_cast<QWidget *>(m_ui->changeoverNowRadioButton),
           static_cast<QWidget *>(m_ui->changeoverWindowRadioButton), static_cast<QWidget *>(m_ui->windowLabel),
           static_cast<QWidget *>(m_ui->changeWindowPushButton) })
        w->setVisible(changeover);
    m_ui->windowLabel->setText(m_window.isValid() || !m_window.text.isEmpty()
                                   ? tr("Window: %1").arg(m_window.describe())
                                   : tr("Reading the maintenance window…"));
    m_ui->windowLabel->setToolTip(m_window.text);
    m_ui->changeWindowPushButton->setEnabled(m_window.isValid());
    // A copy needs the app still: maintenance mode is part of it. In the window, Heroku runs the changeover.
    m_ui->maintenanceModeCheckBox->setEnabled(!copy && !inWindow);
    if (copy)
        m_ui->maintenanceModeCheckBox->setChecked(true);
    const QString why = refusal();
    QString text;
    if (!ready) {
        // nothing to say yet
    } else if (!why.isEmpty()) {
        text = why;
    } else if (copy) {
        text = copyDescription(source, target);
    } else if (essential) {
        text = tr("Route: heroku addons:upgrade. Within the Essential tier the change starts at once; the database "
                  "is read-only for a few minutes while it changes. With maintenance mode, the app does not fail "
                  "writes meanwhile.");
    } else if (inWindow) {
        text = tr("Route: heroku addons:upgrade, as the Dev Center recommends. Heroku prepares the new database "
                  "while the app runs, then runs the changeover itself in the maintenance window (%1); the app is "
                  "not put in maintenance mode by hpgdesk. The wizard waits until then; you can close it and resume "
                  "the run later.")
                   .arg(m_window.describe());
    } else {
        text = tr("Route: heroku addons:upgrade, as the Dev Center recommends. Heroku prepares the new database "
                  "while the app runs (this can take hours), then a changeover maintenance moves to it; followers "
                  "move with it. The app is down only during the changeover, usually less than a minute. Without "
                  "maintenance mode, the changeover needs the app name typed, as data:maintenances:run --confirm "
                  "does.");
    }
    if (ready && why.isEmpty()) {
        if (const QString advice = connectAdvice(copy, essential); !advice.isEmpty())
            text += QStringLiteral("\n\n") + advice;
    }
    m_ui->routeLabel->setText(text);
    // The price change as the API reports it (per month).
    if (ready && why.isEmpty() && m_cents.contains(source) && m_cents.contains(target)) {
        const auto dollars = [](qint64 cents) { // US dollars, written the US way in every language: $50.00
            return QLocale(QLocale::English, QLocale::UnitedStates).toCurrencyString(double(cents) / 100.0);
        };
        text += QStringLiteral("\n\n")
            + tr("Price: %1 a month now, %2 a month on the new plan.")
                  .arg(dollars(m_cents.value(source)), dollars(m_cents.value(target)));
        m_ui->routeLabel->setText(text);
    }
    const QString plan = target.section(QLatin1Char(':'), 1);
    const QString cli = copy ? QStringLiteral("heroku addons:create %1 -a %2 && heroku maintenance:on -a %2 && "
                                              "heroku pg:copy DATABASE_URL NEW -a %2 && heroku pg:promote NEW -a %2 && "
                                              "heroku maintenance:off -a %2")
                                   .arg(target, m_loadedApp)
                             : QStringLiteral("heroku addons:upgrade %1 %2 -a %3")
                                   .arg(m_ui->databaseComboBox->currentData().toString(), plan, m_loadedApp);
    m_ui->cliLabel->setText(ready && why.isEmpty() ? tr("Same as: %1").arg(cli) : QString());
    // The follower switch is the other route for Standard and up (to choose the moment of the switch).
    m_ui->followerSwitchInsteadPushButton->setVisible(ready && !essential && !copy && why.isEmpty());
    emit completeChanged();
}

bool PlanChangeChoosePage::isComplete() const
{
    return m_pending == 0 && m_ui->databaseComboBox->currentIndex() >= 0
        && m_ui->targetPlanComboBox->currentIndex() >= 0 && refusal().isEmpty();
}

bool PlanChangeChoosePage::validatePage()
{
    PlanChangeOptions options;
    options.app = m_ui->appLineEdit->text().trimmed();
    options.database = m_ui->databaseComboBox->currentData().toString();
    options.targetPlan = m_ui->targetPlanComboBox->currentData().toString();
    options.maintenanceMode = m_ui->maintenanceModeCheckBox->isChecked();
    options.inWindow = !m_ui->changeoverWindowRadioButton->isHidden() && m_ui->changeoverWindowRadioButton->isChecked();
    options.backupFirst = m_ui->backupFirstCheckBox->isChecked();
    m_wizard->setOptions(options);
    m_wizard->setCopyRoute(m_ui->copyRouteRadioButton->isChecked());
    return true;
}

} // namespace hpg

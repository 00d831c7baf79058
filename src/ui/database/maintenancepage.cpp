#include "maintenancepage.h"

#include "core/heroku/addon.h"
#include "core/heroku/apicall.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/plan.h"
#include "core/heroku/platformclient.h"
#include "ui/dialogs/maintenancewindowdialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace hpg {

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString utcTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

} // namespace

MaintenancePage::MaintenancePage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_intro(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_windowLabel(new QLabel(this))
    , m_changeWindow(new QPushButton(this))
    , m_weeks(new QSpinBox(this))
    , m_postpone(new QPushButton(this))
    , m_maintenanceMode(new QCheckBox(this))
    , m_runNow(new QPushButton(this))
    , m_cli(new QLabel(this))
    , m_historyLabel(new QLabel(this))
    , m_history(new QTableWidget(0, 4, this))
    , m_countdown(new QTimer(this))
{
    m_intro->setObjectName(QStringLiteral("maintenanceIntroLabel"));
    m_summary->setObjectName(QStringLiteral("maintenanceSummaryLabel"));
    m_windowLabel->setObjectName(QStringLiteral("maintenanceWindowLabel"));
    m_changeWindow->setObjectName(QStringLiteral("changeWindowPushButton"));
    m_weeks->setObjectName(QStringLiteral("postponeWeeksSpinBox"));
    m_postpone->setObjectName(QStringLiteral("postponePushButton"));
    m_maintenanceMode->setObjectName(QStringLiteral("maintenanceModeCheckBox"));
    m_runNow->setObjectName(QStringLiteral("runMaintenanceNowPushButton"));
    m_cli->setObjectName(QStringLiteral("maintenanceCliLabel"));
    m_history->setObjectName(QStringLiteral("maintenanceHistoryTable"));
    for (QLabel *label : { m_intro, m_summary, m_windowLabel, m_cli }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_weeks->setRange(1, 4);
    m_maintenanceMode->setChecked(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_summary);
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(m_windowLabel, 1);
    windowRow->addWidget(m_changeWindow);
    layout->addLayout(windowRow);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_weeks);
    actions->addWidget(m_postpone);
    actions->addSpacing(24);
    actions->addWidget(m_maintenanceMode);
    actions->addWidget(m_runNow);
    actions->addStretch(1);
    layout->addLayout(actions);
    layout->addWidget(m_cli);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 1);

    connect(m_changeWindow, &QPushButton::clicked, this, &MaintenancePage::changeWindow);
    connect(m_postpone, &QPushButton::clicked, this, &MaintenancePage::postpone);
    connect(m_runNow, &QPushButton::clicked, this, &MaintenancePage::confirmRunNow);
    connect(m_maintenanceMode, &QCheckBox::toggled, this, &MaintenancePage::describe);
    connect(m_weeks, &QSpinBox::valueChanged, this, &MaintenancePage::describe);
    m_countdown->setInterval(30000);
    connect(m_countdown, &QTimer::timeout, this, &MaintenancePage::describe);
    retranslate();
    describe();
}

MaintenancePage::~MaintenancePage() = default;

void MaintenancePage::retranslate()
{
    m_changeWindow->setText(tr("Change &Window…"));
    m_weeks->setSuffix(tr(" week(s)"));
    m_postpone->setText(tr("&Postpone"));
    m_maintenanceMode->setText(tr("With &maintenance mode (dynos scaled down, Heroku Connect paused)"));
    m_runNow->setText(tr("&Run Now…"));
    m_historyLabel->setText(tr("Past maintenances:"));
    m_history->setHorizontalHeaderLabels({ tr("Started"), tr("Duration"), tr("Reason"), tr("Status") });
}

void MaintenancePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        describe();
    }
    QWidget::changeEvent(event);
}

void MaintenancePage::showDatabase(const QString &app, const QString &addon, const QString &attachment)
{
    if (app == m_app && addon == m_addon)
        return;
    m_app = app;
    m_addon = addon;
    m_attachment = attachment.isEmpty() ? addon : attachment;
    refresh();
}

void MaintenancePage::refresh()
{
    if (m_addon.isEmpty())
        return;
    m_maintenance = {};
    m_window = {};
    m_addonId.clear();
    m_error.clear();
    m_history->setRowCount(0);
    m_pending = 1;
    const QString addon = m_addon;
    connect(PlatformClient(m_api).addon(addon, this), &ApiCall::finished, this, [this, addon](const ApiResult &r) {
        if (addon == m_addon)
            onAddon(r);
    });
    describe();
}

void MaintenancePage::onAddon(const ApiResult &result)
{
    --m_pending;
    if (!result.ok()) {
        m_error = result.error.userText();
        describe();
        emit loaded();
        return;
    }
    const Addon addon = Addon::fromJson(result.object());
    m_addonId = addon.id;
    m_essential = Plan::tierOf(addon.plan.name) == Plan::Tier::Essential;
    if (m_essential) {
        describe();
        emit loaded();
        return;
    }
    DataClient client(m_api);
    const QString id = m_addonId;
    m_pending = 3;
    connect(client.maintenance(id, this), &ApiCall::finished, this, [this, id](const ApiResult &r) {
        if (id != m_addonId)
            return;
        if (r.ok())
            m_maintenance = Maintenance::fromJson(r.object());
        else
            m_error = r.error.userText();
        finishedOne();
    });
    connect(client.maintenanceWindow(id, this), &ApiCall::finished, this, [this, id](const ApiResult &r) {
        if (id != m_addonId)
            return;
        if (r.ok())
            m_window = MaintenanceWindow::fromText(r.object().value(QStringLiteral("window")).toString());
        finishedOne();
    });
    connect(client.maintenanceHistory(id, 10, this), &ApiCall::finished, this, [this, id](const ApiResult &r) {
        if (id != m_addonId)
            return;
        fillHistory(r.ok() ? Maintenance::listFromJson(r.object()) : QList<Maintenance>());
        finishedOne();
    });
}

void MaintenancePage::finishedOne()
{
    if (--m_pending > 0)
        return;
    m_countdown->start();
    describe();
    emit loaded();
}

void MaintenancePage::fillHistory(const QList<Maintenance> &history)
{
    m_history->setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const Maintenance &m = history.at(row);
        auto *started = new QTableWidgetItem(localTime(m.startedAt));
        started->setToolTip(utcTime(m.startedAt));
        m_history->setItem(row, 0, started);
        m_history->setItem(row, 1,
                           new QTableWidgetItem(m.durationSeconds >= 0 ? tr("%n s", nullptr, m.durationSeconds)
                                                                       : QString()));
        m_history->setItem(row, 2, new QTableWidgetItem(m.reasonText()));
        m_history->setItem(row, 3, new QTableWidgetItem(m.statusText()));
    }
    m_history->resizeColumnsToContents();
}

void MaintenancePage::describe()
{
    const bool ready = m_pending == 0 && !m_addonId.isEmpty();
    const bool full = ready && !m_essential;
    for (QWidget *w : std::initializer_list<QWidget *> { m_summary, m_windowLabel, m_changeWindow, m_weeks, m_postpone,
                                                         m_maintenanceMode, m_runNow, m_cli, m_historyLabel,
                                                         m_history })
        w->setVisible(full);
    if (!m_error.isEmpty()) {
        m_intro->setText(m_error);
        return;
    }
    if (m_addon.isEmpty() || !ready) {
        m_intro->setText(m_addon.isEmpty() ? QString() : tr("Reading the maintenance of %1…").arg(m_addon));
        return;
    }
    if (m_essential) {
        m_intro->setText(tr("%1 is an Essential-tier database: maintenance windows do not apply. Heroku maintains "
                            "Essential databases on its own, without a window.")
                             .arg(m_addon));
        return;
    }
    m_intro->setText(tr("Maintenance of %1 (%2 on %3).").arg(m_addon, m_attachment, m_app));
    QStringList lines { tr("Status: %1").arg(m_maintenance.statusText()) };
    if (m_maintenance.isScheduled() && m_maintenance.scheduledFor.isValid()) {
        const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(m_maintenance.scheduledFor);
        QString in;
        if (seconds <= 0)
            in = tr("due now");
        else if (seconds < 3600)
            in = tr("in %n min", nullptr, int((seconds + 59) / 60));
        else if (seconds < 2 * 86400)
            in = tr("in %n h", nullptr, int(seconds / 3600));
        else
            in = tr("in %n days", nullptr, int(seconds / 86400));
        lines.append(tr("Scheduled for %1 (%2), %3.").arg(localTime(m_maintenance.scheduledFor),
                                                          utcTime(m_maintenance.scheduledFor), in));
    }
    if (m_maintenance.requiredBy.isValid())
        lines.append(tr("Required by %1 (%2).").arg(localTime(m_maintenance.requiredBy),
                                                    utcTime(m_maintenance.requiredBy)));
    if (!m_maintenance.reason.isEmpty())
        lines.append(tr("Reason: %1.").arg(m_maintenance.reasonText()));
    if (m_maintenance.isRunning())
        lines.append(tr("Running since %1.").arg(localTime(m_maintenance.startedAt)));
    if (m_maintenance.status == QLatin1String("preparing"))
        lines.append(tr("Heroku is preparing it; it can be run once it is ready."));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_windowLabel->setText(tr("Window: %1").arg(m_window.describe()));
    m_windowLabel->setToolTip(m_window.text);
    m_changeWindow->setEnabled(m_window.isValid());
    const bool runnable = m_maintenance.status == QLatin1String("ready") || m_maintenance.status == QLatin1String("pending");
    m_postpone->setEnabled(m_maintenance.isScheduled());
    m_weeks->setEnabled(m_maintenance.isScheduled());
    m_runNow->setEnabled(runnable);
    m_maintenanceMode->setEnabled(runnable);
    const QString run = m_maintenanceMode->isChecked()
        ? QStringLiteral("heroku maintenance:on -a %2 && heroku data:maintenances:run %1 -a %2 --wait && heroku "
                         "maintenance:off -a %2")
              .arg(m_attachment, m_app)
        : QStringLiteral("heroku data:maintenances:run %1 -a %2 --confirm %2 --wait").arg(m_attachment, m_app);
    m_cli->setText(tr("Same as: %1").arg(run) + QLatin1Char('\n')
                   + tr("Postpone: %1")
                         .arg(QStringLiteral("heroku data:maintenances:schedule %1 --weeks %2 -a %3")
                                  .arg(m_attachment)
                                  .arg(m_weeks->value())
                                  .arg(m_app)));
}

void MaintenancePage::refreshAfter(ApiCall *change)
{
    connect(change, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (!result.ok()) {
            m_error = result.error.userText(); // Heroku's message and Request-Id
            m_postpone->setEnabled(m_maintenance.isScheduled()); // what was shown still stands: try again
            describe();
            emit loaded();
            return;
        }
        refresh();
    });
}

void MaintenancePage::changeWindow()
{
    auto *dialog = new MaintenanceWindowDialog(m_window, m_attachment, m_app, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const MaintenanceWindow chosen = dialog->window();
        if (const QString refusal = m_maintenance.windowRefusal(chosen, QDateTime::currentDateTimeUtc());
            !refusal.isEmpty()) {
            m_error = refusal; // checked here as the CLI's docs say; the API refuses it too
            describe();
            return;
        }
        refreshAfter(DataClient(m_api).setMaintenanceWindow(m_addonId, MaintenanceWindow::dayName(chosen.dayOfWeek),
                                                            chosen.startUtc.toString(QStringLiteral("HH:mm")), this));
    });
    dialog->open();
}

void MaintenancePage::postpone()
{
    m_postpone->setEnabled(false);
    refreshAfter(DataClient(m_api).scheduleMaintenance(m_addonId, m_weeks->value(), this));
}

void MaintenancePage::confirmRunNow()
{
    RunMaintenanceOptions options;
    options.app = m_app;
    options.database = m_attachment;
    options.maintenanceMode = m_maintenanceMode->isChecked();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Run the Maintenance Now"),
                                options.maintenanceMode
                                    ? tr("Run the maintenance of %1 now? %2 goes into maintenance mode and its dynos "
                                         "are stopped until the maintenance has finished, usually a few minutes.")
                                          .arg(m_addon, m_app)
                                    : tr("Run the maintenance of %1 now, without maintenance mode? %2 keeps running "
                                         "and its requests fail while the database restarts; you will be asked to "
                                         "type the app name.")
                                          .arg(m_addon, m_app),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("runMaintenanceBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *run = box->addButton(tr("Run Now"), QMessageBox::AcceptRole);
    run->setObjectName(QStringLiteral("runMaintenanceConfirmButton"));
    connect(box, &QMessageBox::buttonClicked, this, [this, run, options](QAbstractButton *clicked) {
        if (clicked == run)
            emit runNowRequested(options);
    });
    box->open();
}

} // namespace hpg

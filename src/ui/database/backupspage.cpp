#include "backupspage.h"

#include "core/backups/backupcenter.h"
#include "core/backups/backupdownload.h"
#include "core/settings/languagemanager.h"
#include "ui/dialogs/backupscheduledialog.h"
#include "ui/dialogs/typedconfirmationdialog.h"
#include "ui/widgets/appearance.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hpg {

namespace {

QString when(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString duration(const Transfer &t)
{
    if (!t.startedAt.isValid())
        return {};
    const qint64 seconds = t.startedAt.secsTo(t.isFinished() ? t.finishedAt : QDateTime::currentDateTimeUtc());
    return seconds < 60 ? BackupsPage::tr("%n s", nullptr, int(seconds))
                        : BackupsPage::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QTableWidgetItem *item(const QString &text, const QString &tooltip = {})
{
    auto *cell = new QTableWidgetItem(text);
    cell->setToolTip(tooltip.isEmpty() ? text : tooltip);
    return cell;
}

QTableWidget *table(QWidget *parent, int columns, const char *name)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(QLatin1String(name));
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

BackupsPage::BackupsPage(ApiClient *api, const AuditLog *audit, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_center(new BackupCenter(api, audit, this))
    , m_intro(new QLabel(this))
    , m_scheduleLabel(new QLabel(this))
    , m_schedule(new QPushButton(this))
    , m_unschedule(new QPushButton(this))
    , m_capture(new QPushButton(this))
    , m_downloadButton(new QPushButton(this))
    , m_restore(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_backups(table(this, 6, "backupsTable"))
    , m_restoresLabel(new QLabel(this))
    , m_restores(table(this, 5, "restoresTable"))
    , m_cli(new QLabel(this))
{
    m_intro->setObjectName(QStringLiteral("backupsIntroLabel"));
    m_scheduleLabel->setObjectName(QStringLiteral("backupScheduleLabel"));
    m_schedule->setObjectName(QStringLiteral("scheduleBackupsPushButton"));
    m_unschedule->setObjectName(QStringLiteral("unscheduleBackupsPushButton"));
    m_capture->setObjectName(QStringLiteral("captureBackupPushButton"));
    m_downloadButton->setObjectName(QStringLiteral("downloadBackupPushButton"));
    m_restore->setObjectName(QStringLiteral("restoreBackupPushButton"));
    m_cancel->setObjectName(QStringLiteral("cancelBackupPushButton"));
    m_delete->setObjectName(QStringLiteral("deleteBackupPushButton"));
    m_status->setObjectName(QStringLiteral("backupsStatusLabel"));
    m_progress->setObjectName(QStringLiteral("downloadProgressBar"));
    m_cli->setObjectName(QStringLiteral("backupsCliLabel"));
    for (QLabel *label : { m_intro, m_scheduleLabel, m_status, m_cli }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_progress->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_scheduleLabel, 1);
    scheduleRow->addWidget(m_schedule);
    scheduleRow->addWidget(m_unschedule);
    layout->addLayout(scheduleRow);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : { m_capture, m_downloadButton, m_restore, m_cancel, m_delete })
        actions->addWidget(button);
    actions->addStretch(1);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_backups, 2);
    layout->addWidget(m_restoresLabel);
    layout->addWidget(m_restores, 1);
    layout->addWidget(m_cli);

    connect(m_center, &BackupCenter::changed, this, &BackupsPage::fill);
    connect(m_center, &BackupCenter::failed, this, [this](const QString &message) { showStatus(message, false); });
    connect(m_center, &BackupCenter::done, this, [this](const QString &message) { showStatus(message, true); });
    connect(m_capture, &QPushButton::clicked, m_center, &BackupCenter::capture);
    connect(m_downloadButton, &QPushButton::clicked, this, &BackupsPage::download);
    connect(m_restore, &QPushButton::clicked, this, &BackupsPage::confirmRestore);
    connect(m_delete, &QPushButton::clicked, this, &BackupsPage::confirmDelete);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (const Transfer *backup = selectedBackup())
            m_center->cancel(*backup);
    });
    connect(m_schedule, &QPushButton::clicked, this, &BackupsPage::editSchedule);
    connect(m_unschedule, &QPushButton::clicked, this, [this] {
        if (!m_center->schedules().isEmpty())
            m_center->unschedule(m_center->schedules().first());
    });
    connect(m_backups, &QTableWidget::itemSelectionChanged, this, &BackupsPage::updateActions);
    retranslate();
    fill();
}

BackupsPage::~BackupsPage() = default;

void BackupsPage::retranslate()
{
    m_intro->setText(tr("Backups of the databases of this app (pg:backups). Capture one before any risky change; "
                        "a backup can be downloaded or restored into any database of the app."));
    m_schedule->setText(tr("&Schedule…"));
    m_unschedule->setText(tr("&Unschedule"));
    m_capture->setText(tr("&Capture Backup"));
    m_downloadButton->setText(m_download ? tr("S&top Download") : tr("&Download…"));
    m_restore->setText(tr("&Restore…"));
    m_cancel->setText(tr("Ca&ncel Backup"));
    m_delete->setText(tr("De&lete…"));
    m_restoresLabel->setText(tr("Restores:"));
    m_backups->setHorizontalHeaderLabels(
        { tr("Backup"), tr("Created"), tr("Status"), tr("Size"), tr("Duration"), tr("Database") });
    m_restores->setHorizontalHeaderLabels({ tr("Restore"), tr("Started"), tr("Status"), tr("Size"), tr("Into") });
}

void BackupsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QWidget::changeEvent(event);
}

void BackupsPage::showDatabase(const QString &app, const QString &addonId, const QString &attachment)
{
    if (app == m_center->app() && attachment == m_center->attachment())
        return;
    m_status->clear();
    m_center->show(app, addonId, attachment);
}

const Transfer *BackupsPage::selectedBackup() const
{
    const QList<QTableWidgetItem *> selected = m_backups->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const int num = selected.first()->data(Qt::UserRole).toInt();
    for (const Transfer &t : m_center->backups()) {
        if (t.num == num)
            return &t;
    }
    return nullptr;
}

void BackupsPage::fill()
{
    const Transfer *selected = selectedBackup();
    const int selectedNum = selected ? selected->num : 0;
    const QLocale locale;
    m_backups->setRowCount(int(m_center->backups().size()));
    int row = 0;
    for (const Transfer &t : m_center->backups()) {
        auto *name = item(t.name(), t.scheduled ? tr("Scheduled backup") : tr("Manual backup"));
        name->setData(Qt::UserRole, t.num);
        m_backups->setItem(row, 0, name);
        m_backups->setItem(row, 1, item(when(t.createdAt), t.createdAt.toString(Qt::ISODate)));
        m_backups->setItem(row, 2, item(BackupCenter::statusText(t)));
        m_backups->setItem(row, 3, item(locale.formattedDataSize(t.processedBytes)));
        m_backups->setItem(row, 4, item(duration(t)));
        m_backups->setItem(row, 5, item(t.fromName));
        if (t.num == selectedNum)
            m_backups->selectRow(row);
        ++row;
    }
    m_restores->setRowCount(int(m_center->restores().size()));
    row = 0;
    for (const Transfer &t : m_center->restores()) {
        m_restores->setItem(row, 0, item(t.name(), t.fromName));
        m_restores->setItem(row, 1, item(when(t.startedAt)));
        m_restores->setItem(row, 2, item(BackupCenter::statusText(t)));
        m_restores->setItem(row, 3, item(locale.formattedDataSize(t.processedBytes)));
        m_restores->setItem(row, 4, item(t.toName));
        ++row;
    }
    QStringList schedules;
    for (const BackupSchedule &s : m_center->schedules())
        schedules.append(BackupCenter::scheduleText(s));
    m_scheduleLabel->setText(schedules.isEmpty() ? tr("No daily backups are scheduled for this app.")
                                                 : tr("Daily backups: %1").arg(LanguageManager::joinList(schedules)));
    if (m_backups->rowCount() > 0 && m_backups->selectedItems().isEmpty())
        m_backups->selectRow(0);
    updateActions();
    if (!m_center->loading())
        emit loaded();
}

void BackupsPage::updateActions()
{
    const Transfer *backup = selectedBackup();
    const bool shown = !m_center->app().isEmpty();
    const bool completed = backup && backup->state() == Transfer::State::Completed;
    m_capture->setEnabled(shown);
    // While a download runs, the button stops it (the .part file stays: Download… resumes it).
    m_downloadButton->setText(m_download ? tr("S&top Download") : tr("&Download…"));
    m_downloadButton->setEnabled(m_download || completed);
    m_restore->setEnabled(completed && !m_center->databases().isEmpty());
    m_cancel->setEnabled(backup && !backup->isFinished());
    m_delete->setEnabled(backup && backup->isFinished());
    m_schedule->setEnabled(shown);
    m_unschedule->setEnabled(!m_center->schedules().isEmpty());
    if (backup)
        m_cli->setText(tr("The same with the Heroku CLI: %1")
                           .arg(m_center->captureCli() + QStringLiteral("; ") + m_center->downloadCli(*backup)));
    else
        m_cli->setText(tr("The same with the Heroku CLI: %1").arg(m_center->captureCli()));
}

void BackupsPage::showStatus(const QString &text, bool ok)
{
    m_status->setText(text);
    m_status->setStyleSheet(ok ? QString() : Appearance::errorLabelStyle(palette()));
    m_status->setProperty("failed", !ok);
}

void BackupsPage::download()
{
    if (m_download) {
        m_download->cancel();
        m_download->deleteLater();
        m_download = nullptr;
        m_progress->hide();
        showStatus(tr("The download of %1 was stopped; Download… to the same file resumes it.").arg(m_downloadingName),
                   true);
        updateActions();
        return;
    }
    const Transfer *backup = selectedBackup();
    if (!backup)
        return;
    auto *dialog = new QFileDialog(this, tr("Download Backup %1").arg(backup->name()), QString(),
                                   tr("PostgreSQL custom-format backups (*.dump)"));
    dialog->setObjectName(QStringLiteral("downloadBackupFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("dump"));
    dialog->selectFile(QStringLiteral("%1-%2.dump").arg(m_center->app(), backup->name()));
    connect(dialog, &QFileDialog::fileSelected, this, &BackupsPage::downloadTo);
    dialog->open();
}

void BackupsPage::downloadTo(const QString &path)
{
    const Transfer *backup = selectedBackup();
    if (!backup || m_download)
        return;
    m_downloadingName = backup->name();
    const qint64 resume = BackupDownload::resumableBytes(path);
    m_download = new BackupDownload(m_api, m_center->app(), backup->num, backup->processedBytes, path, this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    showStatus(resume > 0 ? tr("Resuming the download of %1 at %2…")
                                .arg(m_downloadingName, QLocale().formattedDataSize(resume))
                          : tr("Downloading %1…").arg(m_downloadingName),
               true);
    connect(m_download, &BackupDownload::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
        m_progress->setFormat(tr("%1 of %2").arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
    });
    connect(m_download, &BackupDownload::finished, this, [this, path](bool ok, const QString &error) {
        m_progress->hide();
        showStatus(ok ? tr("Backup %1 was saved to %2; its size was checked.")
                            .arg(m_downloadingName, QDir::toNativeSeparators(path))
                      : error,
                   ok);
        m_download->deleteLater();
        m_download = nullptr;
        updateActions();
    });
    m_download->start();
    updateActions();
}

void BackupsPage::confirmRestore()
{
    const Transfer *selected = selectedBackup();
    if (!selected || m_center->databases().isEmpty())
        return;
    const Transfer backup = *selected;
    QStringList names;
    for (const Addon &addon : m_center->databases())
        names.append(addon.name);
    auto *chooser = new QInputDialog(this);
    chooser->setObjectName(QStringLiteral("restoreTargetDialog"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setWindowTitle(tr("Restore Backup %1").arg(backup.name()));
    chooser->setLabelText(tr("Restore into which database of %1? Its data will be replaced.").arg(m_center->app()));
    chooser->setComboBoxItems(names);
    chooser->setOkButtonText(tr("&Next…"));
    connect(chooser, &QInputDialog::textValueSelected, this, [this, backup](const QString &name) {
        Addon target;
        for (const Addon &addon : m_center->databases()) {
            if (addon.name == name)
                target = addon;
        }
        if (target.id.isEmpty())
            return;
        showStatus(tr("Reading what %1 holds now…").arg(target.name), true);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_center, &BackupCenter::targetDescribed, this,
                              [this, backup, target, connection](const QString &id, const QString &holds) {
                                  if (id != target.id)
                                      return;
                                  disconnect(*connection);
                                  m_status->clear();
                                  auto *dialog = new TypedConfirmationDialog(
                                      tr("Restore Backup %1").arg(backup.name()),
                                      BackupCenter::restoreWarning(backup, target, holds),
                                      m_center->restoreCli(backup, target), m_center->app(), this);
                                  dialog->setConfirmText(tr("Restore"));
                                  dialog->setAttribute(Qt::WA_DeleteOnClose);
                                  connect(dialog, &QDialog::accepted, this,
                                          [this, backup, target] { m_center->restore(backup, target); });
                                  dialog->open();
                              });
        m_center->describeTarget(target);
    });
    chooser->open();
}

void BackupsPage::confirmDelete()
{
    const Transfer *selected = selectedBackup();
    if (!selected)
        return;
    const Transfer backup = *selected;
    auto *dialog = new TypedConfirmationDialog(
        tr("Delete Backup %1").arg(backup.name()),
        tr("Backup %1 of %2, taken %3, will be deleted for good.").arg(backup.name(), backup.fromName, when(backup.createdAt)),
        m_center->deleteCli(backup), m_center->app(), this);
    dialog->setConfirmText(tr("Delete"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, backup] { m_center->remove(backup); });
    dialog->open();
}

void BackupsPage::editSchedule()
{
    auto *dialog = new BackupScheduleDialog(
        [center = m_center](int hour, const QString &timezone) { return center->scheduleCli(hour, timezone); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_center->schedule(dialog->hour(), dialog->timezone()); });
    dialog->open();
}

} // namespace hpg

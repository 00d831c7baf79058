#include "maintenancecalendardialog.h"

#include "core/fleet/icalendar.h"
#include "core/fleet/maintenancefleet.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hpg {

namespace {

enum Column { TeamColumn, AppColumn, DatabaseColumn, PlanColumn, StatusColumn, NextColumn, RequiredColumn,
              WindowColumn, ColumnCount };
constexpr int kSortRole = Qt::UserRole + 1; // times as UTC ISO text, so that columns sort by time
constexpr int kRequiredRole = Qt::UserRole + 2; // QDateTime
constexpr int kKeyRole = Qt::UserRole + 3;

QStandardItem *timeItem(const QDateTime &utc)
{
    auto *item = new QStandardItem(utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat)
                                                 : QString());
    item->setToolTip(utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString());
    item->setData(utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString(), kSortRole);
    return item;
}

} // namespace

// Text in any column, and "required within N days" (0: every database).
class MaintenanceFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setWithinDays(int days)
    {
        m_days = days;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_days > 0) {
            const QDateTime required
                = sourceModel()->index(row, RequiredColumn, parent).data(kRequiredRole).toDateTime();
            if (!required.isValid() || QDateTime::currentDateTimeUtc().daysTo(required) > m_days)
                return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    int m_days = 0;
};

MaintenanceCalendarDialog::MaintenanceCalendarDialog(ApiClient *api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_fleet(new MaintenanceFleet(api, this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_filter(new MaintenanceFilter(this))
    , m_table(new QTableView(this))
    , m_filterEdit(new QLineEdit(this))
    , m_within(new QSpinBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_reload(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("maintenanceCalendarDialog"));
    m_table->setObjectName(QStringLiteral("maintenanceCalendarTable"));
    m_filterEdit->setObjectName(QStringLiteral("calendarFilterLineEdit"));
    m_within->setObjectName(QStringLiteral("requiredWithinSpinBox"));
    m_progress->setObjectName(QStringLiteral("calendarProgressBar"));
    m_status->setObjectName(QStringLiteral("calendarStatusLabel"));
    m_reload->setObjectName(QStringLiteral("calendarReloadPushButton"));
    m_cancel->setObjectName(QStringLiteral("calendarCancelPushButton"));
    m_export->setObjectName(QStringLiteral("exportICalendarPushButton"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(kSortRole);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequiredColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_within->setRange(0, 365);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_within);
    top->addWidget(m_reload);
    top->addWidget(m_cancel);
    top->addWidget(m_export);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress);
    bottom->addWidget(m_status, 1);
    layout->addLayout(bottom);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_within, &QSpinBox::valueChanged, this, [this](int days) { m_filter->setWithinDays(days); });
    connect(m_reload, &QPushButton::clicked, this, &MaintenanceCalendarDialog::reload);
    connect(m_cancel, &QPushButton::clicked, m_fleet, &MaintenanceFleet::cancel);
    connect(m_export, &QPushButton::clicked, this, &MaintenanceCalendarDialog::exportCalendar);
    connect(m_fleet, &MaintenanceFleet::databaseFound, this, &MaintenanceCalendarDialog::addRow);
    connect(m_fleet, &MaintenanceFleet::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_fleet, &MaintenanceFleet::finished, this, &MaintenanceCalendarDialog::onFinished);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openDatabase(index.siblingAtColumn(DatabaseColumn).data(kKeyRole).toString());
    });
    retranslate();
    resize(1100, 560);
}

MaintenanceCalendarDialog::~MaintenanceCalendarDialog() = default;

void MaintenanceCalendarDialog::retranslate()
{
    setWindowTitle(tr("Maintenance Calendar"));
    m_filterEdit->setPlaceholderText(tr("Filter by team, app, database, plan or status"));
    m_within->setPrefix(tr("Required within "));
    m_within->setSuffix(tr(" days"));
    m_within->setSpecialValueText(tr("Any required-by date"));
    m_reload->setText(tr("&Reload"));
    m_cancel->setText(tr("&Cancel Reading"));
    m_export->setText(tr("&Export iCalendar…"));
    m_model->setHorizontalHeaderLabels({ tr("Team"), tr("App"), tr("Database"), tr("Plan"), tr("Status"),
                                         tr("Next Maintenance"), tr("Required By"), tr("Window (Local Time)") });
}

void MaintenanceCalendarDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MaintenanceCalendarDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_asOf.isValid() && !m_fleet->isRunning())
        reload();
}

void MaintenanceCalendarDialog::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    m_status->setText(tr("Reading the databases of the account…"));
    m_cancel->setEnabled(true);
    m_reload->setEnabled(false);
    m_fleet->start();
}

void MaintenanceCalendarDialog::addRow(const FleetDatabase &d)
{
    QList<QStandardItem *> row;
    row << new QStandardItem(d.team) << new QStandardItem(d.app);
    auto *database = new QStandardItem(d.addon);
    database->setData(QStringLiteral("db:%1/%2").arg(d.app, d.addon), kKeyRole);
    row << database << new QStandardItem(d.plan.section(QLatin1Char(':'), 1));
    row << new QStandardItem(d.tier == Plan::Tier::Essential ? tr("Essential: no window") : d.maintenance.statusText());
    row << timeItem(d.maintenance.isScheduled() ? d.maintenance.scheduledFor : QDateTime());
    QStandardItem *required = timeItem(d.maintenance.isScheduled() ? d.maintenance.requiredBy : QDateTime());
    required->setData(d.maintenance.isScheduled() ? d.maintenance.requiredBy : QDateTime(), kRequiredRole);
    row << required;
    auto *window = new QStandardItem(d.hasWindow() ? d.window.describe() : QString());
    window->setToolTip(d.window.text);
    row << window;
    for (QStandardItem *item : std::as_const(row)) {
        if (!item->data(kSortRole).isValid())
            item->setData(item->text(), kSortRole);
    }
    m_model->appendRow(row);
}

void MaintenanceCalendarDialog::onFinished()
{
    m_cancel->setEnabled(false);
    m_reload->setEnabled(true);
    m_table->resizeColumnsToContents();
    m_asOf = QDateTime::currentDateTime();
    const QString asOf = tr("%n database(s), as of %1.", nullptr, m_model->rowCount())
                             .arg(QLocale().toString(m_asOf, QLocale::ShortFormat));
    m_status->setText(m_fleet->error().isEmpty() ? asOf : asOf + QLatin1Char('\n') + m_fleet->error());
}

void MaintenanceCalendarDialog::exportCalendar()
{
    auto *dialog = new QFileDialog(this, tr("Export iCalendar"), QString(), tr("iCalendar files (*.ics)"));
    dialog->setObjectName(QStringLiteral("exportICalendarFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("ics"));
    dialog->selectFile(QStringLiteral("heroku-postgres-maintenance.ics"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ICalendar::fromFleet(m_fleet->databases(),
                                                                                QDateTime::currentDateTimeUtc()))
                < 0) {
            m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
            return;
        }
        m_status->setText(tr("Exported to %1.").arg(path));
    });
    dialog->open();
}

} // namespace hpg

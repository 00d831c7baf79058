#include "maintenancecalendardialog.h"

#include "core/fleet/icalendar.h"
#include "core/fleet/maintenancefleet.h"
#include "core/stall/operationscope.h"
#include "ui/widgets/maintenancecalendarview.h"

#include <QButtonGroup>
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
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hpg {

namespace {

enum Column {
    TeamColumn,
    AppColumn,
    DatabaseColumn,
    PlanColumn,
    StatusColumn,
    NextColumn,
    RequiredColumn,
    WindowColumn,
    ColumnCount
};
constexpr int kSortRole = Qt::UserRole + 1; // times as UTC ISO text, so that columns sort by time
constexpr int kRequiredRole = Qt::UserRole + 2; // QDateTime
constexpr int kKeyRole = Qt::UserRole + 3;
constexpr int kAddQueuedMs = 200; // how long found databases wait to be added together
constexpr qsizetype kRowsPerBatch = 100; // about 2 ms of rows (the sorting proxy places each one)

QStandardItem *timeItem(const QDateTime &utc)
{
    auto *item
        = new QStandardItem(utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString());
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
    , m_tabs(new QTabWidget(this))
    , m_view(new MaintenanceCalendarView(this))
    , m_week(new QToolButton(this))
    , m_month(new QToolButton(this))
    , m_previous(new QToolButton(this))
    , m_today(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_range(new QLabel(this))
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
    m_tabs->setObjectName(QStringLiteral("calendarViewsTabWidget"));
    m_week->setObjectName(QStringLiteral("calendarWeekToolButton"));
    m_month->setObjectName(QStringLiteral("calendarMonthToolButton"));
    m_previous->setObjectName(QStringLiteral("calendarPreviousToolButton"));
    m_today->setObjectName(QStringLiteral("calendarTodayToolButton"));
    m_next->setObjectName(QStringLiteral("calendarNextToolButton"));
    m_range->setObjectName(QStringLiteral("calendarRangeLabel"));
    for (QToolButton *button : { m_week, m_month }) {
        button->setCheckable(true);
        button->setAutoRaise(true);
    }
    m_week->setChecked(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_week);
    modes->addButton(m_month);
    m_viewUpdate.setSingleShot(true);
    m_viewUpdate.setInterval(50);
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
    m_addQueued.setSingleShot(true);
    m_longest.reset(ColumnCount);
    m_within->setRange(0, 365);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_within);
    top->addWidget(m_reload);
    top->addWidget(m_cancel);
    top->addWidget(m_export);
    layout->addLayout(top);
    auto *calendar = new QWidget(this);
    auto *calendarLayout = new QVBoxLayout(calendar);
    auto *navigation = new QHBoxLayout;
    for (QToolButton *button : { m_week, m_month, m_previous, m_today, m_next })
        navigation->addWidget(button);
    navigation->addSpacing(12);
    navigation->addWidget(m_range, 1);
    calendarLayout->addLayout(navigation);
    calendarLayout->addWidget(m_view, 1);
    m_tabs->addTab(m_table, QString());
    m_tabs->addTab(calendar, QString());
    layout->addWidget(m_tabs, 1);
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
    connect(m_fleet, &MaintenanceFleet::databaseFound, this, &MaintenanceCalendarDialog::queueRow);
    connect(&m_addQueued, &QTimer::timeout, this, &MaintenanceCalendarDialog::addQueuedRows);
    connect(m_fleet, &MaintenanceFleet::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_fleet, &MaintenanceFleet::finished, this, &MaintenanceCalendarDialog::onFinished);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openDatabase(index.siblingAtColumn(DatabaseColumn).data(kKeyRole).toString());
    });
    connect(m_week, &QToolButton::clicked, this, [this] { m_view->setMode(MaintenanceCalendarView::Mode::Week); });
    connect(m_month, &QToolButton::clicked, this, [this] { m_view->setMode(MaintenanceCalendarView::Mode::Month); });
    connect(m_previous, &QToolButton::clicked, m_view, &MaintenanceCalendarView::previous);
    connect(m_today, &QToolButton::clicked, m_view, &MaintenanceCalendarView::showToday);
    connect(m_next, &QToolButton::clicked, m_view, &MaintenanceCalendarView::next);
    connect(m_view, &MaintenanceCalendarView::rangeChanged, this, &MaintenanceCalendarDialog::updateViewTitle);
    connect(m_view, &MaintenanceCalendarView::openDatabase, this, &MaintenanceCalendarDialog::openDatabase);
    // The drawn calendar shows the rows the table shows (the same filters), redrawn once per burst.
    connect(&m_viewUpdate, &QTimer::timeout, this, &MaintenanceCalendarDialog::updateView);
    const auto later = [this] {
        m_viewUpdate.start();
    };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, later);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, later);
    connect(m_filter, &QAbstractItemModel::modelReset, this, later);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, later);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MaintenanceCalendarDialog::updateView);
    retranslate();
    resize(1100, 620);
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
    m_tabs->setTabText(0, tr("&List"));
    m_tabs->setTabText(1, tr("C&alendar"));
    m_week->setText(tr("&Week"));
    m_month->setText(tr("&Month"));
    m_previous->setText(tr("Previous"));
    m_today->setText(tr("&Today"));
    m_next->setText(tr("Next"));
    m_previous->setToolTip(tr("The week or month before"));
    m_next->setToolTip(tr("The week or month after"));
    updateViewTitle();
    describeAsOf(); // in the language now shown
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
    if (!m_asOf.isValid() && !m_fleet->isRunning() && !m_finishing)
        reload();
}

void MaintenanceCalendarDialog::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    m_rows.clear();
    m_queued.clear();
    m_addQueued.stop();
    m_finishing = false;
    m_longest.reset(ColumnCount);
    m_status->setText(tr("Reading the databases of the account…"));
    m_cancel->setEnabled(true);
    m_reload->setEnabled(false);
    m_fleet->start();
}

void MaintenanceCalendarDialog::queueRow(const FleetDatabase &database)
{
    m_queued.append(database);
    if (!m_addQueued.isActive())
        m_addQueued.start(kAddQueuedMs);
}

void MaintenanceCalendarDialog::addQueuedRows()
{
    m_addQueued.stop();
    const qsizetype count = std::min(m_queued.size(), kRowsPerBatch);
    if (count > 0) {
        const OperationScope scope("calendar: add rows");
        for (qsizetype i = 0; i < count; ++i)
            addRow(m_queued.at(i));
        m_queued.remove(0, count);
    }
    if (!m_queued.isEmpty())
        m_addQueued.start(0); // the rest next, once the window has had its turn
    else if (m_finishing)
        finish();
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
    const int rowNumber = m_model->rowCount();
    for (int column = 0; column < ColumnCount; ++column)
        m_longest.note(column, row.at(column)->text().size(), rowNumber);
    m_rows.append(d);
    m_model->appendRow(row);
}

void MaintenanceCalendarDialog::fitColumns()
{
    ColumnFit::fit(m_table, m_longest,
                   [this](int row, int column) { return m_filter->mapFromSource(m_model->index(row, column)); });
}

void MaintenanceCalendarDialog::updateView()
{
    const OperationScope scope("calendar: view update");
    if (m_tabs->currentWidget() == m_table)
        return; // drawn when the Calendar tab is shown
    QList<FleetDatabase> shown;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const int source = m_filter->mapToSource(m_filter->index(row, 0)).row();
        if (source >= 0 && source < m_rows.size())
            shown.append(m_rows.at(source));
    }
    m_view->setDatabases(shown);
}

void MaintenanceCalendarDialog::updateViewTitle()
{
    m_range->setText(tr("%1 (local time)").arg(m_view->title()));
}

void MaintenanceCalendarDialog::onFinished()
{
    // A few rows still queued (a small account: all of them) are added now, so that the table is
    // complete when `finished` has been emitted; more go on a batch at a time and finish() follows.
    m_finishing = true;
    if (m_queued.size() <= kRowsPerBatch)
        addQueuedRows();
    else
        m_addQueued.start(0);
}

void MaintenanceCalendarDialog::finish()
{
    m_finishing = false;
    const OperationScope scope("calendar: finished");
    m_cancel->setEnabled(false);
    m_reload->setEnabled(true);
    fitColumns();
    m_asOf = QDateTime::currentDateTime();
    describeAsOf();
}

void MaintenanceCalendarDialog::describeAsOf()
{
    if (!m_asOf.isValid() || m_fleet->isRunning())
        return;
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
        if (!file.open(QIODevice::WriteOnly)
            || file.write(ICalendar::fromFleet(m_fleet->databases(), QDateTime::currentDateTimeUtc())) < 0) {
            m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
            return;
        }
        m_status->setText(tr("Exported to %1.").arg(path));
    });
    dialog->open();
}

} // namespace hpg

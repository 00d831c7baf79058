#include "diagnosepage.h"

#include "core/diagnose/diagnoseexport.h"
#include "core/diagnose/diagnoserows.h"
#include "core/diagnose/diagnoserun.h"
#include "core/diagnose/diagnosetrend.h"
#include "core/heroku/apicall.h"
#include "core/heroku/databaseinfo.h"
#include "core/heroku/dataclient.h"
#include "ui/widgets/sparkchart.h"

#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hpg {

namespace {

QIcon statusIcon(DiagnoseStatus status)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(DiagnoseReport::statusColor(status)));
    painter.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pixmap);
}

QLabel *wrappingLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DiagnosePage::DiagnosePage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_run(new DiagnoseRun(this))
    , m_trend(new DiagnoseTrend(m_run, this))
{
    auto *layout = new QVBoxLayout(this);
    m_intro = wrappingLabel("diagnoseIntroLabel", this);
    layout->addWidget(m_intro);

    auto *bar = new QHBoxLayout;
    m_credentialLabel = new QLabel(this);
    m_credential = new QComboBox(this);
    m_credential->setObjectName(QStringLiteral("diagnoseCredentialComboBox"));
    m_credentialLabel->setBuddy(m_credential);
    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("runDiagnosisPushButton"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportDiagnosisPushButton"));
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->setObjectName(QStringLiteral("exportDiagnosisMenu"));
    m_exportButton->setMenu(exportMenu);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("diagnoseProgressBar"));
    m_progress->setVisible(false);
    bar->addWidget(m_credentialLabel);
    bar->addWidget(m_credential);
    bar->addWidget(m_runButton);
    bar->addWidget(m_exportButton);
    bar->addWidget(m_progress, 1);
    layout->addLayout(bar);

    m_summary = wrappingLabel("diagnoseSummaryLabel", this);
    m_limits = wrappingLabel("credentialLimitsLabel", this);
    layout->addWidget(m_summary);
    layout->addWidget(m_limits);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_findings = new QTreeWidget(splitter);
    m_findings->setObjectName(QStringLiteral("findingsTreeWidget"));
    m_findings->setRootIsDecorated(false);
    m_findings->setColumnCount(2);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_findings->header()->setStretchLastSection(false);
    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_findingTitle = wrappingLabel("findingTitleLabel", detail);
    QFont bold = m_findingTitle->font();
    bold.setBold(true);
    m_findingTitle->setFont(bold);
    m_explanation = wrappingLabel("findingExplanationLabel", detail);
    m_threshold = wrappingLabel("findingThresholdLabel", detail);
    m_limitation = wrappingLabel("findingLimitationLabel", detail);
    m_rows = new QTableWidget(detail);
    m_rows->setObjectName(QStringLiteral("findingRowsTableWidget"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->setVisible(false);
    auto *sqlBar = new QHBoxLayout;
    m_sqlLabel = new QLabel(detail);
    m_copySql = new QPushButton(detail);
    m_copySql->setObjectName(QStringLiteral("copySqlPushButton"));
    sqlBar->addWidget(m_sqlLabel, 1);
    sqlBar->addWidget(m_copySql);
    m_sql = new QPlainTextEdit(detail);
    m_sql->setObjectName(QStringLiteral("findingSqlPlainTextEdit"));
    m_sql->setReadOnly(true);
    m_sql->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sqlLabel->setBuddy(m_sql);
    for (QWidget *w : std::initializer_list<QWidget *> { m_findingTitle, m_explanation, m_threshold, m_limitation })
        detailLayout->addWidget(w);
    detailLayout->addWidget(m_rows, 2);
    detailLayout->addLayout(sqlBar);
    detailLayout->addWidget(m_sql, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_trendLabel = new QLabel(this);
    layout->addWidget(m_trendLabel);
    auto *charts = new QGridLayout;
    const char *names[] = { "connectionsTrendChart", "cacheHitTrendChart", "lagTrendChart", "deadRowsTrendChart" };
    for (int i = 0; i < 4; ++i) {
        auto *label = new QLabel(this);
        auto *chart = new SparkChart(this);
        chart->setObjectName(QLatin1String(names[i]));
        chart->setMinimumSize(120, 56);
        chart->setMaximumHeight(72);
        charts->addWidget(label, 0, i);
        charts->addWidget(chart, 1, i);
        m_chartLabels.append(label);
        m_charts.append(chart);
    }
    m_charts.at(1)->setMinimumTop(100);
    m_charts.at(1)->setMaximumTop(100);
    m_charts.at(2)->setMinimumTop(1024 * 1024);
    m_charts.at(2)->setFormatter([](double v) { return DiagnoseRows::bytes(v); });
    layout->addLayout(charts);

    connect(m_runButton, &QPushButton::clicked, this, &DiagnosePage::runDiagnosis);
    connect(m_credential, &QComboBox::activated, this, [this](int index) {
        useCredential(index);
        runDiagnosis();
    });
    auto *markdown = exportMenu->addAction(QString());
    markdown->setObjectName(QStringLiteral("exportMarkdownAction"));
    auto *html = exportMenu->addAction(QString());
    html->setObjectName(QStringLiteral("exportHtmlAction"));
    connect(markdown, &QAction::triggered, this, [this] { askExportPath(false); });
    connect(html, &QAction::triggered, this, [this] { askExportPath(true); });
    connect(m_copySql, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_sql->toPlainText()); });
    connect(m_findings, &QTreeWidget::currentItemChanged, this, &DiagnosePage::showFinding);
    connect(m_run, &DiagnoseRun::progress, this, [this](int done, int total) { onProgress(done, total); });
    connect(m_run, &DiagnoseRun::finished, this, &DiagnosePage::onFinished);
    connect(m_run, &DiagnoseRun::failed, this, [this](const PgSessionError &error) {
        m_progress->setVisible(false);
        m_runButton->setEnabled(true);
        showError(error.message);
    });
    connect(m_trend, &DiagnoseTrend::sampled, this, [this](const DiagnoseSample &s) {
        const double values[] = { s.connections, s.cacheHitPercent, s.lagBytes, s.deadRows };
        for (int i = 0; i < 4; ++i) {
            if (values[i] >= 0)
                m_charts.at(i)->addValue(values[i]);
        }
    });
    retranslate();
}

DiagnosePage::~DiagnosePage() = default;

void DiagnosePage::retranslate()
{
    m_intro->setText(tr("Checks this database's statistics the way pg:diagnose and the pg-extras commands do, in one "
                        "pass. Select a finding to see what it means, what to do, the rows behind it and its SQL."));
    m_credentialLabel->setText(tr("C&redential:"));
    m_runButton->setText(tr("&Run Diagnosis"));
    m_exportButton->setText(tr("E&xport"));
    const QList<QAction *> actions = m_exportButton->menu()->actions();
    actions.at(0)->setText(tr("As &Markdown…"));
    actions.at(1)->setText(tr("As &HTML…"));
    m_findings->setHeaderLabels({ tr("Check"), tr("Status") });
    m_sqlLabel->setText(tr("&SQL it ran:"));
    m_copySql->setText(tr("&Copy SQL"));
    m_trendLabel->setText(
        tr("Trend while this tab is open (every %1 s):").arg(DiagnoseTrend::defaultIntervalMs / 1000));
    const QStringList chartNames
        = { tr("Connections"), tr("Table cache hit (%)"), tr("Follower lag"), tr("Dead rows") };
    for (int i = 0; i < m_chartLabels.size(); ++i)
        m_chartLabels.at(i)->setText(chartNames.at(i));
    if (m_error.isEmpty())
        fillFindings();
    else
        m_summary->setText(m_error);
}

void DiagnosePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DiagnosePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateSampling();
}

void DiagnosePage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateSampling();
}

void DiagnosePage::updateSampling()
{
    if (isVisible() && m_run->hasConnection())
        m_trend->start();
    else
        m_trend->stop();
}

void DiagnosePage::clear()
{
    if (m_call)
        m_call->cancel();
    m_app.clear();
    m_addon.clear();
    m_credentials.clear();
    m_credential->clear();
    m_run->setConnection(ConnInfo());
    m_trend->stop();
    m_trend->clear();
    for (SparkChart *chart : std::as_const(m_charts))
        chart->clear();
    m_report = DiagnoseReport();
    m_error.clear();
    m_progress->setVisible(false);
    fillFindings();
}

void DiagnosePage::showDatabase(const QString &app, const QString &addon)
{
    if (addon == m_addon && app == m_app)
        return;
    clear();
    m_app = app;
    m_addon = addon;
    m_known = DiagnoseContext();
    m_known.app = app;
    m_known.addon = addon;
    m_summary->setText(tr("Reading the plan and credentials of %1…").arg(addon));
    m_runButton->setEnabled(false);
    m_call = DataClient(m_api).database(addon, this);
    connect(m_call, &ApiCall::finished, this, &DiagnosePage::onInfo);
}

void DiagnosePage::onInfo(const ApiResult &result)
{
    if (!result.ok()) {
        showError(result.error.userText());
        return;
    }
    const DatabaseInfo info = DatabaseInfo::fromJson(result.object());
    m_known.plan = info.plan.section(QLatin1Char(':'), -1);
    // "Connections: 12/120": the plan's limit.
    m_known.connectionLimit = info.value(QStringLiteral("Connections")).section(QLatin1Char('/'), 1).trimmed().toInt();
    m_call = DataClient(m_api).credentials(m_addon, this);
    connect(m_call, &ApiCall::finished, this, &DiagnosePage::onCredentials);
}

void DiagnosePage::onCredentials(const ApiResult &result)
{
    if (!result.ok()) {
        showError(result.error.userText());
        return;
    }
    m_credentials.clear();
    m_credential->clear();
    for (const auto &value : result.array()) {
        const Credential credential = Credential::fromJson(value.toObject());
        if (credential.name == QLatin1String("default"))
            m_credentials.prepend(credential);
        else
            m_credentials.append(credential);
    }
    for (const Credential &c : std::as_const(m_credentials))
        m_credential->addItem(c.name);
    if (m_credentials.isEmpty()) {
        showError(tr("%1 has no credential to connect with.").arg(m_addon));
        return;
    }
    useCredential(0);
    runDiagnosis();
}

void DiagnosePage::useCredential(int index)
{
    if (index < 0 || index >= m_credentials.size())
        return;
    m_run->setConnection(m_credentials.at(index).connection);
    m_trend->clear();
    for (SparkChart *chart : std::as_const(m_charts))
        chart->clear();
    updateSampling();
}

void DiagnosePage::runDiagnosis()
{
    if (!m_run->start(m_known))
        return;
    m_error.clear();
    m_runButton->setEnabled(false);
    m_progress->setRange(0, m_run->checkCount());
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_summary->setText(tr("Diagnosing %1…").arg(m_addon));
}

void DiagnosePage::onProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void DiagnosePage::onFinished(const DiagnoseReport &report)
{
    m_report = report;
    m_progress->setVisible(false);
    m_runButton->setEnabled(true);
    fillFindings();
    updateSampling();
    emit finished();
}

void DiagnosePage::showError(const QString &message)
{
    m_error = message;
    m_runButton->setEnabled(m_run->hasConnection());
    m_summary->setText(message);
    emit failed();
}

void DiagnosePage::fillFindings()
{
    const QString current
        = m_findings->currentItem() ? m_findings->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_findings->clear();
    m_exportButton->setEnabled(!m_report.isEmpty());
    if (m_report.isEmpty()) {
        m_limits->clear();
        showFinding();
        return;
    }
    const DiagnoseContext &c = m_report.context;
    const QString name = m_addon.isEmpty() ? c.database : m_addon;
    const QString plan = c.plan.isEmpty() ? QStringLiteral("?") : c.plan;
    const QString who = c.inRecovery
        ? tr("%1, a read-only follower: PostgreSQL %2, plan %3, credential %4.")
              .arg(name, c.serverVersion, plan, c.user)
        : tr("%1: PostgreSQL %2, plan %3, credential %4.").arg(name, c.serverVersion, plan, c.user);
    const QString when = tr("Diagnosed at %1 in %2 ms.")
                             .arg(QLocale().toString(m_report.startedAt.toLocalTime(), QLocale::ShortFormat))
                             .arg(m_report.elapsedMs);
    m_summary->setText(QStringList { who, when, m_report.summary() }.join(QLatin1Char('\n')));
    const QStringList limits = m_report.credentialLimits();
    m_limits->setVisible(!limits.isEmpty());
    m_limits->setText(limits.isEmpty() ? QString()
                                       : tr("This credential could not see everything:") + QStringLiteral("\n• ")
                              + limits.join(QStringLiteral("\n• ")));
    QTreeWidgetItem *select = nullptr;
    for (const DiagnoseFinding &f : std::as_const(m_report.findings)) {
        auto *item
            = new QTreeWidgetItem(m_findings, { DiagnoseReport::title(f), DiagnoseReport::statusName(f.status) });
        item->setIcon(0, statusIcon(f.status));
        item->setData(0, Qt::UserRole, f.checkId);
        if (f.checkId == current || (!select && current.isEmpty() && (f.status == DiagnoseStatus::Red)))
            select = item;
    }
    m_findings->setCurrentItem(select ? select : m_findings->topLevelItem(0));
}

void DiagnosePage::showFinding()
{
    QTreeWidgetItem *item = m_findings->currentItem();
    const DiagnoseFinding *f = item ? m_report.finding(item->data(0, Qt::UserRole).toString()) : nullptr;
    m_rows->clear();
    m_rows->setRowCount(0);
    m_rows->setColumnCount(0);
    m_copySql->setEnabled(f && !f->sql.isEmpty());
    if (!f) {
        m_findingTitle->clear();
        m_explanation->clear();
        m_threshold->clear();
        m_limitation->clear();
        m_sql->clear();
        return;
    }
    m_findingTitle->setText(tr("%1: %2").arg(DiagnoseReport::statusName(f->status), DiagnoseReport::title(*f)));
    m_findingTitle->setStyleSheet(QStringLiteral("color: %1").arg(DiagnoseReport::statusColor(f->status)));
    m_explanation->setText(m_report.explanation(*f));
    const QString threshold = DiagnoseReport::threshold(*f);
    m_threshold->setText(threshold.isEmpty() ? QString() : tr("Threshold: %1").arg(threshold));
    const QString limitation = m_report.limitation(*f);
    m_limitation->setVisible(!limitation.isEmpty());
    m_limitation->setText(limitation);
    m_rows->setColumnCount(int(f->rows.columns.size()));
    m_rows->setHorizontalHeaderLabels(f->rows.columns);
    m_rows->setRowCount(int(f->rows.rows.size()));
    for (int r = 0; r < f->rows.rows.size(); ++r) {
        const QStringList &row = f->rows.rows.at(r);
        for (int c = 0; c < row.size(); ++c)
            m_rows->setItem(r, c, new QTableWidgetItem(row.at(c)));
    }
    m_rows->resizeColumnsToContents();
    m_sql->setPlainText(f->sql);
}

bool DiagnosePage::exportReport(const QString &path)
{
    QString error;
    if (!DiagnoseExport::save(m_report, path, &error)) {
        m_summary->setText(error);
        return false;
    }
    return true;
}

void DiagnosePage::askExportPath(bool html)
{
    if (m_report.isEmpty())
        return;
    delete m_exportDialog;
    m_exportDialog = new QFileDialog(this, html ? tr("Export Diagnosis as HTML") : tr("Export Diagnosis as Markdown"));
    m_exportDialog->setObjectName(QStringLiteral("exportDiagnosisDialog"));
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_exportDialog->setAcceptMode(QFileDialog::AcceptSave);
    m_exportDialog->setNameFilter(html ? tr("HTML (*.html)") : tr("Markdown (*.md)"));
    m_exportDialog->setDefaultSuffix(html ? QStringLiteral("html") : QStringLiteral("md"));
    m_exportDialog->selectFile(DiagnoseExport::suggestedFileName(m_report));
    connect(m_exportDialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportReport(path); });
    m_exportDialog->open();
}

} // namespace hpg

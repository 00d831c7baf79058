#include "transfercheckpage.h"

#include "core/heroku/apiclient.h"
#include "core/heroku/dataclient.h"
#include "core/settings/languagemanager.h"
#include "core/transfer/pgtoolversion.h"
#include "transfercontext.h"
#include "ui/dialogs/typedconfirmationdialog.h"

#include "ui_transfercheckpage.h"

#include <QDir>
#include <QJsonObject>
#include <QListWidgetItem>
#include <QLocale>
#include <QUrl>

namespace hpg {

TransferCheckPage::TransferCheckPage(TransferContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::TransferCheckPage>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("transferCheckPage"));
    setCommitPage(true);
    retranslate();
    m_ui->resetPushButton->hide();
    connect(&m_watcher, &QFutureWatcher<PreflightReport>::finished, this, &TransferCheckPage::showReport);
    connect(m_ui->retryPushButton, &QPushButton::clicked, this, &TransferCheckPage::runChecks);
    connect(m_ui->resetPushButton, &QPushButton::clicked, this, &TransferCheckPage::confirmReset);
}

TransferCheckPage::~TransferCheckPage() = default;

void TransferCheckPage::retranslate()
{
    setTitle(tr("Checks"));
    setSubTitle(m_context->isPull() ? tr("hpgdesk checks both sides and the programs before the pull starts.")
                                    : tr("hpgdesk checks both sides and the programs before the push starts."));
    setButtonText(QWizard::CommitButton, m_context->isPull() ? tr("Start Pull") : tr("Start Push"));
}

void TransferCheckPage::initializePage()
{
    m_confirmed = false;
    runChecks();
}

void TransferCheckPage::runChecks()
{
    if (m_watcher.isRunning())
        return;
    m_hasReport = false;
    m_ui->checksListWidget->clear();
    m_ui->resetPushButton->hide();
    m_ui->retryPushButton->setEnabled(false);
    m_ui->checkStatusLabel->setText(tr("Checking…"));
    m_watcher.setFuture(TransferPreflight::run(m_context->preflightRequest()));
    emit completeChanged();
}

void TransferCheckPage::addLine(QStyle::StandardPixmap icon, const QString &text, const QString &objectName)
{
    auto *item = new QListWidgetItem(style()->standardIcon(icon), text, m_ui->checksListWidget);
    if (!objectName.isEmpty())
        item->setData(Qt::UserRole, objectName);
}

void TransferCheckPage::showReport()
{
    const PreflightReport report = m_watcher.result();
    m_context->setReport(report);
    m_hasReport = true;
    m_ui->retryPushButton->setEnabled(true);
    m_ui->checksListWidget->clear();
    const QLocale locale;
    const bool pull = m_context->isPull();
    const QString sourceLabel = pull ? m_context->herokuLabel() : m_context->localLabel();

    for (const QString &error : report.errors)
        addLine(QStyle::SP_MessageBoxCritical, error, QStringLiteral("error"));
    for (const QString &warning : report.warnings)
        addLine(QStyle::SP_MessageBoxWarning, warning, QStringLiteral("warning"));
    if (report.inventory.isValid()) {
        const auto &inventory = report.inventory;
        addLine(QStyle::SP_DialogApplyButton,
                tr("%1: PostgreSQL %2, %3 tables and %4 indexes, about %5 of data.")
                    .arg(sourceLabel, PgToolVersion::fromNumber(inventory.serverVersion).text())
                    .arg(inventory.tablesWithData(m_context->excludeTableData()).size())
                    .arg(inventory.indexes.size())
                    .arg(locale.formattedDataSize(inventory.dataBytes(m_context->excludeTableData()))),
                QStringLiteral("source"));
        addLine(QStyle::SP_DialogApplyButton,
                inventory.extensions.isEmpty()
                    ? tr("The source uses no extensions.")
                    : tr("Extensions on the source: %1.").arg(LanguageManager::joinList(inventory.extensions)),
                QStringLiteral("extensions"));
    }
    if (report.targetServerVersion > 0 && !report.has(PreflightReport::Blocker::TargetExists)
        && !report.has(PreflightReport::Blocker::TargetNotEmpty)) {
        const QString version = PgToolVersion::fromNumber(report.targetServerVersion).text();
        addLine(QStyle::SP_DialogApplyButton,
                pull ? tr("%1 does not exist yet; it will be created on PostgreSQL %2.")
                           .arg(m_context->localLabel(), version)
                     : tr("%1 is empty (PostgreSQL %2).").arg(m_context->herokuLabel(), version),
                QStringLiteral("target"));
    }
    if (report.tools.isUsable())
        addLine(QStyle::SP_DialogApplyButton,
                tr("pg_dump %1 and pg_restore %2 from %3.")
                    .arg(report.tools.dumpVersion.text(), report.tools.restoreVersion.text(),
                         QDir::toNativeSeparators(report.tools.binDir)),
                QStringLiteral("tools"));
    if (report.ok()) {
        const TransferSpec spec = m_context->spec();
        QString mode;
        if (m_context->modeChoice() == TransferContext::ModeChoice::Automatic)
            mode = report.advice.reason;
        else if (spec.mode == TransferSpec::Mode::Parallel)
            mode = tr("Parallel, with %1 jobs, as chosen.").arg(spec.jobs);
        else
            mode = tr("One stream, as chosen.");
        addLine(QStyle::SP_MessageBoxInformation, mode, QStringLiteral("mode"));
    }
    m_ui->resetPushButton->setVisible(report.has(PreflightReport::Blocker::TargetNotEmpty));
    m_ui->checkStatusLabel->setText(report.ok() ? (pull ? tr("Ready to pull.") : tr("Ready to push."))
                                                : tr("The transfer cannot start. See the problems below."));
    emit completeChanged();
    emit checked(report.ok());
}

bool TransferCheckPage::isComplete() const
{
    return m_hasReport && !m_watcher.isRunning() && !m_resetting && m_context->report().ok();
}

bool TransferCheckPage::validatePage()
{
    if (!isComplete())
        return false;
    if (m_context->isPull() || m_confirmed)
        return true;
    confirmPush();
    return false;
}

void TransferCheckPage::confirmPush()
{
    const QString warning = tr("This copies %1 into %2, the database of the app %3.")
                                .arg(m_context->localLabel(), m_context->addonName(), m_context->appName());
    auto *dialog = new TypedConfirmationDialog(tr("Push to Heroku"), warning, m_context->herokuCommand(),
                                               m_context->appName(), this);
    dialog->setConfirmText(tr("Push"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_confirmed = true;
        if (wizard())
            wizard()->next();
    });
    dialog->open();
}

void TransferCheckPage::confirmReset()
{
    const QString warning = tr("Resetting %1 deletes all of its data: every table, view and function. This cannot "
                               "be undone.")
                                .arg(m_context->herokuLabel());
    const QString cli = QStringLiteral("heroku pg:reset %1 --app %2").arg(m_context->addonName(), m_context->appName());
    auto *dialog
        = new TypedConfirmationDialog(tr("Reset the Heroku Database"), warning, cli, m_context->appName(), this);
    //: the button that resets (empties) a database, as heroku pg:reset does
    dialog->setConfirmText(tr("Reset"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &TransferCheckPage::resetTarget);
    dialog->open();
}

void TransferCheckPage::resetTarget()
{
    m_resetting = true;
    m_ui->resetPushButton->setEnabled(false);
    m_ui->checkStatusLabel->setText(tr("Resetting %1…").arg(m_context->herokuLabel()));
    emit completeChanged();
    auto *call = DataClient(m_context->api()).reset(m_context->addonName(), this);
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_resetting = false;
        m_ui->resetPushButton->setEnabled(true);
        if (!result.ok()) {
            m_ui->checkStatusLabel->setText(tr("The reset failed: %1").arg(result.error.userText()));
            emit completeChanged();
            return;
        }
        runChecks();
    });
}

void TransferCheckPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (m_hasReport)
            showReport();
    }
    QWizardPage::changeEvent(event);
}

} // namespace hpg

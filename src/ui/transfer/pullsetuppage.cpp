#include "pullsetuppage.h"

#include "core/transfer/transfercommands.h"
#include "core/transfer/transferinventory.h"
#include "transfercontext.h"

#include "ui_pullsetuppage.h"

namespace hpg {

PullSetupPage::PullSetupPage(TransferContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::PullSetupPage>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("pullSetupPage"));
    setTitle(tr("Pull a Heroku database"));
    setSubTitle(tr("Copies %1 into a new database on your own PostgreSQL server.").arg(context->herokuLabel()));
    fillModes();
    m_ui->sourceLabel->setText(context->herokuLabel());
    m_ui->localDatabaseLineEdit->setText(context->appName());
    m_ui->jobsSpinBox->setValue(context->jobs());
    connect(m_context, &TransferContext::remoteChanged, this, &PullSetupPage::updateRemote);
    connect(m_ui->retryRemoteToolButton, &QToolButton::clicked, m_context, &TransferContext::fetchRemote);
    connect(m_context, &TransferContext::localServerChanged, this, &PullSetupPage::updateLocal);
    connect(m_ui->localServerPushButton, &QPushButton::clicked, this, [this] { m_context->editLocalServer(this); });
    connect(m_ui->localDatabaseLineEdit, &QLineEdit::textChanged, this, &PullSetupPage::updateChoices);
    connect(m_ui->excludeTableDataLineEdit, &QLineEdit::textChanged, this, &PullSetupPage::updateChoices);
    connect(m_ui->modeComboBox, &QComboBox::currentIndexChanged, this, &PullSetupPage::updateChoices);
    connect(m_ui->jobsSpinBox, &QSpinBox::valueChanged, this, &PullSetupPage::updateChoices);
    updateChoices();
}

PullSetupPage::~PullSetupPage() = default;

void PullSetupPage::fillModes()
{
    const int current = qMax(0, m_ui->modeComboBox->currentIndex());
    const QSignalBlocker blocker(m_ui->modeComboBox);
    m_ui->modeComboBox->clear();
    m_ui->modeComboBox->addItem(tr("Automatic: the faster mode for this database"),
                                int(TransferContext::ModeChoice::Automatic));
    m_ui->modeComboBox->addItem(tr("One stream, like the Heroku CLI"), int(TransferContext::ModeChoice::Stream));
    m_ui->modeComboBox->addItem(tr("Parallel jobs (directory format)"), int(TransferContext::ModeChoice::Parallel));
    m_ui->modeComboBox->setCurrentIndex(current);
}

void PullSetupPage::initializePage()
{
    if (!m_context->isRemoteReady())
        m_context->fetchRemote();
    updateRemote();
    updateLocal();
}

void PullSetupPage::updateRemote()
{
    const QString status = m_context->remoteStatusText();
    if (!status.isEmpty())
        m_ui->remoteStatusLabel->setText(status);
    m_ui->retryRemoteToolButton->setVisible(m_context->canRetryRemote());
    emit completeChanged();
}

void PullSetupPage::updateLocal()
{
    m_ui->localServerLabel->setText(m_context->localSettings().displayName());
}

void PullSetupPage::updateChoices()
{
    const QString name = m_ui->localDatabaseLineEdit->text();
    const QString problem = TransferCommands::checkDatabaseName(name);
    m_ui->localDatabaseHintLabel->setText(
        problem.isEmpty() ? tr("It must not exist yet: hpgdesk never overwrites a database.") : problem);
    const auto mode = TransferContext::ModeChoice(m_ui->modeComboBox->currentData().toInt());
    m_ui->jobsSpinBox->setEnabled(mode == TransferContext::ModeChoice::Parallel);
    m_context->setLocalDatabase(name);
    m_context->setExcludeTableData(TransferInventory::splitPatterns(m_ui->excludeTableDataLineEdit->text()));
    m_context->setMode(mode, m_ui->jobsSpinBox->value());
    m_ui->cliCommandLineEdit->setText(m_context->herokuCommand());
    emit completeChanged();
}

bool PullSetupPage::isComplete() const
{
    return m_context->isRemoteReady()
        && TransferCommands::checkDatabaseName(m_ui->localDatabaseLineEdit->text()).isEmpty();
}

bool PullSetupPage::validatePage()
{
    updateChoices();
    return isComplete();
}

void PullSetupPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setTitle(tr("Pull a Heroku database"));
        setSubTitle(tr("Copies %1 into a new database on your own PostgreSQL server.").arg(m_context->herokuLabel()));
        fillModes();
        updateRemote();
        updateLocal();
        updateChoices();
    }
    QWizardPage::changeEvent(event);
}

} // namespace hpg

#include "pushsetuppage.h"

#include "core/transfer/transfercommands.h"
#include "core/transfer/transferinventory.h"
#include "transfercontext.h"

#include "ui_pushsetuppage.h"

#include <QLineEdit>

namespace hpg {

PushSetupPage::PushSetupPage(TransferContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::PushSetupPage>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("pushSetupPage"));
    m_ui->localDatabaseComboBox->lineEdit()->setObjectName(QStringLiteral("localDatabaseLineEdit"));
    retranslate();
    m_ui->targetLabel->setText(context->herokuLabel());
    connect(m_context, &TransferContext::remoteChanged, this, &PushSetupPage::updateRemote);
    connect(m_ui->retryRemoteToolButton, &QToolButton::clicked, m_context, &TransferContext::fetchRemote);
    connect(m_context, &TransferContext::localServerChanged, this, &PushSetupPage::updateLocal);
    connect(m_ui->localServerPushButton, &QPushButton::clicked, this, [this] { m_context->editLocalServer(this); });
    connect(m_ui->refreshDatabasesToolButton, &QToolButton::clicked, this, &PushSetupPage::listDatabases);
    connect(m_ui->localDatabaseComboBox, &QComboBox::currentTextChanged, this, &PushSetupPage::updateChoices);
    connect(m_ui->excludeTableDataLineEdit, &QLineEdit::textChanged, this, &PushSetupPage::updateChoices);
    connect(&m_listWatcher, &QFutureWatcher<PgQuery::Result>::finished, this, &PushSetupPage::onDatabases);
    updateChoices();
}

PushSetupPage::~PushSetupPage() = default;

void PushSetupPage::retranslate()
{
    setTitle(tr("Push a local database to Heroku"));
    setSubTitle(tr("Copies a database of your own PostgreSQL server into %1, which must be empty.")
                    .arg(m_context->herokuLabel()));
}

void PushSetupPage::initializePage()
{
    if (!m_context->isRemoteReady())
        m_context->fetchRemote();
    updateRemote();
    updateLocal();
}

void PushSetupPage::listDatabases()
{
    if (m_listWatcher.isRunning()) {
        m_listAgain = true; // the settings changed while listing: list again with the new ones
        return;
    }
    m_ui->localStatusLabel->setText(tr("Listing the databases on %1…").arg(m_context->localSettings().displayName()));
    m_listWatcher.setFuture(PgQuery::run(m_context->local(QStringLiteral("postgres")),
                                         QStringLiteral("SELECT datname FROM pg_catalog.pg_database WHERE datallowconn "
                                                        "AND NOT datistemplate ORDER BY datname")));
}

void PushSetupPage::onDatabases()
{
    if (m_listAgain) {
        m_listAgain = false;
        listDatabases();
        return;
    }
    const PgQuery::Result result = m_listWatcher.result();
    if (!result.ok) {
        m_ui->localStatusLabel->setText(
            tr("Could not list the databases on %1: %2").arg(m_context->localSettings().displayName(), result.error));
        return;
    }
    const QString keep = m_ui->localDatabaseComboBox->currentText();
    const QSignalBlocker blocker(m_ui->localDatabaseComboBox);
    m_ui->localDatabaseComboBox->clear();
    for (const QStringList &row : result.rows.value(0)) {
        if (row.value(0) != QLatin1String("postgres"))
            m_ui->localDatabaseComboBox->addItem(row.value(0));
    }
    m_ui->localDatabaseComboBox->setCurrentText(keep);
    m_ui->localStatusLabel->setText(
        tr("%n database(s) on this server.", nullptr, m_ui->localDatabaseComboBox->count()));
    updateChoices();
}

void PushSetupPage::updateRemote()
{
    const QString status = m_context->remoteStatusText();
    if (!status.isEmpty())
        m_ui->remoteStatusLabel->setText(status);
    m_ui->retryRemoteToolButton->setVisible(m_context->canRetryRemote());
    emit completeChanged();
}

void PushSetupPage::updateLocal()
{
    m_ui->localServerLabel->setText(m_context->localSettings().displayName());
    listDatabases();
}

void PushSetupPage::updateChoices()
{
    m_context->setLocalDatabase(m_ui->localDatabaseComboBox->currentText().trimmed());
    m_context->setExcludeTableData(TransferInventory::splitPatterns(m_ui->excludeTableDataLineEdit->text()));
    m_ui->cliCommandLineEdit->setText(m_context->herokuCommand());
    emit completeChanged();
}

bool PushSetupPage::isComplete() const
{
    return m_context->isRemoteReady()
        && TransferCommands::checkDatabaseName(m_ui->localDatabaseComboBox->currentText().trimmed()).isEmpty();
}

bool PushSetupPage::validatePage()
{
    updateChoices();
    return isComplete();
}

void PushSetupPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updateRemote();
        updateLocal();
    }
    QWizardPage::changeEvent(event);
}

} // namespace hpg

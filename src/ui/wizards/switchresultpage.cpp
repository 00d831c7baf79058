#include "switchresultpage.h"

#include "core/heroku/platformclient.h"
#include "core/runbooks/followerswitch.h"
#include "core/runbooks/runbook.h"
#include "core/runbooks/transcript.h"
#include "followerswitchwizard.h"
#include "ui/dialogs/typedconfirmationdialog.h"

#include "ui_switchresultpage.h"

#include <QEvent>
#include <QFileDialog>
#include <QLocale>

namespace hpg {

SwitchResultPage::SwitchResultPage(FollowerSwitchWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::SwitchResultPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("switchResultPage"));
    retranslate();
    connect(m_ui->exportTranscriptPushButton, &QPushButton::clicked, this, &SwitchResultPage::chooseTranscriptFile);
    connect(m_ui->createFollowerPushButton, &QPushButton::clicked, this, &SwitchResultPage::createFollower);
    connect(m_ui->deprovisionPushButton, &QPushButton::clicked, this, &SwitchResultPage::confirmDeprovision);
}

SwitchResultPage::~SwitchResultPage() = default;

void SwitchResultPage::retranslate()
{
    setTitle(tr("Result"));
    setSubTitle(tr("The new database is the primary. What is left to do is below."));
}

void SwitchResultPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        showResult();
    }
    QWizardPage::changeEvent(event);
}

void SwitchResultPage::initializePage()
{
    m_ui->createFollowerPushButton->setVisible(!m_wizard->options().isMigration());
    showResult();
}

void SwitchResultPage::showResult()
{
    Runbook *runbook = m_wizard->runbook();
    if (!runbook || runbook->state() != Runbook::State::Finished)
        return;
    const Journal &journal = runbook->journal();
    const qint64 downtime = FollowerSwitch::downtimeMs(journal);
    m_ui->downtimeLabel->setText(
        downtime < 0 ? tr("The downtime is not known.")
                     : tr("Downtime: %1 s.").arg(QLocale().toString(double(downtime) / 1000.0, 'f', 1)));
    m_ui->summaryPlainTextEdit->setPlainText(FollowerSwitch::summary(journal).join(QStringLiteral("\n\n")));
}

void SwitchResultPage::chooseTranscriptFile()
{
    auto *dialog = new QFileDialog(this, tr("Export Transcript"), QString(), tr("Markdown (*.md)"));
    dialog->setObjectName(QStringLiteral("transcriptFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("md"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &SwitchResultPage::exportTranscript);
    dialog->open();
}

bool SwitchResultPage::exportTranscript(const QString &path)
{
    Runbook *runbook = m_wizard->runbook();
    if (!runbook)
        return false;
    QString error;
    const QString md = Transcript::markdown(*runbook, FollowerSwitch::summary(runbook->journal()));
    if (!Transcript::write(path, md, &error)) {
        m_ui->offerStatusLabel->setText(error);
        return false;
    }
    m_ui->offerStatusLabel->setText(tr("The transcript was written to %1.").arg(path));
    return true;
}

void SwitchResultPage::createFollower()
{
    const SwitchOptions o = m_wizard->options();
    m_ui->createFollowerPushButton->setEnabled(false);
    m_ui->offerStatusLabel->setText(tr("Creating a follower of the new primary…"));
    ApiCall *call = m_wizard->services().platform->createAddon(
        o.newDatabaseApp(), o.fullTargetPlan(), { { QStringLiteral("follow"), QStringLiteral("DATABASE_URL") } }, {},
        {}, {}, this);
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_ui->createFollowerPushButton->setEnabled(true);
        m_ui->offerStatusLabel->setText(result.ok()
                                            ? tr("The follower %1 is being created; it follows the new primary.")
                                                  .arg(result.object().value(QStringLiteral("name")).toString())
                                            : result.error.userText());
    });
}

void SwitchResultPage::confirmDeprovision()
{
    const SwitchOptions o = m_wizard->options();
    const QString old = m_wizard->findings().sourceAddonName;
    auto *dialog = new TypedConfirmationDialog(
        tr("Deprovision the Old Primary"),
        tr("%1 and all its data will be destroyed. Reassign its dataclips to the new database first.").arg(old),
        QStringLiteral("heroku addons:destroy %1 -a %2").arg(old, o.app), o.app, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &SwitchResultPage::deprovision);
    dialog->open();
}

void SwitchResultPage::deprovision()
{
    const SwitchOptions o = m_wizard->options();
    const QString old = m_wizard->findings().sourceAddonName;
    m_ui->deprovisionPushButton->setEnabled(false);
    ApiCall *call = m_wizard->services().platform->destroyAddon(o.app, old, false, this);
    connect(call, &ApiCall::finished, this, [this, old](const ApiResult &result) {
        m_ui->offerStatusLabel->setText(result.ok() ? tr("%1 is being deprovisioned.").arg(old)
                                                    : result.error.userText());
        m_ui->deprovisionPushButton->setEnabled(!result.ok());
    });
}

} // namespace hpg

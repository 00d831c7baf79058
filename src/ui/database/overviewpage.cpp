#include "overviewpage.h"

#include "core/heroku/apiclient.h"
#include "core/heroku/configvars.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "core/settings/appsettings.h"
#include "core/settings/languagemanager.h"
#include "inforowtext.h"
#include "ui/widgets/appearance.h"

#include "ui_overviewpage.h"

#include <QClipboard>
#include <QDateTime>
#include <QFontInfo>
#include <QGuiApplication>

namespace hpg {

namespace {
const auto kRefreshKey = QStringLiteral("overview/refreshSeconds");
constexpr int kLinkRole = Qt::UserRole + 1;
} // namespace

OverviewPage::OverviewPage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OverviewPage>())
    , m_api(api)
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(QFontInfo(titleFont).pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    Appearance::keepPanelStyled(m_ui->errorLabel, Appearance::Tone::Error);
    m_ui->errorLabel->hide();
    fillRefreshChoices();

    connect(m_ui->refreshPushButton, &QPushButton::clicked, this, &OverviewPage::refresh);
    connect(m_ui->copyCliPushButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(cliCommand()); });
    connect(m_ui->autoRefreshComboBox, &QComboBox::activated, this, &OverviewPage::onRefreshChoice);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible()) // a page nobody looks at costs no API requests
            refresh();
    });
    connect(m_ui->infoTreeWidget, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString link = item->data(1, kLinkRole).toString();
        if (!link.isEmpty())
            emit databaseLinkActivated(m_appName, link);
    });
}

OverviewPage::~OverviewPage()
{
    cancelPending();
}

void OverviewPage::fillRefreshChoices()
{
    const int saved = AppSettings::value(kRefreshKey, 60).toInt();
    const QSignalBlocker blocker(m_ui->autoRefreshComboBox);
    m_ui->autoRefreshComboBox->clear();
    //: automatic refresh of the overview: not at all
    m_ui->autoRefreshComboBox->addItem(tr("Off"), 0);
    for (const int seconds : { 10, 30, 60, 300 }) {
        m_ui->autoRefreshComboBox->addItem(
            seconds < 60 ? tr("%n second(s)", nullptr, seconds) : tr("%n minute(s)", nullptr, seconds / 60), seconds);
    }
    m_ui->autoRefreshComboBox->setCurrentIndex(qMax(0, m_ui->autoRefreshComboBox->findData(saved)));
    // Only a choice the user makes is saved: writing the settings file at start-up cost 1.6 ms.
    startRefreshTimer(m_ui->autoRefreshComboBox->currentData().toInt());
}

void OverviewPage::onRefreshChoice(int index)
{
    const int seconds = m_ui->autoRefreshComboBox->itemData(index).toInt();
    AppSettings::setValue(kRefreshKey, seconds);
    startRefreshTimer(seconds);
}

void OverviewPage::startRefreshTimer(int seconds)
{
    if (seconds > 0)
        m_refreshTimer.start(seconds * 1000);
    else
        m_refreshTimer.stop();
}

void OverviewPage::setDatabase(const QString &appName, const QString &addonName, const QStringList &attachmentNames)
{
    cancelPending();
    ++m_shown;
    m_appName = appName;
    m_addonName = addonName;
    m_attachmentNames = attachmentNames;
    m_info = DatabaseInfo();
    m_haveConfig = m_haveDatabase = false;
    m_ui->infoTreeWidget->clear();
    m_ui->errorLabel->hide();
    m_ui->updatedLabel->clear();
    updateTitle();
}

void OverviewPage::showDatabase(const QString &appName, const QString &addonName, const QStringList &attachmentNames)
{
    setDatabase(appName, addonName, attachmentNames);
    refresh();
}

void OverviewPage::showDatabase(const QString &appName, const QString &addonName, const QStringList &attachmentNames,
                                const DatabaseInfo &info, const QHash<QString, QString> &configVars)
{
    setDatabase(appName, addonName, attachmentNames);
    m_info = info;
    m_configVars = configVars;
    m_haveConfig = m_haveDatabase = true;
    m_ui->refreshPushButton->setEnabled(true);
    const int shown = m_shown;
    QMetaObject::invokeMethod(
        this,
        [this, shown] {
            if (shown == m_shown)
                fill();
        },
        Qt::QueuedConnection);
}

QString OverviewPage::cliCommand() const
{
    const QString name = m_attachmentNames.isEmpty() ? m_addonName : m_attachmentNames.constFirst();
    return QStringLiteral("heroku pg:info %1 --app %2").arg(name, m_appName);
}

void OverviewPage::cancelPending()
{
    if (m_configCall)
        m_configCall->cancel();
    if (m_databaseCall)
        m_databaseCall->cancel();
}

void OverviewPage::refresh()
{
    if (m_addonName.isEmpty())
        return;
    cancelPending();
    ++m_shown;
    m_haveConfig = m_haveDatabase = false;
    m_ui->refreshPushButton->setEnabled(false);
    PlatformClient platform(m_api);
    DataClient dataApi(m_api);
    m_configCall = platform.configVars(m_appName, this);
    connect(m_configCall, &ApiCall::finished, this, &OverviewPage::onConfigVars);
    m_databaseCall = dataApi.database(m_addonName, this);
    connect(m_databaseCall, &ApiCall::finished, this, &OverviewPage::onDatabase);
}

void OverviewPage::onConfigVars(const ApiResult &result)
{
    m_configVars = ConfigVars::fromJson(result.object());
    m_haveConfig = true; // without them links show host:port/db; not worth failing the page for
    if (m_haveDatabase)
        fill();
}

void OverviewPage::onDatabase(const ApiResult &result)
{
    m_ui->refreshPushButton->setEnabled(true);
    if (!result.ok()) {
        if (result.error.isNotFound() && result.error.message.isEmpty())
            showError(tr("The database %1 is still being provisioned. It appears here once it is available.")
                          .arg(m_addonName));
        else
            showError(result.error.userText());
        return;
    }
    m_info = DatabaseInfo::fromJson(result.object());
    m_haveDatabase = true;
    if (m_haveConfig)
        fill();
}

void OverviewPage::fill()
{
    m_ui->errorLabel->hide();
    auto *tree = m_ui->infoTreeWidget;
    const QString selected = tree->currentItem() ? tree->currentItem()->data(0, Qt::UserRole).toString() : QString();
    tree->clear();
    for (const auto &row : m_info.rows) {
        if (row.values.isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(tree);
        item->setText(0, InfoRowText::label(row.name));
        item->setData(0, Qt::UserRole, row.name);
        item->setToolTip(0, row.name);
        item->setText(1, InfoRowText::value(row, m_configVars));
        item->setToolTip(1,
                         row.values.join(QStringLiteral(", "))); // not prose: the API's values, as the CLI joins them
        if (row.resolveDbName && row.values.size() == 1) {
            item->setData(1, kLinkRole, InfoRowText::resolveDbName(row.values.constFirst(), m_configVars));
            QFont font = item->font(1);
            font.setUnderline(true);
            item->setFont(1, font);
        }
        if (row.name == selected)
            tree->setCurrentItem(item);
    }
    auto *addon = new QTreeWidgetItem(tree);
    addon->setText(0, InfoRowText::label(QStringLiteral("Add-on")));
    addon->setData(0, Qt::UserRole, QStringLiteral("Add-on"));
    addon->setText(1, m_addonName);
    tree->resizeColumnToContents(0);
    m_ui->updatedLabel->setText(
        tr("Updated at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    emit loaded();
}

void OverviewPage::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    emit failed(message);
}

void OverviewPage::updateTitle()
{
    const QString names = m_attachmentNames.isEmpty() ? m_addonName : LanguageManager::joinList(m_attachmentNames);
    m_ui->titleLabel->setText(tr("%1 on %2").arg(names, m_appName));
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillRefreshChoices();
        updateTitle();
        if (m_haveDatabase)
            fill();
    }
    QWidget::changeEvent(event);
}

} // namespace hpg

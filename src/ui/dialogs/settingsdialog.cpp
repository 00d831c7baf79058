#include "settingsdialog.h"

#include "core/settings/languagemanager.h"
#include "core/settings/usersettings.h"
#include "ui/widgets/appearance.h"
#include "ui/widgets/secretclipboard.h"

#include "ui_settingsdialog.h"

#include <QCheckBox>
#include <QSpinBox>

namespace hpg {

SettingsDialog::SettingsDialog(LanguageManager *languages, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_languages(languages)
{
    m_ui->setupUi(this);
    fillLanguages();
    fillColorSchemes();
    connect(m_ui->colorSchemeComboBox, &QComboBox::activated, this, [this](int index) {
        const auto scheme = UserSettings::ColorScheme(m_ui->colorSchemeComboBox->itemData(index).toInt());
        UserSettings::setColorScheme(scheme);
        Appearance::apply(scheme);
    });
    connect(m_ui->languageComboBox, &QComboBox::activated, this, &SettingsDialog::onLanguageActivated);
    connect(m_ui->settingsButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->clipboardClearSpinBox->setValue(SecretClipboard::clearSeconds());
    updateClipboardSuffix();
    connect(m_ui->clipboardClearSpinBox, &QSpinBox::valueChanged, this, [this](int seconds) {
        SecretClipboard::setClearSeconds(seconds);
        updateClipboardSuffix();
    });
    m_ui->maintenanceNotificationsCheckBox->setChecked(UserSettings::maintenanceNotifications());
    m_ui->maintenanceNoticeDaysSpinBox->setValue(UserSettings::maintenanceNoticeDays());
    m_ui->maintenanceNoticeDaysSpinBox->setEnabled(UserSettings::maintenanceNotifications());
    connect(m_ui->maintenanceNotificationsCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        UserSettings::setMaintenanceNotifications(on);
        m_ui->maintenanceNoticeDaysSpinBox->setEnabled(on);
    });
    connect(m_ui->maintenanceNoticeDaysSpinBox, &QSpinBox::valueChanged, this,
            [](int days) { UserSettings::setMaintenanceNoticeDays(days); });
}

void SettingsDialog::updateClipboardSuffix()
{
    m_ui->clipboardClearSpinBox->setSpecialValueText(tr("Never"));
    m_ui->clipboardClearSpinBox->setSuffix(tr(" s", "seconds"));
    m_ui->maintenanceNoticeDaysSpinBox->setSuffix(tr(" day(s)"));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    using Language = LanguageManager::Language;
    const QSignalBlocker blocker(m_ui->languageComboBox);
    m_ui->languageComboBox->clear();
    m_ui->languageComboBox->addItem(tr("System default"), QVariant::fromValue(Language::System));
    // Each language is named in itself, so a user can find theirs whatever is shown now.
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QVariant::fromValue(Language::English));
    m_ui->languageComboBox->addItem(QStringLiteral("日本語"), QVariant::fromValue(Language::Japanese));
    const int current = m_ui->languageComboBox->findData(QVariant::fromValue(m_languages->language()));
    m_ui->languageComboBox->setCurrentIndex(qMax(0, current));
}

void SettingsDialog::fillColorSchemes()
{
    using Scheme = UserSettings::ColorScheme;
    const QSignalBlocker blocker(m_ui->colorSchemeComboBox);
    m_ui->colorSchemeComboBox->clear();
    //: colours: follow the desktop's light or dark setting
    m_ui->colorSchemeComboBox->addItem(tr("Same as the desktop"), int(Scheme::System));
    m_ui->colorSchemeComboBox->addItem(tr("Light"), int(Scheme::Light));
    m_ui->colorSchemeComboBox->addItem(tr("Dark"), int(Scheme::Dark));
    m_ui->colorSchemeComboBox->setCurrentIndex(
        qMax(0, m_ui->colorSchemeComboBox->findData(int(UserSettings::colorScheme()))));
}

void SettingsDialog::onLanguageActivated(int index)
{
    const auto language = m_ui->languageComboBox->itemData(index).value<LanguageManager::Language>();
    LanguageManager::saveLanguage(language);
    m_languages->apply(language);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
        fillColorSchemes();
        updateClipboardSuffix();
    }
    QDialog::changeEvent(event);
}

} // namespace hpg

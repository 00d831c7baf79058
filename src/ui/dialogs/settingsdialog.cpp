#include "settingsdialog.h"

#include "core/settings/languagemanager.h"
#include "ui/widgets/secretclipboard.h"

#include "ui_settingsdialog.h"

#include <QSpinBox>

namespace hpg {

SettingsDialog::SettingsDialog(LanguageManager *languages, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_languages(languages)
{
    m_ui->setupUi(this);
    fillLanguages();
    connect(m_ui->languageComboBox, &QComboBox::activated, this, &SettingsDialog::onLanguageActivated);
    connect(m_ui->settingsButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->clipboardClearSpinBox->setValue(SecretClipboard::clearSeconds());
    updateClipboardSuffix();
    connect(m_ui->clipboardClearSpinBox, &QSpinBox::valueChanged, this, [this](int seconds) {
        SecretClipboard::setClearSeconds(seconds);
        updateClipboardSuffix();
    });
}

void SettingsDialog::updateClipboardSuffix()
{
    m_ui->clipboardClearSpinBox->setSpecialValueText(tr("Never"));
    m_ui->clipboardClearSpinBox->setSuffix(tr(" s", "seconds"));
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
        updateClipboardSuffix();
    }
    QDialog::changeEvent(event);
}

} // namespace hpg

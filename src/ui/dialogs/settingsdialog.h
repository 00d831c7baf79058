#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace hpg {

class LanguageManager;

// Preferences. Changes apply at once; there is nothing to confirm.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(LanguageManager *languages, QWidget *parent = nullptr);
    ~SettingsDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();
    void fillColorSchemes();
    void onLanguageActivated(int index);
    void updateClipboardSuffix();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    LanguageManager *m_languages;
};

} // namespace hpg

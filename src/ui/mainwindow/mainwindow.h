#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace hpg {

class LanguageManager;

// The shell: menus, the app/database tree on the left, pages on the right,
// the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Renders the window as it is now into a PNG; false when it cannot be written.
    bool saveScreenshot(const QString &fileName);

public slots:
    void showAbout();
    void showSettings();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreLayout();
    void saveLayout() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    LanguageManager *m_languages;
};

} // namespace hpg

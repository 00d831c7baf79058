#include "mainwindow.h"

#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/settingsdialog.h"

#include "ui_mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFontInfo>
#include <QSettings>

namespace hpg {

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_languages(languages)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/hpgdesk.svg")));
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({ 300, 800 });
    QFont titleFont = m_ui->welcomeTitleLabel->font();
    titleFont.setPointSizeF(QFontInfo(titleFont).pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_ui->welcomeTitleLabel->setFont(titleFont);

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->showBrowserAction, &QAction::toggled, m_ui->browserPaneWidget, &QWidget::setVisible);
    connect(m_ui->showStatusBarAction, &QAction::toggled, m_ui->mainStatusBar, &QWidget::setVisible);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    restoreLayout();
    m_ui->mainStatusBar->showMessage(tr("Not signed in."));
}

MainWindow::~MainWindow() = default;

bool MainWindow::saveScreenshot(const QString &fileName)
{
    return grab().save(fileName, "PNG");
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_languages, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainwindow/geometry")).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(QStringLiteral("mainwindow/splitter")).toByteArray());
    m_ui->showBrowserAction->setChecked(settings.value(QStringLiteral("mainwindow/showBrowser"), true).toBool());
    m_ui->showStatusBarAction->setChecked(settings.value(QStringLiteral("mainwindow/showStatusBar"), true).toBool());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainwindow/splitter"), m_ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("mainwindow/showBrowser"), m_ui->showBrowserAction->isChecked());
    settings.setValue(QStringLiteral("mainwindow/showStatusBar"), m_ui->showStatusBarAction->isChecked());
}

} // namespace hpg

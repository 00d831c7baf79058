// The main window's keyboard shortcuts and the tree's context menu (a topic of its own, beside
// mainwindow.cpp).
#include "core/session/session.h"
#include "mainwindow.h"
#include "treecontextmenu.h"
#include "ui/browser/browsermodel.h"
#include "ui/connect/connectpanel.h"
#include "ui/database/connectioninfopage.h"
#include "ui/database/overviewpage.h"

#include "ui_mainwindow.h"

#include <QStatusBar>

namespace hpg {

void MainWindow::setUpKeyboard()
{
    connect(m_ui->filterAction, &QAction::triggered, this, [this] {
        m_ui->showBrowserAction->setChecked(true);
        m_ui->browserFilterLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->browserFilterLineEdit->selectAll();
    });
    connect(m_ui->overviewTabAction, &QAction::triggered, this,
            [this] { showDatabasePage(QStringLiteral("overview")); });
    connect(m_ui->connectionTabAction, &QAction::triggered, this,
            [this] { showDatabasePage(QStringLiteral("connection")); });
    connect(m_ui->sessionsTabAction, &QAction::triggered, this,
            [this] { showDatabasePage(QStringLiteral("sessions")); });
    connect(m_ui->maintenanceTabAction, &QAction::triggered, this,
            [this] { showDatabasePage(QStringLiteral("maintenance")); });
    connect(m_ui->backupsTabAction, &QAction::triggered, this, [this] { showDatabasePage(QStringLiteral("backups")); });
    connect(m_ui->diagnoseTabAction, &QAction::triggered, this,
            [this] { showDatabasePage(QStringLiteral("diagnose")); });
    connect(m_ui->copyUrlAction, &QAction::triggered, this, [this] {
        ConnectionInfoPage *page = connectionInfoPage();
        page->showDatabase(m_overview->appName(), m_overview->addonName());
        page->copyWhenLoaded(ConnectionInfoPage::Format::Url);
    });
    connect(m_ui->openConnectAction, &QAction::triggered, this, [this] {
        const QString app = m_ui->browserTreeView->currentIndex().data(BrowserModel::AppNameRole).toString();
        if (!m_connectPanel || app.isEmpty())
            return;
        m_connectPanel->showApp(app);
        m_ui->pagesStackedWidget->setCurrentWidget(m_connectPanel);
    });
    m_ui->browserTreeView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->browserTreeView, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);
}

void MainWindow::showTreeMenu(const QPoint &position)
{
    auto *tree = m_ui->browserTreeView;
    QModelIndex index = tree->indexAt(position);
    if (!index.isValid()) // the menu key: the current node
        index = tree->currentIndex();
    const auto kind = BrowserModel::Kind(index.data(BrowserModel::KindRole).toInt());
    if (!index.isValid() || (kind != BrowserModel::Kind::App && kind != BrowserModel::Kind::Database))
        return;
    tree->setCurrentIndex(index); // the window's actions follow the selection
    const QList<QAction *> lead = kind == BrowserModel::Kind::Database ? databaseTabActions() : QList<QAction *> {};
    TreeContextMenu::popup(lead, m_ui->databaseMenu, tree->viewport()->mapToGlobal(tree->visualRect(index).center()),
                           this);
}

} // namespace hpg

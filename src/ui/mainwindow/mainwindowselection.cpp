// Selecting a tree node by key ("app:NAME", "db:APP/ADDON"), which may have to wait for the tree
// (and the app's databases) to load, and saying so when there is no such node.
#include "mainwindow.h"
#include "ui/browser/browsercontroller.h"
#include "ui/browser/browsermodel.h"

#include "ui_mainwindow.h"

#include <QSortFilterProxyModel>

namespace hpg {

void MainWindow::selectKey(const QString &key)
{
    m_pendingKey = key;
    m_pendingKeyAsked = true;
    applyPendingSelection();
}

void MainWindow::pendingKeyNotFound()
{
    const QString key = m_pendingKey;
    const bool asked = m_pendingKeyAsked;
    m_pendingKey.clear();
    m_pendingKeyAsked = false;
    if (asked)
        emit keyNotFound(key);
}

QStringList MainWindow::exampleKeys(const QString &key, int limit) const
{
    QStringList examples;
    const QString app = key.section(QLatin1Char(':'), 1).section(QLatin1Char('/'), 0, 0);
    if (!app.isEmpty() && m_model->indexForKey(QStringLiteral("app:") + app).isValid())
        examples = m_model->keys(QStringLiteral("db:%1/").arg(app));
    for (const QString &appKey : m_model->keys(QStringLiteral("app:"))) {
        if (!examples.contains(appKey))
            examples.append(appKey);
    }
    return examples.mid(0, limit);
}

QString MainWindow::selectedKey() const
{
    return m_ui->browserTreeView->currentIndex().data(BrowserModel::KeyRole).toString();
}

void MainWindow::applyPendingSelection()
{
    if (m_pendingKey.isEmpty() || m_model->appCount() == 0)
        return;
    QModelIndex index = m_model->indexForKey(m_pendingKey);
    if (!index.isValid() && m_pendingKey.startsWith(QLatin1String("db:"))) {
        // db:APP/ADDON: the app's databases may not be loaded yet.
        const QString app = m_pendingKey.mid(3).section(QLatin1Char('/'), 0, 0);
        if (!m_model->indexForKey(QStringLiteral("app:") + app).isValid() || m_model->databasesLoaded(app)) {
            pendingKeyNotFound(); // no such app, or loaded and the database is not there
            return;
        }
        m_controller->loadDatabases(app);
        return;
    }
    if (!index.isValid()) {
        pendingKeyNotFound();
        return;
    }
    m_pendingKey.clear();
    m_pendingKeyAsked = false;
    const QModelIndex proxyIndex = m_proxy->mapFromSource(index);
    for (QModelIndex p = proxyIndex.parent(); p.isValid(); p = p.parent())
        m_ui->browserTreeView->expand(p);
    m_ui->browserTreeView->setCurrentIndex(proxyIndex);
    m_ui->browserTreeView->scrollTo(proxyIndex);
}

} // namespace hpg

// The main window's DBA toolbox on one database (Database menu and the tree's context menu): Open
// in psql, Reset, Promote, Unfollow (a topic of its own, beside mainwindow.cpp). Reset, Promote and
// Unfollow are runbooks (core/runbooks) in the generic RunbookWizard; psql is PsqlLauncher's.
#include "core/heroku/apiclient.h"
#include "core/heroku/credential.h"
#include "core/heroku/dataclient.h"
#include "core/pg/psqllauncher.h"
#include "core/runbooks/databaseactionoptions.h"
#include "core/runbooks/promotedatabase.h"
#include "core/runbooks/resetdatabase.h"
#include "core/runbooks/runbook.h"
#include "core/runbooks/unfollowdatabase.h"
#include "core/session/session.h"
#include "mainwindow.h"
#include "ui/browser/browsermodel.h"
#include "ui/mainwindow/unfinishedruns.h"
#include "ui/wizards/runbookwizard.h"

#include "ui_mainwindow.h"

#include <QItemSelectionModel>

namespace hpg {

void MainWindow::setUpToolboxActions()
{
    m_psql = new PsqlLauncher(this);
    connect(m_psql, &PsqlLauncher::launched, this,
            [this](const QString &text) { m_ui->mainStatusBar->showMessage(text, 10000); });
    connect(m_psql, &PsqlLauncher::failed, this,
            [this](const QString &text) { m_ui->mainStatusBar->showMessage(text); });
    connect(m_ui->openPsqlAction, &QAction::triggered, this, &MainWindow::openPsql);
    connect(m_ui->resetDatabaseAction, &QAction::triggered, this,
            [this] { openDatabaseAction(QLatin1String(ResetDatabase::kKind)); });
    connect(m_ui->promoteDatabaseAction, &QAction::triggered, this,
            [this] { openDatabaseAction(QLatin1String(PromoteDatabase::kKind)); });
    connect(m_ui->unfollowDatabaseAction, &QAction::triggered, this,
            [this] { openDatabaseAction(QLatin1String(UnfollowDatabase::kKind)); });
    const QList<QAction *> actions { m_ui->openPsqlAction, m_ui->resetDatabaseAction, m_ui->promoteDatabaseAction,
                                     m_ui->unfollowDatabaseAction };
    // On a database node, signed in; Promote not on the one that already is DATABASE_URL.
    const auto update = [this, actions] {
        const QModelIndex current = m_ui->browserTreeView->currentIndex();
        const bool database = m_session->isSignedIn() && current.isValid()
            && BrowserModel::Kind(current.data(BrowserModel::KindRole).toInt()) == BrowserModel::Kind::Database;
        for (QAction *action : actions)
            action->setEnabled(database);
        const QStringList names = current.data(BrowserModel::AttachmentNamesRole).toStringList();
        m_ui->promoteDatabaseAction->setEnabled(database && !names.contains(QLatin1String("DATABASE")));
    };
    connect(m_ui->browserTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this, update);
    connect(m_session, &Session::signedOut, this, update);
}

void MainWindow::openDatabaseAction(const QString &kind)
{
    const QModelIndex current = m_ui->browserTreeView->currentIndex();
    DatabaseActionOptions options;
    options.app = current.data(BrowserModel::AppNameRole).toString();
    options.database = current.data(BrowserModel::AddonNameRole).toString();
    if (options.app.isEmpty() || options.database.isEmpty())
        return;
    // Not while an unfinished run holds the app (its database may be about to change).
    if (kind != QLatin1String(UnfollowDatabase::kKind) && m_unfinishedRuns
        && m_unfinishedRuns->offerHoldingRun(options.app, RunbookRegistry::find(kind)->title(options.toJson())))
        return;
    const Journal journal = RunbookRegistry::newJournal(kind, options.app, options.toJson(), runbookServices());
    // The pre-flight only reads; the destructive step waits for the typed app name.
    auto *wizard = new RunbookWizard(journal, runbookServices(), this);
    wizard->setObjectName(kind + QStringLiteral("Wizard"));
    wizard->setStartAtOnce(true);
    wizard->show();
}

void MainWindow::openPsql()
{
    const QModelIndex current = m_ui->browserTreeView->currentIndex();
    const QString app = current.data(BrowserModel::AppNameRole).toString();
    const QString addon = current.data(BrowserModel::AddonNameRole).toString();
    if (addon.isEmpty())
        return;
    m_ui->mainStatusBar->showMessage(tr("Opening psql for %1…").arg(addon));
    // The default credential, fetched for this and kept in memory only.
    auto *call = DataClient(m_session->api()).credentials(addon, this);
    connect(call, &ApiCall::finished, this, [this, app, addon](const ApiResult &result) {
        if (!result.ok()) {
            m_ui->mainStatusBar->showMessage(result.error.userText());
            return;
        }
        for (const auto &value : result.array()) {
            const Credential credential = Credential::fromJson(value.toObject());
            if (credential.name == QLatin1String("default")) {
                m_psql->launch(credential.connection, tr("%1 on %2").arg(addon, app));
                return;
            }
        }
        m_ui->mainStatusBar->showMessage(tr("%1 has no default credential to open psql with.").arg(addon));
    });
}

} // namespace hpg

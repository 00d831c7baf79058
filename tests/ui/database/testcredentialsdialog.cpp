// Connection Info ▸ Manage Credentials… and ▸ Export…, end to end against a real sandbox (real HTTP,
// real PostgreSQL roles): create a credential, see the app that attaches with it, rotate it (the
// new password logs in, the old one no longer does), destroy it (refused without the typed app
// name); Essential plans say named credentials do not apply. The export writes a pg_service.conf
// that `psql "service=NAME"` connects with, and the pgAdmin 4 / DBeaver files (their fields are
// checked against the tools' documented formats in testclientexport).
#include "core/heroku/credentialmanager.h"
#include "core/pg/conninfo.h"
#include "core/session/session.h"
#include "core/settings/languagemanager.h"
#include "sandboxprocess.h"
#include "screenshots.h"
#include "ui/database/connectioninfopage.h"
#include "ui/database/credentialsdialog.h"
#include "ui/database/exportdialog.h"
#include "ui/widgets/secretclipboard.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <libpq-fe.h>

using namespace hpg;

namespace {

const QString kApp = QStringLiteral("acme-storefront");
const QString kAddon = QStringLiteral("postgresql-acme-primary");

bool canLogIn(const ConnInfo &conn, QString *error = nullptr)
{
    PGconn *pg = PQconnectdb(conn.toKeyValue().toUtf8().constData());
    const bool ok = PQstatus(pg) == CONNECTION_OK;
    if (error)
        *error = QString::fromUtf8(PQerrorMessage(pg));
    PQfinish(pg);
    return ok;
}

// The object at `keys` in the JSON file at `path` (empty when the file or a key is missing).
QJsonObject jsonAt(const QString &path, const QStringList &keys)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    for (const QString &key : keys)
        object = object.value(key).toObject();
    return object;
}

QTreeWidgetItem *row(CredentialsDialog *dialog, const QString &name)
{
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("credentialsTreeWidget"));
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == name)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestCredentialsDialog : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    LanguageManager m_languages;
    Session m_session;
    SecretClipboard *m_clipboard = nullptr;

    ConnectionInfoPage *openPage(const QString &app, const QString &addon)
    {
        auto *page = new ConnectionInfoPage(m_session.api(), m_clipboard);
        page->resize(800, 600);
        page->show();
        QSignalSpy loaded(page, &ConnectionInfoPage::loaded);
        page->showDatabase(app, addon);
        if (!loaded.wait(60000))
            return nullptr;
        return page;
    }

    CredentialsDialog *openCredentials(ConnectionInfoPage *page)
    {
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("manageCredentialsPushButton")),
                          Qt::LeftButton);
        auto *dialog = page->findChild<CredentialsDialog *>(QStringLiteral("credentialsDialog"));
        if (dialog && !dialog->manager()->isLoaded())
            QSignalSpy(dialog->manager(), &CredentialManager::loaded).wait(60000);
        return dialog;
    }

    // Clicks `button`, types `typed` into the typed confirmation that opens and accepts it when it may.
    static bool confirmWith(QWidget *owner, QPushButton *button, const QString &typed)
    {
        QTest::mouseClick(button, Qt::LeftButton);
        QPointer<QDialog> confirm = owner->findChild<QDialog *>(QStringLiteral("typedConfirmationDialog"));
        if (!confirm)
            return false;
        QTest::keyClicks(confirm->findChild<QLineEdit *>(QStringLiteral("confirmAppNameLineEdit")), typed);
        auto *ok
            = confirm->findChild<QDialogButtonBox *>(QStringLiteral("confirmButtonBox"))->button(QDialogButtonBox::Ok);
        const bool enabled = ok->isEnabled();
        if (enabled)
            QTest::mouseClick(ok, Qt::LeftButton);
        else
            confirm->reject();
        delete confirm.data(); // closed, maybe deleted already (WA_DeleteOnClose)
        return enabled;
    }

    static bool waitForAction(CredentialsDialog *dialog, QString *message)
    {
        QSignalSpy finished(dialog, &CredentialsDialog::actionFinished);
        if (!finished.wait(120000))
            return false;
        *message = finished.at(0).at(1).toString();
        return finished.at(0).at(0).toBool();
    }

    static QString runPsql(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        QProcess psql;
        psql.setProcessEnvironment(environment);
        psql.start(QStringLiteral("psql"), arguments);
        if (!psql.waitForFinished(30000))
            return QStringLiteral("timed out");
        return QString::fromUtf8(psql.readAllStandardOutput()).trimmed()
            + QString::fromUtf8(psql.readAllStandardError()).trimmed();
    }

private slots:
    void initTestCase()
    {
        m_languages.apply(LanguageManager::Language::English);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        QSignalSpy signedIn(&m_session, &Session::signedIn);
        m_session.signIn(m_sandbox.url(), m_sandbox.token());
        QVERIFY(signedIn.wait(30000));
        m_clipboard = new SecretClipboard(this);
    }

    void createAttachRotateDestroy()
    {
        std::unique_ptr<ConnectionInfoPage> page(openPage(kApp, kAddon));
        QVERIFY(page);
        CredentialsDialog *dialog = openCredentials(page.get());
        QVERIFY(dialog);
        QVERIFY(row(dialog, QStringLiteral("default")));
        QVERIFY2(row(dialog, QStringLiteral("default"))->text(3).contains(QLatin1String("DATABASE on acme-storefront")),
                 qPrintable(row(dialog, QStringLiteral("default"))->text(3)));
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("essentialLabel"))->isVisible());
        QTemporaryDir auditDir;
        dialog->manager()->setAuditLog(AuditLog(auditDir.filePath(QStringLiteral("audit.log"))));

        // Create: a bad name is refused before anything is sent.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("newCredentialLineEdit"));
        auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createPushButton"));
        QTest::keyClicks(name, QStringLiteral("Bad Name"));
        QVERIFY(!create->isEnabled());
        name->clear();
        QTest::keyClicks(name, QStringLiteral("analyst"));
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QString message;
        QVERIFY2(waitForAction(dialog, &message), qPrintable(message));
        QTreeWidgetItem *analyst = row(dialog, QStringLiteral("analyst"));
        QVERIFY(analyst);
        QCOMPARE(analyst->text(3), QStringLiteral("Not attached"));
        const ConnInfo created = dialog->manager()->entry(QStringLiteral("analyst"))->credential.connection;
        QString error;
        QVERIFY2(canLogIn(created, &error), qPrintable(error));

        // The same copy forms as Connection Info.
        dialog->selectCredential(QStringLiteral("analyst"));
        QSignalSpy copied(dialog, &CredentialsDialog::copied);
        dialog->copy(ConnInfo::Form::Jdbc);
        QCOMPARE(copied.size(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), created.toJdbcUrl());

        // Attached to an app with that credential: the dialog says so, and destroy is refused.
        const QJsonObject attachment
            = m_sandbox
                  .request("POST", QStringLiteral("/addon-attachments"),
                           { { QStringLiteral("addon"), QJsonObject { { QStringLiteral("name"), kAddon } } },
                             { QStringLiteral("app"), QJsonObject { { QStringLiteral("name"), kApp } } },
                             { QStringLiteral("name"), QStringLiteral("ANALYST") },
                             { QStringLiteral("namespace"), QStringLiteral("credential:analyst") } })
                  .object();
        QVERIFY(!attachment.value(QStringLiteral("id")).toString().isEmpty());
        QSignalSpy reloaded(dialog->manager(), &CredentialManager::loaded);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("refreshPushButton")), Qt::LeftButton);
        QVERIFY(reloaded.wait(60000));
        QCOMPARE(row(dialog, QStringLiteral("analyst"))->text(3), QStringLiteral("ANALYST on acme-storefront"));
        QVERIFY(!row(dialog, QStringLiteral("default"))->text(3).contains(QLatin1String("ANALYST")));
        dialog->selectCredential(QStringLiteral("analyst"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("destroyPushButton")), Qt::LeftButton);
        QVERIFY(!dialog->findChild<QDialog *>(QStringLiteral("typedConfirmationDialog")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text().contains(QLatin1String("Detach")));
        QVERIFY(hpgtest::saveScreenshots(dialog, QStringLiteral("credentials-dialog")).isEmpty());
        m_sandbox.request("DELETE",
                          QStringLiteral("/addon-attachments/") + attachment.value(QStringLiteral("id")).toString());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("refreshPushButton")), Qt::LeftButton);
        QVERIFY(reloaded.wait(60000));
        QCOMPARE(row(dialog, QStringLiteral("analyst"))->text(3), QStringLiteral("Not attached"));

        // Rotate: the typed confirmation wants the whole app name; then the password changes on the cluster.
        dialog->selectCredential(QStringLiteral("analyst"));
        auto *rotate = dialog->findChild<QPushButton *>(QStringLiteral("rotatePushButton"));
        QVERIFY(!confirmWith(dialog, rotate, QStringLiteral("acme-storefron")));
        QSignalSpy rotated(dialog, &CredentialsDialog::actionFinished);
        QVERIFY(confirmWith(dialog, rotate, kApp));
        QVERIFY(rotated.wait(120000));
        QVERIFY2(rotated.at(0).at(0).toBool(), qPrintable(rotated.at(0).at(1).toString()));
        const ConnInfo after = dialog->manager()->entry(QStringLiteral("analyst"))->credential.connection;
        QCOMPARE(after.user(), created.user());
        QVERIFY(after.password() != created.password());
        QVERIFY2(canLogIn(after, &error), qPrintable(error));
        QVERIFY(!canLogIn(created)); // the old password no longer works

        // Destroy: refused without the app name typed (core and GUI), then done with it.
        dialog->manager()->destroy(QStringLiteral("analyst"), QStringLiteral("acme"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))
                    ->text()
                    .contains(QLatin1String("Type the app name")));
        auto *destroy = dialog->findChild<QPushButton *>(QStringLiteral("destroyPushButton"));
        QVERIFY(!confirmWith(dialog, destroy, QStringLiteral("wrong-app")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("refreshPushButton")), Qt::LeftButton);
        QVERIFY(reloaded.wait(60000));
        QVERIFY(row(dialog, QStringLiteral("analyst"))); // still there
        QVERIFY(canLogIn(after));
        dialog->selectCredential(QStringLiteral("analyst"));
        QSignalSpy destroyed(dialog, &CredentialsDialog::actionFinished);
        QVERIFY(confirmWith(dialog, destroy, kApp));
        QVERIFY(destroyed.wait(120000));
        QVERIFY2(destroyed.at(0).at(0).toBool(), qPrintable(destroyed.at(0).at(1).toString()));
        QVERIFY(!row(dialog, QStringLiteral("analyst")));
        QVERIFY(!canLogIn(after)); // the role is gone
        // The default credential cannot be destroyed.
        dialog->selectCredential(QStringLiteral("default"));
        QVERIFY(!destroy->isEnabled());

        // What was done is in the audit log, with the command and without a password; refusals are not.
        QStringList actions;
        for (const QJsonObject &entry : dialog->manager()->auditLog().entries()) {
            actions.append(entry.value(QStringLiteral("action")).toString());
            QVERIFY(entry.value(QStringLiteral("ok")).toBool());
            QCOMPARE(entry.value(QStringLiteral("addon")).toString(), kAddon);
            QCOMPARE(entry.value(QStringLiteral("credential")).toString(), QStringLiteral("analyst"));
            QVERIFY(entry.value(QStringLiteral("cli")).toString().startsWith(QLatin1String("heroku pg:credentials:")));
        }
        QCOMPARE(actions,
                 QStringList({ QStringLiteral("credentials.create"), QStringLiteral("credentials.rotate"),
                               QStringLiteral("credentials.destroy") }));
        QFile audit(dialog->manager()->auditLog().path());
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray auditText = audit.readAll();
        QVERIFY(!auditText.contains(created.password().toUtf8()));
        QVERIFY(!auditText.contains(after.password().toUtf8()));
    }

    void rotateAllChangesEveryPassword()
    {
        std::unique_ptr<ConnectionInfoPage> page(openPage(kApp, kAddon));
        QVERIFY(page);
        CredentialsDialog *dialog = openCredentials(page.get());
        QVERIFY(dialog);
        const ConnInfo before = dialog->manager()->entry(QStringLiteral("default"))->credential.connection;
        QSignalSpy rotated(dialog, &CredentialsDialog::actionFinished);
        QVERIFY(confirmWith(dialog, dialog->findChild<QPushButton *>(QStringLiteral("rotateAllPushButton")), kApp));
        QVERIFY(rotated.wait(120000));
        QVERIFY2(rotated.at(0).at(0).toBool(), qPrintable(rotated.at(0).at(1).toString()));
        const ConnInfo after = dialog->manager()->entry(QStringLiteral("default"))->credential.connection;
        QVERIFY(after.password() != before.password());
        QString error;
        QVERIFY2(canLogIn(after, &error), qPrintable(error));
        QVERIFY(!canLogIn(before));
        // Connection Info follows what changed in the dialog.
        QTRY_COMPARE_WITH_TIMEOUT(page->current().password(), after.password(), 30000);
    }

    void essentialSaysCredentialsDoNotApply()
    {
        std::unique_ptr<ConnectionInfoPage> page(
            openPage(QStringLiteral("acme-blog"), QStringLiteral("postgresql-acme-blog")));
        QVERIFY(page);
        CredentialsDialog *dialog = openCredentials(page.get());
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("essentialLabel"))->isVisible());
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("newCredentialLineEdit"))->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("createPushButton"))->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("rotateAllPushButton"))->isEnabled());
        QSignalSpy refused(dialog->manager(), &CredentialManager::actionFinished);
        dialog->manager()->create(QStringLiteral("analyst"));
        QCOMPARE(refused.size(), 1);
        QVERIFY(!refused.at(0).at(0).toBool());
        QVERIFY(hpgtest::saveScreenshots(dialog, QStringLiteral("credentials-dialog-essential")).isEmpty());
    }

    void exportServiceFileConnectsWithPsql()
    {
        std::unique_ptr<ConnectionInfoPage> page(openPage(kApp, kAddon));
        QVERIFY(page);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("exportPushButton")), Qt::LeftButton);
        auto *dialog = page->findChild<ExportDialog *>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        QTemporaryDir dir;
        const QString serviceFile = dir.filePath(QStringLiteral("pg_service.conf"));
        const QString passFile = dir.filePath(QStringLiteral("pgpass"));
        {
            QFile existing(serviceFile);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("[someone-else]\nhost=elsewhere.example.com\ndbname=x\n");
        }
        auto *include = dialog->findChild<QCheckBox *>(QStringLiteral("includePasswordCheckBox"));
        QVERIFY(!include->isChecked()); // off unless asked for
        dialog->setTarget(ClientExport::Target::LibpqService);
        // The file is chosen in a file dialog that does not block.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("browsePathPushButton")), Qt::LeftButton);
        auto *files = dialog->findChild<QFileDialog *>(QStringLiteral("exportFileDialog"));
        QVERIFY(files);
        QVERIFY(files->isVisible());
        emit files->fileSelected(serviceFile);
        files->close();
        QCOMPARE(QDir::fromNativeSeparators(dialog->findChild<QLineEdit *>(QStringLiteral("pathLineEdit"))->text()),
                 serviceFile);
        dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("hpgtest"));
        dialog->findChild<QLineEdit *>(QStringLiteral("passFileLineEdit"))->setText(passFile);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("passwordNoteLabel"))
                    ->text()
                    .contains(QLatin1String("not included")));

        // Without the password: the service connects when the password comes from elsewhere only.
        QSignalSpy exported(dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportPushButton")), Qt::LeftButton);
        QCOMPARE(exported.size(), 1);
        QVERIFY(!QFile::exists(passFile));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &variable : environment.keys()) {
            if (variable.startsWith(QLatin1String("PG")))
                environment.remove(variable);
        }
        environment.insert(QStringLiteral("PGSERVICEFILE"), serviceFile);
        environment.insert(QStringLiteral("PGPASSFILE"), passFile);
        const QStringList query { QStringLiteral("service=hpgtest"), QStringLiteral("-w"), QStringLiteral("-XAtc"),
                                  QStringLiteral("SELECT current_user") };
        const QString refused = runPsql(query, environment);
        QVERIFY2(refused.contains(QLatin1String("password")), qPrintable(refused));
        const ConnInfo current = page->current();
        QProcessEnvironment withPassword = environment;
        withPassword.insert(QStringLiteral("PGPASSWORD"), current.password());
        QCOMPARE(runPsql(query, withPassword), current.user());

        // With the password: it goes to the password file (0600), never into the service file.
        include->setChecked(true);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("passwordNoteLabel"))->text().contains(passFile));
        QVERIFY(!dialog->findChild<QPlainTextEdit *>(QStringLiteral("previewPlainTextEdit"))
                     ->toPlainText()
                     .contains(current.password()));
        QVERIFY(hpgtest::saveScreenshots(dialog, QStringLiteral("export-dialog")).isEmpty());
        QVERIFY(dialog->exportNow());
        QCOMPARE(runPsql(query, environment), current.user());
        QCOMPARE(QFile::permissions(passFile) & 0x0077, QFileDevice::Permissions());
        QFile service(serviceFile);
        QVERIFY(service.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(service.readAll());
        QVERIFY(text.contains(QLatin1String("[someone-else]\nhost=elsewhere.example.com\n")));
        QVERIFY(text.contains(QLatin1String("credential default of postgresql-acme-primary")));
        QVERIFY(!text.contains(current.password()));

        // pgAdmin and DBeaver files land where chosen, with the password only when asked for.
        dialog->setTarget(ClientExport::Target::PgAdmin);
        include->setChecked(false);
        const QString servers = dir.filePath(QStringLiteral("servers.json"));
        dialog->findChild<QLineEdit *>(QStringLiteral("pathLineEdit"))->setText(servers);
        QVERIFY(dialog->exportNow());
        const QJsonObject server = jsonAt(servers, { QStringLiteral("Servers"), QStringLiteral("1") });
        QVERIFY(!server.isEmpty());
        QCOMPARE(server.value(QStringLiteral("Host")).toString(), current.host());
        QCOMPARE(server.value(QStringLiteral("Port")).toInt(), current.port());
        QCOMPARE(server.value(QStringLiteral("Username")).toString(), current.user());
        QVERIFY(!server.contains(QStringLiteral("PassFile")));

        dialog->setTarget(ClientExport::Target::DBeaver);
        include->setChecked(true);
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("passFileLineEdit"))->isVisible());
        const QString dataSources = dir.filePath(QStringLiteral("General/.dbeaver/data-sources-heroku.json"));
        dialog->findChild<QLineEdit *>(QStringLiteral("pathLineEdit"))->setText(dataSources);
        QVERIFY(dialog->exportNow());
        const QJsonObject configuration = jsonAt(
            dataSources,
            { QStringLiteral("connections"), QStringLiteral("hpgdesk-hpgtest"), QStringLiteral("configuration") });
        QVERIFY(!configuration.isEmpty());
        QCOMPARE(configuration.value(QStringLiteral("password")).toString(), current.password());
        QCOMPARE(QFile::permissions(dataSources) & 0x0077, QFileDevice::Permissions());
    }
};

QTEST_MAIN(TestCredentialsDialog)
#include "testcredentialsdialog.moc"

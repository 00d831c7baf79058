// Tools ▸ Audit Log…: the log core writes, as a table a filter narrows, exported as CSV.
#include "core/runbooks/auditlog.h"
#include "core/settings/languagemanager.h"
#include "screenshots.h"
#include "ui/dialogs/auditlogdialog.h"
#include "ui/dialogs/auditlogmodel.h"
#include "widgetdriver.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace hpg;

class TestAuditLogDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LanguageManager m_languages;

    QString writeLog()
    {
        const QString path = m_dir.filePath(QStringLiteral("audit.log"));
        QFile::remove(path);
        AuditLog log(path);
        AuditLog::setAccount(QStringLiteral("dba@example.com"));
        log.append(QStringLiteral("sessions.terminate"),
                   { { QStringLiteral("app"), QStringLiteral("acme-storefront") },
                     { QStringLiteral("addon"), QStringLiteral("postgresql-acme-primary") },
                     { QStringLiteral("cli"), QStringLiteral("heroku pg:kill 4242 --force -a acme-storefront") },
                     { QStringLiteral("ok"), true },
                     { QStringLiteral("result"), QStringLiteral("Session 4242 was terminated, \"really\".") } });
        QTest::qWait(5); // distinct times
        log.append(QStringLiteral("runbook.step"),
                   { { QStringLiteral("app"), QStringLiteral("acme-billing") },
                     { QStringLiteral("outcome"), QStringLiteral("failed") },
                     { QStringLiteral("step"), QStringLiteral("maintenance-on") },
                     { QStringLiteral("cli"), QStringLiteral("heroku maintenance:on -a acme-billing") },
                     { QStringLiteral("request_ids"), QJsonArray { QStringLiteral("req-1111") } },
                     { QStringLiteral("error"), QStringLiteral("Heroku refused.") } });
        AuditLog::setAccount(QString());
        return path;
    }

private slots:
    void cleanup() { m_languages.apply(LanguageManager::Language::English); }

    void showsFiltersAndExports()
    {
        AuditLogDialog dialog(writeLog());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.resize(1000, 400);
        dialog.show();
        auto *proxy = dialog.filterModel();
        QCOMPARE(proxy->rowCount(), 2);
        // Newest first; every column filled from the line, whoever wrote it.
        const auto cell = [proxy](int row, int column) {
            return proxy->index(row, column).data().toString();
        };
        QCOMPARE(cell(0, AuditLogModel::AppColumn), QStringLiteral("acme-billing"));
        QCOMPARE(cell(0, AuditLogModel::RequestIdColumn), QStringLiteral("req-1111"));
        QCOMPARE(cell(0, AuditLogModel::OutcomeColumn), QStringLiteral("Failed"));
        QCOMPARE(cell(1, AuditLogModel::AccountColumn), QStringLiteral("dba@example.com"));
        QCOMPARE(cell(1, AuditLogModel::DatabaseColumn), QStringLiteral("postgresql-acme-primary"));
        QCOMPARE(cell(1, AuditLogModel::ActionColumn), QStringLiteral("Terminate a session"));
        QVERIFY(cell(1, AuditLogModel::CliColumn).startsWith(QStringLiteral("heroku pg:kill 4242")));

        auto *filter = hpgtest::find<QLineEdit>(&dialog, "auditFilterLineEdit");
        filter->setText(QStringLiteral("pg:kill"));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(cell(0, AuditLogModel::AppColumn), QStringLiteral("acme-storefront"));

        // The export has the rows shown, as CSV (quotes doubled, a comma inside quotes).
        const QString csvPath = m_dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY(dialog.exportTo(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("time_utc,account,app,database,action")));
        QVERIFY2(lines.at(1).contains(QStringLiteral(",dba@example.com,acme-storefront,postgresql-acme-primary,"
                                                     "sessions.terminate,")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).endsWith(QStringLiteral(",ok,\"Session 4242 was terminated, \"\"really\"\".\"")),
                 qPrintable(lines.at(1)));
        QVERIFY(hpgtest::find<QLabel>(&dialog, "auditStatusLabel")->text().contains(QStringLiteral("audit.csv")));
        QVERIFY(!dialog.exportTo(m_dir.filePath(QStringLiteral("no/such/dir/a.csv"))));

        filter->clear();
        QCOMPARE(proxy->rowCount(), 2);
        QVERIFY(hpgtest::saveScreenshots(&dialog, QStringLiteral("audit-log")).isEmpty());
        // In Japanese the actions and outcomes are words, not the log's names.
        QVERIFY(m_languages.apply(LanguageManager::Language::Japanese));
        QVERIFY(!cell(0, AuditLogModel::OutcomeColumn).contains(QStringLiteral("failed")));
        QVERIFY(!cell(1, AuditLogModel::ActionColumn).contains(QStringLiteral("sessions")));
    }
};

QTEST_MAIN(TestAuditLogDialog)
#include "testauditlogdialog.moc"

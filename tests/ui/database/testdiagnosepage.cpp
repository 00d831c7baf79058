// The Diagnose tab offscreen against a real sandbox (driven by objectName): the demo world's
// problem database is diagnosed with a progress bar into green / yellow / red findings; a finding
// shows its explanation, threshold, rows and SQL (copied with Copy SQL); the trend charts fill
// while the tab is shown; the report is exported as Markdown and HTML; a limited credential,
// chosen in the credential box, says what it could not see. With HPG_SCREENSHOT_DIR set, saved
// in English and Japanese.
#include "../../core/diagnose/diagnosedriver.h"
#include "core/diagnose/diagnosechecks.h"
#include "core/diagnose/diagnosetrend.h"
#include "screenshots.h"
#include "ui/database/diagnosepage.h"
#include "ui/widgets/sparkchart.h"
#include "widgetdriver.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>

using namespace hpg;
using hpgtest::click;
using hpgtest::find;

class TestDiagnosePage : public QObject
{
    Q_OBJECT
private:
    SwitchFixture m_f;

    static QTreeWidgetItem *item(QTreeWidget *tree, const QString &checkId)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == checkId)
                return tree->topLevelItem(i);
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
    }

    void findingsExplainedExportedAndTrended()
    {
        DiagnosePage page(m_f.api.get());
        page.resize(1100, 800);
        page.trend()->setInterval(300);
        page.show();
        QSignalSpy finished(&page, &DiagnosePage::finished);
        auto *progress = find<QProgressBar>(&page, "diagnoseProgressBar");
        page.showDatabase(QStringLiteral("acme-analytics"), QStringLiteral("postgresql-acme-analytics"));
        QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), 20000); // while the checks run
        QVERIFY(finished.wait(60000));
        QVERIFY(!progress->isVisible());
        QCOMPARE(progress->value(), progress->maximum());

        auto *tree = find<QTreeWidget>(&page, "findingsTreeWidget");
        QCOMPARE(tree->topLevelItemCount(), int(DiagnoseRegistry::all().size()));
        QCOMPARE(item(tree, QStringLiteral("dead_tuples"))->text(1), QStringLiteral("Red"));
        QVERIFY(find<QLabel>(&page, "diagnoseSummaryLabel")->text().contains(QStringLiteral("standard-0")));

        tree->setCurrentItem(item(tree, QStringLiteral("unused_indexes")));
        QVERIFY(find<QLabel>(&page, "findingTitleLabel")->text().endsWith(QStringLiteral("Unused indexes")));
        QVERIFY(
            find<QLabel>(&page, "findingExplanationLabel")->text().contains(QStringLiteral("DROP INDEX CONCURRENTLY")));
        QVERIFY(find<QLabel>(&page, "findingThresholdLabel")->text().startsWith(QStringLiteral("Threshold: ")));
        auto *rows = find<QTableWidget>(&page, "findingRowsTableWidget");
        QVERIFY(!rows->findItems(QStringLiteral("page_views_viewed_at_idx"), Qt::MatchExactly).isEmpty());
        const QString sql = find<QPlainTextEdit>(&page, "findingSqlPlainTextEdit")->toPlainText();
        QVERIFY(sql.contains(QStringLiteral("pg_stat_user_indexes")));
        QVERIFY(click(&page, "copySqlPushButton"));
        QCOMPARE(QApplication::clipboard()->text(), sql);

        // The charts fill while the tab is shown.
        QTRY_VERIFY_WITH_TIMEOUT(find<SparkChart>(&page, "connectionsTrendChart")->values().size() >= 2, 20000);
        QVERIFY(find<SparkChart>(&page, "connectionsTrendChart")->values().last() >= 1);
        QVERIFY(!find<SparkChart>(&page, "deadRowsTrendChart")->values().isEmpty());
        QVERIFY(find<SparkChart>(&page, "deadRowsTrendChart")->values().last() >= 100000);

        tree->setCurrentItem(item(tree, QStringLiteral("bloat")));
        const QString error = hpgtest::saveScreenshots(&page, QStringLiteral("diagnose-1-findings"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Language changes re-render the findings; back in English.
        QCOMPARE(item(tree, QStringLiteral("dead_tuples"))->text(1), QStringLiteral("Red"));

        // Exported as Markdown and HTML.
        QTemporaryDir dir;
        const QString md = dir.filePath(QStringLiteral("report.md"));
        const QString html = dir.filePath(QStringLiteral("report.html"));
        QVERIFY(page.exportReport(md));
        QVERIFY(page.exportReport(html));
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(mdFile.readAll());
        QVERIFY(markdown.startsWith(QStringLiteral("# Diagnosis of postgresql-acme-analytics")));
        QVERIFY(markdown.contains(QStringLiteral("**Plan:** standard-0")));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        QVERIFY(htmlFile.readAll().contains("<h1>Diagnosis of postgresql-acme-analytics</h1>"));
        // The menu's actions ask where to save, without blocking.
        auto *menu = find<QMenu>(&page, "exportDiagnosisMenu");
        menu->actions().at(1)->trigger();
        auto *dialog = find<QWidget>(&page, "exportDiagnosisDialog");
        QVERIFY(dialog && dialog->isVisible());
        dialog->close();

        // Hidden, the tab stops sampling.
        page.hide();
        QVERIFY(!page.trend()->isSampling());
    }

    void limitedCredentialChosenInTheBox()
    {
        m_f.admin("POST", QStringLiteral("/postgres/v0/databases/postgresql-acme-analytics/credentials"),
                  { { QStringLiteral("name"), QStringLiteral("reporting") } });
        QTRY_VERIFY_WITH_TIMEOUT(
            !diagnosetest::credential(m_f, QStringLiteral("postgresql-acme-analytics"), QStringLiteral("reporting"))
                 .isEmpty(),
            30000);
        DiagnosePage page(m_f.api.get());
        page.resize(1100, 800);
        page.show();
        QSignalSpy finished(&page, &DiagnosePage::finished);
        page.showDatabase(QStringLiteral("acme-analytics"), QStringLiteral("postgresql-acme-analytics"));
        QVERIFY(finished.wait(60000));
        auto *limits = find<QLabel>(&page, "credentialLimitsLabel");
        QVERIFY(!limits->isVisible()); // the default credential sees everything
        auto *box = find<QComboBox>(&page, "diagnoseCredentialComboBox");
        QCOMPARE(box->itemText(0), QStringLiteral("default"));
        const int reporting = box->findText(QStringLiteral("reporting"));
        QVERIFY(reporting > 0);
        box->setCurrentIndex(reporting);
        emit box->activated(reporting);
        QVERIFY(finished.wait(60000));
        QVERIFY(limits->isVisible());
        QVERIFY(limits->text().contains(QStringLiteral("cannot see what")));
        QCOMPARE(page.report().context.readAllStats, false);
        auto *tree = find<QTreeWidget>(&page, "findingsTreeWidget");
        tree->setCurrentItem(item(tree, QStringLiteral("idle_in_transaction")));
        QVERIFY(find<QLabel>(&page, "findingLimitationLabel")->isVisible());
        const QString error = hpgtest::saveScreenshots(&page, QStringLiteral("diagnose-2-limited-credential"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_MAIN(TestDiagnosePage)
#include "testdiagnosepage.moc"

// Diagnose (issue 16) against the sandbox's real clusters: the demo world's problem database
// (postgresql-acme-analytics: an unused and a duplicate index, a bloated table with autovacuum off
// and its dead rows, a table read by sequential scans, a worker idle in a transaction,
// pg_stat_statements) trips each check yellow or red; the healthy primary of acme-storefront is
// green everywhere (pg_stat_statements missing says how to enable it); its read-only follower is
// diagnosed from the follower's side; a limited credential says what it cannot see; the report
// exports as Markdown and HTML.
#include "core/diagnose/diagnosechecks.h"
#include "core/diagnose/diagnoseexport.h"
#include "diagnosedriver.h"

#include <QTest>

using namespace hpg;
using diagnosetest::statusOf;

class TestDiagnose : public QObject
{
    Q_OBJECT
private:
    SwitchFixture m_f;

    static DiagnoseContext known(const QString &app, const QString &addon)
    {
        DiagnoseContext c;
        c.app = app;
        c.addon = addon;
        c.plan = QStringLiteral("standard-0");
        c.connectionLimit = 120;
        return c;
    }

    static bool isProblem(const DiagnoseReport &report, const QString &id)
    {
        const DiagnoseFinding *f = report.finding(id);
        return f && (f->status == DiagnoseStatus::Yellow || f->status == DiagnoseStatus::Red);
    }

    static bool rowsMention(const DiagnoseFinding *f, const QString &text)
    {
        for (const QStringList &row : f->rows.rows) {
            if (row.join(QLatin1Char(' ')).contains(text))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
    }

    void problemDatabaseTripsEveryCheck()
    {
        const ConnInfo conn = diagnosetest::credential(m_f, QStringLiteral("postgresql-acme-analytics"));
        QVERIFY(!conn.isEmpty());
        DiagnoseRun run;
        run.setConnection(conn);
        QString error;
        int progress = 0;
        DiagnoseReport report;
        // The worker's transaction turns red after a minute idle: diagnose again until it has.
        QTRY_VERIFY_WITH_TIMEOUT(
            (report = diagnosetest::diagnose(
                 run, known(QStringLiteral("acme-analytics"), QStringLiteral("postgresql-acme-analytics")), &error,
                 &progress),
             statusOf(report, QStringLiteral("idle_in_transaction")) == QLatin1String("Red")),
            150000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.findings.size(), DiagnoseRegistry::all().size());
        QVERIFY(progress >= 2); // one per check as it finished
        QVERIFY(report.context.readAllStats); // a production plan's default credential has pg_monitor
        QVERIFY(!report.context.inRecovery);
        QCOMPARE(report.context.statementsSchema, QStringLiteral("public"));

        for (const QString &id :
             { QStringLiteral("unused_indexes"), QStringLiteral("duplicate_indexes"), QStringLiteral("bloat"),
               QStringLiteral("dead_tuples"), QStringLiteral("vacuum_analyze"), QStringLiteral("sequential_scans"),
               QStringLiteral("idle_in_transaction") })
            QVERIFY2(isProblem(report, id), qPrintable(id + QStringLiteral(": ") + statusOf(report, id)));
        QCOMPARE(statusOf(report, QStringLiteral("bloat")), QStringLiteral("Red"));
        QCOMPARE(statusOf(report, QStringLiteral("dead_tuples")), QStringLiteral("Red"));
        QVERIFY(
            rowsMention(report.finding(QStringLiteral("unused_indexes")), QStringLiteral("page_views_viewed_at_idx")));
        QVERIFY(rowsMention(report.finding(QStringLiteral("duplicate_indexes")),
                            QStringLiteral("page_views_viewed_at_idx1")));
        QVERIFY(rowsMention(report.finding(QStringLiteral("bloat")), QStringLiteral("events")));
        QVERIFY(rowsMention(report.finding(QStringLiteral("sequential_scans")), QStringLiteral("page_views")));
        QVERIFY(rowsMention(report.finding(QStringLiteral("idle_in_transaction")), QStringLiteral("worker.1")));
        // pg_stat_statements is installed here: the statement checks ran and saw statements.
        QVERIFY(!report.finding(QStringLiteral("outliers"))->rows.rows.isEmpty());
        QVERIFY(!report.finding(QStringLiteral("most_called"))->rows.rows.isEmpty());
        // No followers: said, not failed.
        const DiagnoseFinding *lag = report.finding(QStringLiteral("follower_lag"));
        QCOMPARE(lag->status, DiagnoseStatus::NotRun);
        QVERIFY(report.explanation(*lag).contains(QStringLiteral("no followers")));
        for (const DiagnoseFinding &f : report.findings) {
            QVERIFY2(f.error.isEmpty(), qPrintable(f.checkId + QStringLiteral(": ") + f.error));
            QVERIFY2(!report.explanation(f).isEmpty(), qPrintable(f.checkId));
            if (f.status != DiagnoseStatus::NotRun)
                QVERIFY2(!f.sql.isEmpty() && !DiagnoseReport::threshold(f).isEmpty(), qPrintable(f.checkId));
        }
        QVERIFY(report.credentialLimits().isEmpty());

        // Exported for a ticket: time, database, plan, version, each finding with its SQL.
        const QString markdown = DiagnoseExport::markdown(report);
        for (const QString &part :
             { QStringLiteral("postgresql-acme-analytics"), QStringLiteral("standard-0"), report.context.serverVersion,
               QStringLiteral("## Red — Dead rows"), QStringLiteral("```sql\nSELECT"), QStringLiteral("| page_views |"),
               report.startedAt.toString(Qt::ISODate) })
            QVERIFY2(markdown.contains(part), qPrintable(part));
        const QString html = DiagnoseExport::html(report);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<td>page_views_viewed_at_idx</td>")));
        QVERIFY(html.contains(QStringLiteral("Idle in transaction")));
        QVERIFY(html.contains(QStringLiteral("&lt;")) || !html.contains(QStringLiteral("<insufficient")));
    }

    void healthyDatabaseIsGreen()
    {
        const ConnInfo conn = diagnosetest::credential(m_f, QStringLiteral("postgresql-acme-primary"));
        QString error;
        const DiagnoseReport report = diagnosetest::diagnose(
            conn, known(QStringLiteral("acme-storefront"), QStringLiteral("postgresql-acme-primary")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(report.context.statementsSchema.isEmpty());
        QVERIFY(report.context.followers >= 1);
        for (const DiagnoseFinding &f : report.findings) {
            if (f.checkId == QLatin1String("outliers") || f.checkId == QLatin1String("most_called")) {
                QCOMPARE(f.status, DiagnoseStatus::NotRun);
                QVERIFY(report.explanation(f).contains(QStringLiteral("CREATE EXTENSION pg_stat_statements")));
                continue;
            }
            QVERIFY2(f.status == DiagnoseStatus::Green,
                     qPrintable(f.checkId + QStringLiteral(": ") + DiagnoseReport::statusName(f.status)
                                + QStringLiteral(" ") + report.explanation(f)));
        }
        // The follower streams from here: its lag was measured on the primary.
        QVERIFY(!report.finding(QStringLiteral("follower_lag"))->rows.rows.isEmpty());
        // The connections counted against the plan's limit, the dyno writer among them.
        QVERIFY(report.finding(QStringLiteral("connections"))->facts.value(QStringLiteral("used")).toInt() >= 1);
        QCOMPARE(report.finding(QStringLiteral("connections"))->facts.value(QStringLiteral("limit")).toInt(), 120);
    }

    void readOnlyFollower()
    {
        const ConnInfo conn = diagnosetest::credential(m_f, QStringLiteral("postgresql-acme-follower"));
        QString error;
        const DiagnoseReport report = diagnosetest::diagnose(
            conn, known(QStringLiteral("acme-storefront"), QStringLiteral("postgresql-acme-follower")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(report.context.inRecovery);
        for (const DiagnoseFinding &f : report.findings)
            QVERIFY2(f.error.isEmpty(), qPrintable(f.checkId + QStringLiteral(": ") + f.error));
        const DiagnoseFinding *lag = report.finding(QStringLiteral("follower_lag"));
        QVERIFY(lag->status != DiagnoseStatus::NotRun);
        QCOMPARE(lag->rows.rows.size(), 1);
        QVERIFY(report.explanation(*lag).contains(QStringLiteral("behind")));
        QVERIFY(DiagnoseExport::markdown(report).contains(QStringLiteral("Follower (read-only)")));
    }

    void limitedCredentialSaysWhatItCannotSee()
    {
        const QJsonObject created
            = m_f.admin("POST", QStringLiteral("/postgres/v0/databases/postgresql-acme-analytics/credentials"),
                        { { QStringLiteral("name"), QStringLiteral("analyst") } });
        QVERIFY2(!created.isEmpty(), "the credential was not created");
        ConnInfo conn;
        QTRY_VERIFY_WITH_TIMEOUT(!(conn = diagnosetest::credential(m_f, QStringLiteral("postgresql-acme-analytics"),
                                                                   QStringLiteral("analyst")))
                                      .isEmpty(),
                                 30000);
        QString error;
        const DiagnoseReport report = diagnosetest::diagnose(
            conn, known(QStringLiteral("acme-analytics"), QStringLiteral("postgresql-acme-analytics")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!report.context.readAllStats);
        QVERIFY(report.context.hiddenSessions >= 1); // the worker's session at least
        QVERIFY(report.context.unreadableTables >= 2);
        // It cannot see the worker idle in its transaction: green, but saying why it may be wrong.
        const DiagnoseFinding *idle = report.finding(QStringLiteral("idle_in_transaction"));
        QCOMPARE(idle->status, DiagnoseStatus::Green);
        QVERIFY(report.limitation(*idle).contains(QStringLiteral("cannot see")));
        QVERIFY(!report.limitation(*report.finding(QStringLiteral("bloat"))).isEmpty());
        const QStringList limits = report.credentialLimits();
        // Hidden sessions (four checks in one line), unreadable tables, others' statements.
        QVERIFY2(limits.size() >= 3, qPrintable(limits.join(QLatin1Char('\n'))));
        QVERIFY(limits.first().contains(QStringLiteral("Idle in transaction")));
        QVERIFY(limits.first().contains(QStringLiteral("Blocked queries")));
        QVERIFY(DiagnoseExport::markdown(report).contains(QStringLiteral("What this credential could not see")));
        // Index and table statistics are readable by any credential: those still find the problems.
        QVERIFY(isProblem(report, QStringLiteral("unused_indexes")));
        QVERIFY(isProblem(report, QStringLiteral("dead_tuples")));
    }
};

QTEST_MAIN(TestDiagnose)
#include "testdiagnose.moc"

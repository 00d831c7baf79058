// Database ▸ Reset, Promote and Unfollow end to end on a real sandbox: each refuses to act without
// the typed app name; reset refuses a database Heroku Connect syncs, warns about other apps and
// empties the database; unfollow leaves a writable database; promote makes it DATABASE_URL and
// keeps the old primary attached under another name. Unfollow and promote are run again from
// their journals after a crash at every step boundary, inside every wait and after every action.
#include "core/heroku/databaseinfo.h"
#include "core/runbooks/promotedatabase.h"
#include "core/runbooks/resetdatabase.h"
#include "core/runbooks/runbook.h"
#include "core/runbooks/unfollowdatabase.h"
#include "runharness.h"

using namespace hpg;

namespace {

const QString kApp = QStringLiteral("acme-storefront");
const QString kPrimary = QStringLiteral("postgresql-acme-primary");
const QString kFollower = QStringLiteral("postgresql-acme-follower");
const QString kBlogApp = QStringLiteral("acme-blog");
const QString kBlog = QStringLiteral("postgresql-acme-blog");

} // namespace

class TestDatabaseActions : public QObject
{
    Q_OBJECT
private:
    SwitchFixture m_f;
    RunHarness m_harness { m_f };

    Journal journal(const char *kind, const QString &app, const QString &database)
    {
        const DatabaseActionOptions options { app, database };
        return RunbookRegistry::newJournal(QLatin1String(kind), app, options.toJson(), m_f.services(),
                                           m_f.journalDir());
    }

    // Runs `journal` until it asks for the typed app name; there types a wrong name (refused, the
    // step does not act) and returns the runbook still waiting, with the warning it showed.
    std::unique_ptr<Runbook> runToConfirmation(const Journal &j, QString *warning)
    {
        if (!j.save())
            return {};
        std::unique_ptr<Runbook> runbook(RunbookRegistry::create(j, m_f.services()));
        runbook->setPollIntervalScale(0.5);
        int asked = -1;
        QObject::connect(runbook.get(), &Runbook::confirmationRequired, runbook.get(),
                         [&asked](int index, const QString &, const QString &) { asked = index; });
        if (!runbook->start())
            return {};
        if (!QTest::qWaitFor([&] { return asked >= 0 || runbook->state() == Runbook::State::Failed; }, 120000))
            return {};
        if (asked < 0)
            return {};
        const Step &step = runbook->steps().at(asked);
        if (warning && step.confirmWarning)
            *warning = step.confirmWarning(runbook->journal().values());
        const bool wrong = runbook->confirm(QStringLiteral("not-") + j.app());
        const bool empty = runbook->confirm(QString());
        QTest::qWait(300); // nothing may happen meanwhile
        if (wrong || empty || runbook->state() != Runbook::State::AwaitingConfirmation
            || runbook->journal().step(step.id)->actionsStarted != 0)
            return {};
        return runbook;
    }

    QString databaseUrl(const QString &app, const QString &attachment)
    {
        return m_f.configVars(app).value(attachment + QStringLiteral("_URL"));
    }

    DatabaseInfo info(const QString &addon)
    {
        return DatabaseInfo::fromJson(SwitchFixture::wait(m_f.data->database(addon)).object());
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
    }

    void everyKindIsRegistered()
    {
        for (const char *kind : { ResetDatabase::kKind, PromoteDatabase::kKind, UnfollowDatabase::kKind })
            QVERIFY(RunbookRegistry::find(QLatin1String(kind)));
    }

    // acme-storefront's primary is synced by Heroku Connect: refused before anything is sent.
    void resetIsRefusedWhileHerokuConnectSyncs()
    {
        const QString url = databaseUrl(kApp, QStringLiteral("DATABASE"));
        const QString tablesBefore
            = sql(url,
                  QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', "
                                 "'information_schema')"))
                  .value();
        QVERIFY(tablesBefore.toInt() > 0);
        const Journal done
            = m_harness.run(journal(ResetDatabase::kKind, kApp, QStringLiteral("DATABASE")), false, {}, nullptr);
        QCOMPARE(done.status(), Journal::Status::Failed);
        QVERIFY2(done.stopExplanation().contains(QStringLiteral("Heroku Connect")), qPrintable(done.stopExplanation()));
        QCOMPARE(done.step(QStringLiteral("reset"))->actionsStarted, 0);
        // Untouched (the simulated dynos and Connect may have added their own tables meanwhile).
        QVERIFY(sql(url,
                    QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', "
                                   "'information_schema')"))
                    .value()
                    .toInt()
                >= tablesBefore.toInt());
    }

    // A follower cannot be reset: refused by the pre-flight.
    void resetIsRefusedOnAFollower()
    {
        const Journal done = m_harness.run(journal(ResetDatabase::kKind, kApp, kFollower), false, {}, nullptr);
        QCOMPARE(done.status(), Journal::Status::Failed);
        QVERIFY2(done.stopExplanation().contains(QStringLiteral("follower")), qPrintable(done.stopExplanation()));
        QCOMPARE(done.step(QStringLiteral("reset"))->actionsStarted, 0);
    }

    void resetWarnsAboutOtherAppsAndEmptiesTheDatabase()
    {
        // acme-blog's database, attached to acme-storefront as well.
        QVERIFY(SwitchFixture::wait(m_f.platform->attach(kBlog, kApp, QStringLiteral("BLOG_DB"), {}, kApp)).ok());
        const QString url = databaseUrl(kBlogApp, QStringLiteral("DATABASE"));
        QCOMPARE(sql(url, QStringLiteral("SELECT count(*) FROM posts")).value(), QStringLiteral("120"));

        QString warning;
        std::unique_ptr<Runbook> runbook
            = runToConfirmation(journal(ResetDatabase::kKind, kBlogApp, QStringLiteral("DATABASE")), &warning);
        QVERIFY(runbook);
        QCOMPARE(runbook->state(), Runbook::State::AwaitingConfirmation);
        QVERIFY2(warning.contains(QStringLiteral("acme-storefront (BLOG_DB)")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("cannot be undone")), qPrintable(warning));
        // Still there: nothing was sent without the app name.
        QCOMPARE(sql(url, QStringLiteral("SELECT count(*) FROM posts")).value(), QStringLiteral("120"));

        bool finished = false;
        QObject::connect(runbook.get(), &Runbook::finished, runbook.get(), [&finished] { finished = true; });
        QVERIFY(runbook->confirm(kBlogApp));
        QVERIFY(QTest::qWaitFor([&] { return finished || runbook->state() == Runbook::State::Failed; }, 120000));
        QVERIFY2(finished, qPrintable(runbook->journal().stopExplanation()));
        const SqlResult after = sql(url, QStringLiteral("SELECT count(*) FROM posts"));
        QVERIFY(!after.ok);
        QVERIFY2(after.error.contains(QStringLiteral("does not exist")), qPrintable(after.error));
        QCOMPARE(runbook->journal().step(QStringLiteral("reset"))->actionsSucceeded, 1);
        QVERIFY(!RunbookRegistry::summary(runbook->journal()).isEmpty());
    }

    void followerWarningsAreNamed()
    {
        SwitchFindings f;
        f.sourceAddonName = kPrimary;
        f.followers = { kFollower };
        QVERIFY(ResetDatabase::warnings(f).join(QLatin1Char(' ')).contains(kFollower));
        f.connections.append({ QStringLiteral("c1"),
                               QStringLiteral("acme-sync"),
                               {},
                               QStringLiteral("DATABASE_URL"),
                               QStringLiteral("IDLE") });
        QVERIFY(ResetDatabase::refusal(f).contains(QStringLiteral("acme-sync")));
    }

    // Promote refuses a database that still follows, and one that already is DATABASE_URL.
    void promoteRefusesAFollowerAndTheCurrentPrimary()
    {
        Journal done = m_harness.run(journal(PromoteDatabase::kKind, kApp, kFollower), false, {}, nullptr);
        QCOMPARE(done.status(), Journal::Status::Failed);
        QVERIFY2(done.stopExplanation().contains(QStringLiteral("Unfollow it first")),
                 qPrintable(done.stopExplanation()));
        done = m_harness.run(journal(PromoteDatabase::kKind, kApp, kPrimary), false, {}, nullptr);
        QCOMPARE(done.status(), Journal::Status::Failed);
        QVERIFY2(done.stopExplanation().contains(QStringLiteral("already is DATABASE_URL")),
                 qPrintable(done.stopExplanation()));
    }

    void unfollowRefusesADatabaseThatFollowsNothing()
    {
        const Journal done = m_harness.run(journal(UnfollowDatabase::kKind, kApp, kPrimary), false, {}, nullptr);
        QCOMPARE(done.status(), Journal::Status::Failed);
        QVERIFY2(done.stopExplanation().contains(QStringLiteral("not a follower")), qPrintable(done.stopExplanation()));
    }

    // Refused without the app name, then resumed from its journal through crashes: a writable database.
    void unfollowLeavesAWritableDatabase()
    {
        QVERIFY(!info(kFollower).following.isEmpty());
        QString warning;
        const Journal j = journal(UnfollowDatabase::kKind, kApp, kFollower);
        std::unique_ptr<Runbook> runbook = runToConfirmation(j, &warning);
        QVERIFY(runbook);
        QVERIFY2(warning.contains(kPrimary) && warning.contains(QStringLiteral("writable")), qPrintable(warning));
        runbook.reset(); // closed while it waited: nothing was sent
        QVERIFY(!info(kFollower).following.isEmpty());

        int crashes = 0;
        const Journal done = m_harness.run(*Journal::load(j.path()), true, {}, nullptr, &crashes);
        QCOMPARE(done.status(), Journal::Status::Finished);
        QVERIFY(crashes >= 3);
        QCOMPARE(done.step(QStringLiteral("unfollow"))->actionsStarted, 1); // sent once, never repeated
        QVERIFY(info(kFollower).following.isEmpty());
        const QString url = databaseUrl(kApp, QStringLiteral("HEROKU_POSTGRESQL_ONYX"));
        const SqlResult write = sql(url,
                                    QStringLiteral("CREATE TABLE after_unfollow (id int); INSERT INTO "
                                                   "after_unfollow VALUES (1); SELECT pg_is_in_recovery()"));
        QVERIFY2(write.ok, qPrintable(write.error));
        QCOMPARE(write.value(), QStringLiteral("f"));
    }

    // The old primary's alias removed first, so that the promotion has to give it one (as pg:promote).
    void promoteKeepsTheOldPrimaryUnderAnotherName()
    {
        for (const Attachment &a : m_f.attachmentsOf(kPrimary)) {
            if (a.appName == kApp && a.name == QLatin1String("HEROKU_POSTGRESQL_GRAY"))
                QVERIFY(SwitchFixture::wait(m_f.platform->detach(a.id)).ok());
        }
        const QString followerUrl = databaseUrl(kApp, QStringLiteral("HEROKU_POSTGRESQL_ONYX"));
        QString warning;
        const Journal j = journal(PromoteDatabase::kKind, kApp, QStringLiteral("HEROKU_POSTGRESQL_ONYX"));
        std::unique_ptr<Runbook> runbook = runToConfirmation(j, &warning);
        QVERIFY(runbook);
        QVERIFY2(warning.contains(kPrimary) && warning.contains(QStringLiteral("restarts")), qPrintable(warning));
        runbook.reset();
        QVERIFY(databaseUrl(kApp, QStringLiteral("DATABASE")) != followerUrl);

        int crashes = 0;
        const Journal done = m_harness.run(*Journal::load(j.path()), true, {}, nullptr, &crashes);
        QCOMPARE(done.status(), Journal::Status::Finished);
        QVERIFY(crashes >= 2);
        // Its action may be taken up again after a crash (the alias made, DATABASE not yet moved): it
        // reads the attachments first, so the old primary still gets one other name only (below).
        QVERIFY(done.step(QStringLiteral("promote"))->actionsStarted >= 1);
        QCOMPARE(databaseUrl(kApp, QStringLiteral("DATABASE")), followerUrl);
        QStringList oldNames;
        for (const Attachment &a : m_f.attachmentsOf(kPrimary)) {
            if (a.appName == kApp && a.nameSpace.isEmpty())
                oldNames.append(a.name);
        }
        QCOMPARE(oldNames.size(), 1);
        QVERIFY(oldNames.first() != QLatin1String("DATABASE"));
        QVERIFY(!databaseUrl(kApp, oldNames.first()).isEmpty());
        const QString summary = RunbookRegistry::summary(done).join(QLatin1Char(' '));
        QVERIFY2(summary.contains(kPrimary), qPrintable(summary));
    }
};

QTEST_MAIN(TestDatabaseActions)
#include "testdatabaseactions.moc"

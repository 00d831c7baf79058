// The maintenance calendar's data against a real sandbox: every Heroku Postgres database of the
// account, across teams and apps, with its maintenance and window (bounded parallel requests,
// streamed); and its iCalendar export read back by a real iCalendar parser (python3-icalendar):
// event count, UTC times, unique and stable UIDs; and the desktop notifications' watch: the demo
// world's maintenance required within two days and its ready replacement, each announced once.
#include "core/fleet/icalendar.h"
#include "core/fleet/maintenancefleet.h"
#include "core/fleet/maintenancewatch.h"
#include "core/heroku/addon.h"
#include "core/heroku/app.h"
#include "core/settings/usersettings.h"
#include "switchfixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryFile>

using namespace hpg;

class TestMaintenanceFleet : public QObject
{
    Q_OBJECT
private:
    SwitchFixture m_f;

    QList<FleetDatabase> load(int parallel, int *maxInFlight = nullptr)
    {
        MaintenanceFleet fleet(m_f.api.get());
        fleet.setParallel(parallel);
        QSignalSpy found(&fleet, &MaintenanceFleet::databaseFound);
        QSignalSpy finished(&fleet, &MaintenanceFleet::finished);
        int inFlight = 0;
        int highest = 0;
        connect(&fleet, &MaintenanceFleet::progress, this, [&](int done, int total) {
            inFlight = total - done;
            highest = qMax(highest, inFlight);
        });
        fleet.start();
        if (!finished.wait(60000))
            return {};
        if (maxInFlight)
            *maxInFlight = highest;
        if (found.size() != fleet.databases().size())
            return {};
        // Handed over, the fleet keeps none of them (the watch would hold thousands for half an hour).
        QList<FleetDatabase> databases = fleet.takeDatabases();
        if (!fleet.databases().isEmpty() || databases.size() != found.size())
            return {};
        return databases;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.start(&error), qPrintable(error));
    }

    void everyDatabaseWithItsMaintenanceAndWindow()
    {
        // What the account has, read the plain way.
        QSet<QString> expected;
        for (const App &app : App::listFromJson(SwitchFixture::wait(m_f.platform->apps()).array())) {
            for (const Addon &addon : Addon::listFromJson(SwitchFixture::wait(m_f.platform->addons(app.name)).array())) {
                if (addon.isPostgres() && addon.appName == app.name)
                    expected.insert(addon.name);
            }
        }
        QVERIFY(expected.size() >= 3);
        const QList<FleetDatabase> databases = load(4);
        QSet<QString> found;
        for (const FleetDatabase &d : databases)
            found.insert(d.addon);
        QCOMPARE(found, expected);
        QCOMPARE(int(databases.size()), int(expected.size())); // each once
        for (const FleetDatabase &d : databases) {
            if (d.addon == QLatin1String("postgresql-acme-primary")) {
                QVERIFY(d.maintenance.isScheduled());
                QVERIFY(d.maintenance.requiredBy.isValid());
                QVERIFY(d.hasWindow());
            }
            if (d.addon == QLatin1String("postgresql-acme-blog")) {
                QCOMPARE(d.tier, Plan::Tier::Essential);
                QVERIFY(!d.hasWindow());
            }
            if (d.tier == Plan::Tier::Standard)
                QVERIFY2(d.hasWindow(), qPrintable(d.addon));
        }
    }

    void iCalendarReadBackByARealParser()
    {
        // Debian's python3, where python3-icalendar is installed (a pyenv or venv python3 on PATH may lack it).
        const QString program = QFile::exists(QStringLiteral("/usr/bin/python3"))
            ? QStringLiteral("/usr/bin/python3")
            : QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (program.isEmpty())
            QFAIL("python3 is needed (Debian: python3-icalendar)");
        const QList<FleetDatabase> databases = load(8);
        QVERIFY(!databases.isEmpty());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const int weeks = 4;
        const QByteArray ics = ICalendar::fromFleet(databases, now, weeks);
        int windows = 0;
        int scheduled = 0;
        for (const FleetDatabase &d : databases) {
            windows += d.hasWindow() ? weeks : 0;
            scheduled += d.maintenance.isScheduled() && d.maintenance.scheduledFor.isValid() ? 1 : 0;
        }
        QVERIFY(windows > 0 && scheduled > 0);
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(ics);
        file.close();
        QProcess python;
        python.start(program,
                     { QStringLiteral("-c"),
                       QStringLiteral("import sys, icalendar\n"
                                      "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                                      "events = cal.walk('VEVENT')\n"
                                      "uids = [str(e['UID']) for e in events]\n"
                                      "utc = all(e.decoded('DTSTART').utcoffset().total_seconds() == 0 for e in events)\n"
                                      "print(len(events), len(set(uids)), utc)\n"),
                       file.fileName() });
        QVERIFY(python.waitForFinished(60000));
        const QString out = QString::fromUtf8(python.readAllStandardOutput()).trimmed();
        const QString err = QString::fromUtf8(python.readAllStandardError());
        QVERIFY2(python.exitCode() == 0, qPrintable(err));
        QCOMPARE(out, QStringLiteral("%1 %1 True").arg(windows + scheduled));
        // Stable: the same databases and time give the same file.
        QCOMPARE(ICalendar::fromFleet(databases, now, weeks), ics);
        // Long lines are folded at 75 octets.
        for (const QByteArray &line : ics.split('\n'))
            QVERIFY(line.size() <= 76);
    }

    void watchAnnouncesEachMaintenanceOnce()
    {
        UserSettings::setShownMaintenanceNotices({});
        UserSettings::setMaintenanceNotifications(true);
        UserSettings::setMaintenanceNoticeDays(7);
        MaintenanceWatch watch(m_f.api.get());
        QSignalSpy notices(&watch, &MaintenanceWatch::noticeDue);
        QSignalSpy checked(&watch, &MaintenanceWatch::checked);
        watch.start(0, 3600000);
        QVERIFY(checked.wait(60000));
        // acme-analytics: required within 2 days and ready; acme-primary (required in 21 days, pending): nothing.
        QStringList summaries;
        for (const auto &args : std::as_const(notices))
            summaries << args.first().value<MaintenanceNotice>().summary;
        summaries.sort();
        QCOMPARE(summaries,
                 QStringList({ QStringLiteral("Maintenance of postgresql-acme-analytics ready"),
                               QStringLiteral("Maintenance of postgresql-acme-analytics required soon") }));
        QVERIFY(notices.first().first().value<MaintenanceNotice>().body.contains(QStringLiteral("acme-analytics")));
        QCOMPARE(UserSettings::shownMaintenanceNotices().size(), 2);
        // Read again (as the timer or the calendar would): nothing new, nothing twice.
        notices.clear();
        watch.checkNow();
        QVERIFY(checked.wait(60000));
        QCOMPARE(notices.size(), 0);
        // A longer horizon brings acme-primary's, once.
        UserSettings::setMaintenanceNoticeDays(30);
        watch.checkNow();
        QVERIFY(checked.wait(60000));
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().first().value<MaintenanceNotice>().summary,
                 QStringLiteral("Maintenance of postgresql-acme-primary required soon"));
        // Turned off: silent, and no reading at all.
        UserSettings::setShownMaintenanceNotices({});
        UserSettings::setMaintenanceNotifications(false);
        notices.clear();
        watch.checkNow();
        QVERIFY(!checked.wait(2000));
        QCOMPARE(notices.size(), 0);
        UserSettings::setMaintenanceNotifications(true);
    }

    // The sandbox's virtual databases (POST /_sandbox/virtual-databases, for benchmarks of large
    // accounts): read like any other, each with a window and maintenances in several states.
    void virtualDatabasesAreReadLikeOthers()
    {
        const int before = int(load(8).size());
        QVERIFY(before >= 4);
        const QJsonObject answer
            = m_f.admin("POST", QStringLiteral("/_sandbox/virtual-databases"),
                        { { QStringLiteral("count"), 30 }, { QStringLiteral("prefix"), QStringLiteral("v-") } });
        QCOMPARE(answer.value(QStringLiteral("created")).toInt(), 30);
        QCOMPARE(m_f.admin("POST", QStringLiteral("/_sandbox/virtual-databases"), { { QStringLiteral("count"), 0 } })
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("invalid_params"));
        const QList<FleetDatabase> all = load(8);
        QCOMPARE(int(all.size()), before + 30);
        QSet<QString> states;
        for (const FleetDatabase &d : all) {
            if (!d.app.startsWith(QLatin1String("v-")))
                continue;
            QVERIFY2(d.hasWindow(), qPrintable(d.addon));
            states.insert(d.maintenance.status);
        }
        QCOMPARE(states,
                 QSet<QString>({ QStringLiteral("none"), QStringLiteral("pending"), QStringLiteral("ready"),
                                 QStringLiteral("preparing") }));
    }

    // With the virtual databases above, the account has dozens of maintenances to announce at the
    // first look: the watch shows one digest, and remembers each notice so none comes again.
    void aLargeAccountsFirstLookIsOneDigest()
    {
        UserSettings::setShownMaintenanceNotices({});
        UserSettings::setMaintenanceNotifications(true);
        UserSettings::setMaintenanceNoticeDays(30);
        MaintenanceWatch watch(m_f.api.get());
        QSignalSpy notices(&watch, &MaintenanceWatch::noticeDue);
        QSignalSpy checked(&watch, &MaintenanceWatch::checked);
        watch.start(0, 3600000);
        QVERIFY(checked.wait(60000));
        QCOMPARE(notices.size(), 1);
        const auto digest = notices.first().first().value<MaintenanceNotice>();
        QCOMPARE(digest.kind, MaintenanceNotice::Kind::Digest);
        QVERIFY2(digest.body.contains(QStringLiteral("Maintenance Calendar")), qPrintable(digest.body));
        const int remembered = int(UserSettings::shownMaintenanceNotices().size());
        QVERIFY2(remembered > MaintenanceNotices::kShownApart, qPrintable(QString::number(remembered)));
        // The counts add up to what was remembered.
        const QRegularExpression counts(QStringLiteral("Required soon: (\\d+)\\. Ready to run: (\\d+)\\."));
        const auto match = counts.match(digest.body);
        QVERIFY2(match.hasMatch(), qPrintable(digest.body));
        QCOMPARE(match.captured(1).toInt() + match.captured(2).toInt(), remembered);
        notices.clear();
        watch.checkNow();
        QVERIFY(checked.wait(60000));
        QCOMPARE(notices.size(), 0);
        UserSettings::setMaintenanceNoticeDays(7);
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceFleet)
#include "testmaintenancefleet.moc"

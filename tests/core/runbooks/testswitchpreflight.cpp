// The plan rules of a follower switch and a Private Space migration (Dev Center:
// Standard, Premium, Private and Shield only; Essential goes by pg:copy).
#include "core/runbooks/switchpreflight.h"

#include <QTest>

using namespace hpg;

class TestSwitchPreflight : public QObject
{
    Q_OBJECT
private slots:
    void planRules_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("inSpace");
        QTest::addColumn<bool>("shield");
        QTest::addColumn<QString>("refusal"); // a part of the reason, or "" when allowed

        QTest::newRow("standard up") << "heroku-postgresql:standard-0"
                                     << "heroku-postgresql:standard-2" << false << false << "";
        QTest::newRow("same plan") << "heroku-postgresql:standard-2"
                                   << "heroku-postgresql:standard-2" << false << false << "";
        QTest::newRow("to premium") << "heroku-postgresql:standard-0"
                                    << "heroku-postgresql:premium-0" << false << false << "";
        QTest::newRow("premium down") << "heroku-postgresql:premium-4"
                                      << "heroku-postgresql:standard-2" << false << false << "";
        QTest::newRow("essential source") << "heroku-postgresql:essential-0"
                                          << "heroku-postgresql:standard-0" << false << false << "pg:copy";
        QTest::newRow("legacy mini") << "heroku-postgresql:mini"
                                     << "heroku-postgresql:standard-0" << false << false << "pg:copy";
        QTest::newRow("essential target") << "heroku-postgresql:standard-0"
                                          << "heroku-postgresql:essential-2" << false << false << "Essential plan";
        QTest::newRow("advanced") << "heroku-postgresql:advanced-beta"
                                  << "heroku-postgresql:standard-0" << false << false << "only for Standard";
        QTest::newRow("private outside a space")
            << "heroku-postgresql:standard-0"
            << "heroku-postgresql:private-0" << false << false << "only on an app in a Private Space";
        QTest::newRow("into a space") << "heroku-postgresql:standard-0"
                                      << "heroku-postgresql:private-2" << true << false << "";
        QTest::newRow("standard in a space") << "heroku-postgresql:standard-0"
                                             << "heroku-postgresql:standard-2" << true << false << "private-* plan";
        QTest::newRow("shield space") << "heroku-postgresql:private-0"
                                      << "heroku-postgresql:private-2" << true << true << "shield-* plan";
        QTest::newRow("shield") << "heroku-postgresql:shield-0"
                                << "heroku-postgresql:shield-2" << true << true << "";
    }

    void planRules()
    {
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(bool, inSpace);
        QFETCH(bool, shield);
        QFETCH(QString, refusal);
        const QString reason = SwitchPreflight::planRefusal(source, target, inSpace, shield, QStringLiteral("acme"));
        if (refusal.isEmpty())
            QVERIFY2(reason.isEmpty(), qPrintable(reason));
        else
            QVERIFY2(reason.contains(refusal), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TestSwitchPreflight)
#include "testswitchpreflight.moc"

// pg:info rows that Heroku writes as English phrases, said in the UI language and the user's time
// zone (this test runs with TZ=Asia/Tokyo, UTC+9 without daylight saving time).
#include "core/settings/languagemanager.h"
#include "ui/database/inforowtext.h"

#include <QTest>

using hpg::DatabaseInfo;
using hpg::InfoRowText;
using hpg::LanguageManager;

class TestInfoRowText : public QObject
{
    Q_OBJECT
private:
    static QString text(const QString &name, const QStringList &values)
    {
        return InfoRowText::value(DatabaseInfo::Row { name, values, false }, {});
    }

private slots:
    void cleanup() { m_languages.apply(LanguageManager::Language::English); }

    void windowInLocalTime_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("day");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Friday");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("金曜日");
    }

    void windowInLocalTime()
    {
        QFETCH(QString, language);
        QFETCH(QString, day);
        QVERIFY(m_languages.apply(LanguageManager::fromCode(language)));
        // 22:00 UTC on Thursdays is 7:00 on Fridays in Tokyo; the window does not cross midnight there.
        const QString window
            = text(QStringLiteral("Maintenance window"), { QStringLiteral("Thursdays 22:00 to Fridays 02:00 UTC") });
        QVERIFY2(window.contains(day), qPrintable(window));
        QVERIFY2(window.contains(QStringLiteral("7:00")) && window.contains(QStringLiteral("11:00")),
                 qPrintable(window));
        QVERIFY2(window.contains(QStringLiteral("JST")), qPrintable(window));
        QVERIFY2(!window.contains(QStringLiteral("Thursday")) && !window.contains(QStringLiteral("UTC")),
                 qPrintable(window));
    }

    void japaneseHasNoApiEnglish()
    {
        QVERIFY(m_languages.apply(LanguageManager::Language::Japanese));
        const QString rollback
            = text(QStringLiteral("Rollback"), { QStringLiteral("earliest from 2026-11-07 22:05 UTC") });
        QVERIFY2(rollback.contains(QStringLiteral("2026/11/08")) && rollback.contains(QStringLiteral("7:05")),
                 qPrintable(rollback));
        const QString maintenance = text(
            QStringLiteral("Maintenance"),
            { QStringLiteral("scheduled for 2026-11-26 22:00:00 +0000, required by 2026-12-01 22:00:00 +0000") });
        QVERIFY2(maintenance.contains(QStringLiteral("2026/11/27"))
                     && maintenance.contains(QStringLiteral("2026/12/02")),
                 qPrintable(maintenance));
        QCOMPARE(text(QStringLiteral("Maintenance"), { QStringLiteral("not required") }), QStringLiteral("不要"));
        for (const QString &shown : { rollback, maintenance }) {
            for (const auto *english : { "earliest", "from", "scheduled", "required", "UTC", "+0000" })
                QVERIFY2(!shown.contains(QLatin1String(english)), qPrintable(shown));
        }
        // Several values: the Japanese list separator, not ", ".
        QCOMPARE(text(QStringLiteral("Forks"), { QStringLiteral("a"), QStringLiteral("b") }), QStringLiteral("a、b"));
    }

    void englishSaysItInLocalTimeToo()
    {
        const QString created = text(QStringLiteral("Created"), { QStringLiteral("2026-11-07 22:05 UTC") });
        QVERIFY2(created.contains(QStringLiteral("11/8/26")) && created.contains(QStringLiteral("7:05")),
                 qPrintable(created));
        QCOMPARE(text(QStringLiteral("Forks"), { QStringLiteral("a"), QStringLiteral("b") }), QStringLiteral("a, b"));
        // A form Heroku is not known to send is shown as sent.
        QCOMPARE(text(QStringLiteral("Maintenance"), { QStringLiteral("something new") }),
                 QStringLiteral("something new"));
    }

private:
    LanguageManager m_languages;
};

QTEST_MAIN(TestInfoRowText)
#include "testinforowtext.moc"

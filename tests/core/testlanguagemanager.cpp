#include "core/settings/appsettings.h"
#include "core/settings/languagemanager.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using hpg::LanguageManager;

class TestLanguageManager : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("hpgdesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("testlanguagemanager"));
        QSettings().clear();
    }

    void codes()
    {
        QCOMPARE(LanguageManager::effectiveCode(LanguageManager::Language::English), QStringLiteral("en"));
        QCOMPARE(LanguageManager::effectiveCode(LanguageManager::Language::Japanese), QStringLiteral("ja"));
        const auto system = LanguageManager::effectiveCode(LanguageManager::Language::System);
        QVERIFY(system == QLatin1String("en") || system == QLatin1String("ja"));
        bool ok = false;
        QCOMPARE(LanguageManager::fromCode(QStringLiteral(" JA "), &ok), LanguageManager::Language::Japanese);
        QVERIFY(ok);
        LanguageManager::fromCode(QStringLiteral("fr"), &ok);
        QVERIFY(!ok);
    }

    void savedLanguageRoundTrips()
    {
        QCOMPARE(LanguageManager::savedLanguage(), LanguageManager::Language::System);
        LanguageManager::saveLanguage(LanguageManager::Language::Japanese);
        QCOMPARE(LanguageManager::savedLanguage(), LanguageManager::Language::Japanese);
        LanguageManager::saveLanguage(LanguageManager::Language::System);
        QCOMPARE(LanguageManager::savedLanguage(), LanguageManager::Language::System);
        hpg::AppSettings::setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
        QCOMPARE(LanguageManager::savedLanguage(), LanguageManager::Language::System);
    }

    void switchesCatalogueAtRunTime()
    {
        const char *context = "hpg::MainWindow";
        const char *source = "Not signed in.";
        LanguageManager languages;
        QSignalSpy changed(&languages, &LanguageManager::languageChanged);

        QVERIFY(languages.apply(LanguageManager::Language::Japanese));
        const QString japanese = QCoreApplication::translate(context, source);
        QVERIFY2(japanese != QLatin1String(source), qPrintable(japanese));
        QVERIFY(japanese.contains(QStringLiteral("サインイン")));

        QVERIFY(languages.apply(LanguageManager::Language::English));
        QCOMPARE(QCoreApplication::translate(context, source), QString::fromLatin1(source));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(languages.language(), LanguageManager::Language::English);
    }
};

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "testlanguagemanager.moc"

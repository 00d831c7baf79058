// States and status values become words of the UI language in one place (StateWords): Heroku
// Connect states, a run's status and its events' kinds, also in an exported transcript.
#include "core/runbooks/transcript.h"
#include "core/settings/languagemanager.h"
#include "ui/widgets/statewords.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hpg;

class TestStateWords : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { m_languages.apply(LanguageManager::Language::English); }

    void connectStates()
    {
        QCOMPARE(StateWords::connectState(QStringLiteral("IDLE")), QStringLiteral("Idle"));
        QCOMPARE(StateWords::connectState(QStringLiteral("SOMETHING_NEW")), QStringLiteral("SOMETHING_NEW"));
        QVERIFY(m_languages.apply(LanguageManager::Language::Japanese));
        for (const auto *state : { "IDLE", "POLLING_DB_CHANGES", "PAUSED", "DATA_SYNCED" }) {
            const QString word = StateWords::connectState(QLatin1String(state));
            QVERIFY2(!word.contains(QRegularExpression(QStringLiteral("[A-Za-z]"))), qPrintable(word));
        }
    }

    void sessionStates()
    {
        QCOMPARE(StateWords::sessionState(QStringLiteral("idle in transaction (aborted)")),
                 QStringLiteral("Idle in failed transaction"));
        QCOMPARE(StateWords::sessionState(QString()), QString()); // background processes have no state
        QCOMPARE(StateWords::sessionState(QStringLiteral("something new")), QStringLiteral("something new"));
        QVERIFY(m_languages.apply(LanguageManager::Language::Japanese));
        for (const auto *state :
             { "active", "idle", "idle in transaction", "idle in transaction (aborted)", "fastpath function call" }) {
            const QString word = StateWords::sessionState(QLatin1String(state));
            QVERIFY2(!word.contains(QRegularExpression(QStringLiteral("[A-Za-z]"))), qPrintable(word));
        }
        // Only the setting's name stays as it is.
        QVERIFY(StateWords::sessionState(QStringLiteral("disabled")).startsWith(QStringLiteral("追跡なし")));
    }

    // The transcript a Japanese user exports says its status and results in Japanese.
    void japaneseTranscriptHasNoRawValues()
    {
        QTemporaryDir dir;
        Step on;
        on.id = QStringLiteral("maintenance-on");
        on.title = QStringLiteral("Turn maintenance mode on");
        Journal journal
            = Journal::create(QStringLiteral("follower-switch"), QStringLiteral("acme"), {}, { on.id }, dir.path());
        Journal::Event acted;
        acted.time = QDateTime::currentDateTimeUtc();
        acted.stepId = on.id;
        acted.kind = QStringLiteral("acted");
        acted.result = QStringLiteral("ok");
        journal.addEvent(acted);
        journal.setStatus(Journal::Status::AwaitingConfirmation);
        QVERIFY(m_languages.apply(LanguageManager::Language::Japanese));
        const QString md
            = Transcript::markdown(QStringLiteral("x"), journal, { on }, {}, StateWords::transcriptWords());
        QVERIFY2(!md.contains(QStringLiteral("awaiting-confirmation")), qPrintable(md));
        QVERIFY2(!md.contains(QStringLiteral("acted")), qPrintable(md));
        QVERIFY2(md.contains(StateWords::runStatus(Journal::Status::AwaitingConfirmation)), qPrintable(md));
        QVERIFY2(md.contains(StateWords::eventKind(QStringLiteral("acted"))), qPrintable(md));
    }

private:
    LanguageManager m_languages;
};

QTEST_MAIN(TestStateWords)
#include "teststatewords.moc"

#pragma once

// Reading what the Heroku CLI printed, and checks that print the whole run when they fail.

#include "herokucli.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTest>

#include <functional>

namespace cli {

// "Plan:                  Standard 0" → "Standard 0" (the first "Name: value" line; oclif's styledObject).
inline QString field(const QString &text, const QString &name)
{
    const QRegularExpression re(QStringLiteral("^\\s*%1:\\s+(.*?)\\s*$").arg(QRegularExpression::escape(name)),
                                QRegularExpression::MultilineOption);
    return re.match(text).captured(1);
}

// The block of pg:info output under the "=== …" header that contains headerPart.
inline QString section(const QString &text, const QString &headerPart)
{
    const QStringList blocks = text.split(QStringLiteral("=== "));
    for (const QString &block : blocks) {
        if (block.section(QLatin1Char('\n'), 0, 0).contains(headerPart))
            return block;
    }
    return {};
}

// The first capture of pattern in text (empty when it does not match).
inline QString capture(const QString &text, const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::MultilineOption).match(text).captured(1);
}

// Polls condition until it holds or timeoutMs pass (tests only: QTest::qWait keeps events flowing).
inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs, int intervalMs = 1000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(intervalMs);
    }
    return true;
}

inline QString expectedIn(const QString &text, const CliResult &result)
{
    return QStringLiteral("expected \"%1\" in the output of\n%2").arg(text, result.describe());
}

} // namespace cli

// The macros evaluate each argument once (QVERIFY2 always evaluates its message), so that
// CLI_VERIFY(heroku(...)) runs the command once.

// The CLI ran and exited 0; otherwise fail with the command and everything it printed.
#define CLI_VERIFY(result)                                                                                             \
    do {                                                                                                               \
        const CliResult &cliVerified_ = (result);                                                                      \
        QVERIFY2(cliVerified_.ok(), qPrintable(cliVerified_.describe()));                                              \
    } while (false)

// The CLI exited 0 and printed text (on stdout or stderr).
#define CLI_EXPECT(result, text)                                                                                       \
    do {                                                                                                               \
        const CliResult &cliResult_ = (result);                                                                        \
        const QString cliText_ = (text);                                                                               \
        QVERIFY2(cliResult_.ok(), qPrintable(cliResult_.describe()));                                                  \
        QVERIFY2(cliResult_.all().contains(cliText_), qPrintable(cli::expectedIn(cliText_, cliResult_)));              \
    } while (false)

// The CLI failed (exit code not 0) and said text.
#define CLI_EXPECT_FAILURE(result, text)                                                                               \
    do {                                                                                                               \
        const CliResult &cliResult_ = (result);                                                                        \
        const QString cliText_ = (text);                                                                               \
        QVERIFY2(cliResult_.finished &&cliResult_.exitCode != 0,                                                       \
                 qPrintable(QStringLiteral("expected a failure:\n") + cliResult_.describe()));                         \
        QVERIFY2(cliResult_.all().contains(cliText_), qPrintable(cli::expectedIn(cliText_, cliResult_)));              \
    } while (false)

// Compare a value read from the output, and show the run it came from when it differs.
#define CLI_COMPARE(actual, expected, result)                                                                          \
    do {                                                                                                               \
        const QString cliActual_ = (actual);                                                                           \
        const QString cliExpected_ = (expected);                                                                       \
        QVERIFY2(cliActual_ == cliExpected_,                                                                           \
                 qPrintable(QStringLiteral("got \"%1\", expected \"%2\" from\n%3")                                     \
                                .arg(cliActual_, cliExpected_, (result).describe())));                                 \
    } while (false)

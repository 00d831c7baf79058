#pragma once

// Tests that need a Secret Service, a D-Bus daemon or secret-tool skip when
// there is none, so that a developer without a keyring can still run the
// suite. A skip passes, though: where these tests must run (CI and the
// README's test command, which set HPG_REQUIRE_KEYRING=1) a missing keyring
// fails the test instead.

#include <QByteArray>
#include <QString>
#include <QTest>
#include <QtGlobal>

namespace hpg::test {

// True when HPG_REQUIRE_KEYRING is set to anything but empty or 0.
inline bool keyringRequired()
{
    const QByteArray value = qgetenv("HPG_REQUIRE_KEYRING").trimmed();
    return !value.isEmpty() && value != "0";
}

inline QString keyringMessage(const char *message)
{
    return QString::fromUtf8(message);
}

inline QString keyringMessage(const QString &message)
{
    return message;
}

} // namespace hpg::test

// Skips the current test with `message`, or fails it when HPG_REQUIRE_KEYRING
// is set. Like QSKIP and QFAIL, it returns from the test function.
#define HPG_SKIP_UNLESS_KEYRING_REQUIRED(message)                                                                      \
    do {                                                                                                               \
        if (::hpg::test::keyringRequired())                                                                            \
            QTest::qFail(                                                                                              \
                qPrintable(                                                                                            \
                    QStringLiteral("HPG_REQUIRE_KEYRING is set: %1").arg(::hpg::test::keyringMessage(message))),       \
                __FILE__, __LINE__);                                                                                   \
        else                                                                                                           \
            QTest::qSkip(qPrintable(::hpg::test::keyringMessage(message)), __FILE__, __LINE__);                        \
        return;                                                                                                        \
    } while (false)

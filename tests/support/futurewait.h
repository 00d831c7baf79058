#pragma once

#include <QElapsedTimer>
#include <QFuture>
#include <QString>
#include <QTest>

#include <exception>

namespace testsupport {

// Waits (processing events) until `future` finishes; false with the exception's message on failure.
template<typename T> bool finish(QFuture<T> &future, QString *error, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished()) {
        if (timer.elapsed() > timeoutMs) {
            *error = QStringLiteral("timed out");
            return false;
        }
        QTest::qWait(10);
    }
    try {
        future.waitForFinished();
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

} // namespace testsupport

// LineBuffer: lines split across chunks, a last line without a newline, and a program that writes
// megabytes without a newline (pg_restore's stderr) held to the cap.

#include "core/transfer/linebuffer.h"

#include <QTest>

using namespace hpg;

class TestLineBuffer : public QObject
{
    Q_OBJECT

private slots:
    void splitsLinesAcrossChunks()
    {
        LineBuffer buffer;
        QCOMPARE(buffer.append("pg_restore: proc"), QList<QByteArray> {});
        QCOMPARE(buffer.append("essing item 1\npg_restore: "),
                 QList<QByteArray> { QByteArrayLiteral("pg_restore: processing item 1") });
        QCOMPARE(buffer.append("a\n\nb\n"), (QList<QByteArray> { "pg_restore: a", "", "b" }));
        QCOMPARE(buffer.pendingSize(), 0);
        QCOMPARE(buffer.flush(), QList<QByteArray> {});
        buffer.append("last without newline");
        QCOMPARE(buffer.flush(), QList<QByteArray> { QByteArrayLiteral("last without newline") });
        QCOMPARE(buffer.pendingSize(), 0);
    }

    void aLineWithoutEndIsHeldToTheCap()
    {
        LineBuffer buffer;
        const QByteArray chunk(1024 * 1024, 'x');
        for (int i = 0; i < 16; ++i) {
            QVERIFY(buffer.append(chunk).isEmpty());
            QVERIFY2(buffer.pendingSize() <= LineBuffer::defaultMaxLineBytes,
                     qPrintable(QString::number(buffer.pendingSize())));
        }
        // The line keeps its beginning (where pg_restore names the program and the error) …
        const QList<QByteArray> lines = buffer.append("tail\nnext line\n");
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QByteArray(LineBuffer::defaultMaxLineBytes, 'x'));
        // … and the lines after it are whole again.
        QCOMPARE(lines.at(1), QByteArrayLiteral("next line"));
        QCOMPARE(buffer.pendingSize(), 0);
    }

    void aSmallCapCutsAtTheCap()
    {
        LineBuffer buffer(4);
        QCOMPARE(buffer.append("abcdefgh\nij"), QList<QByteArray> { QByteArrayLiteral("abcd") });
        QCOMPARE(buffer.append("klmn"), QList<QByteArray> {});
        QCOMPARE(buffer.pendingSize(), 4);
        QCOMPARE(buffer.flush(), QList<QByteArray> { QByteArrayLiteral("ijkl") });
    }
};

QTEST_GUILESS_MAIN(TestLineBuffer)
#include "testlinebuffer.moc"

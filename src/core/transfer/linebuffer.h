#pragma once

#include <QByteArray>
#include <QList>

namespace hpg {

// Splits a program's output into lines as it arrives. Bounded: a line longer than the cap (a
// program writing without ever a newline) keeps its first maxLineBytes and drops the rest up to
// the next newline, so the buffer never holds more than the cap.
class LineBuffer
{
public:
    static constexpr qsizetype defaultMaxLineBytes = 64 * 1024;

    explicit LineBuffer(qsizetype maxLineBytes = defaultMaxLineBytes);

    // The lines `data` completes, without their '\n'.
    QList<QByteArray> append(const QByteArray &data);
    // What is left without a newline, as a last line (none when nothing is left).
    QList<QByteArray> flush();
    qsizetype pendingSize() const { return m_pending.size(); }

private:
    QByteArray m_pending;
    qsizetype m_maxLineBytes;
    bool m_cut = false; // the current line is over the cap: drop until its newline
};

} // namespace hpg

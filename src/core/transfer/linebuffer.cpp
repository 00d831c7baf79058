#include "linebuffer.h"

namespace hpg {

LineBuffer::LineBuffer(qsizetype maxLineBytes)
    : m_maxLineBytes(qMax<qsizetype>(1, maxLineBytes))
{ }

QList<QByteArray> LineBuffer::append(const QByteArray &data)
{
    QList<QByteArray> lines;
    qsizetype from = 0;
    while (from < data.size()) {
        const qsizetype newline = data.indexOf('\n', from);
        const qsizetype end = newline < 0 ? data.size() : newline;
        if (!m_cut) {
            const qsizetype room = m_maxLineBytes - m_pending.size();
            const qsizetype take = qMin(room, end - from);
            m_pending.append(data.constData() + from, take);
            m_cut = take < end - from;
        }
        if (newline < 0)
            break;
        lines.append(m_pending);
        m_pending.clear();
        m_cut = false;
        from = newline + 1;
    }
    return lines;
}

QList<QByteArray> LineBuffer::flush()
{
    if (m_pending.isEmpty() && !m_cut)
        return {};
    QList<QByteArray> lines { m_pending };
    m_pending.clear();
    m_cut = false;
    return lines;
}

} // namespace hpg

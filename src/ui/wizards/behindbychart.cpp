#include "behindbychart.h"

#include "core/runbooks/switchsteps.h"

#include <QPainter>
#include <QPainterPath>

namespace hpg {

BehindByChart::BehindByChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("behindByChart"));
    setMinimumSize(120, 32);
}

void BehindByChart::addValue(double commits)
{
    m_values.append(commits);
    while (m_values.size() > kKept)
        m_values.removeFirst();
    update();
}

void BehindByChart::clear()
{
    m_values.clear();
    update();
}

void BehindByChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1, 1, -1, -1);
    painter.fillRect(area, palette().base());
    double top = SwitchSteps::kCaughtUpCommits * 2.0;
    for (double v : std::as_const(m_values))
        top = qMax(top, v);
    const auto yFor = [&](double v) {
        return area.bottom() - (v / top) * area.height();
    };
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    const double threshold = yFor(SwitchSteps::kCaughtUpCommits);
    painter.drawLine(QPointF(area.left(), threshold), QPointF(area.right(), threshold));
    if (m_values.size() < 2)
        return;
    QPainterPath path;
    const double step = area.width() / double(kKept - 1);
    const double start = area.right() - step * double(m_values.size() - 1);
    for (int i = 0; i < m_values.size(); ++i) {
        const QPointF p(start + step * i, yFor(m_values.at(i)));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawPath(path);
}

} // namespace hpg

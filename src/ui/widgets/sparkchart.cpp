#include "sparkchart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <limits>

namespace hpg {

namespace {

// The smallest of 1, 2, 5 × 10^k that is at least `value`: a round top for the scale.
double roundUp(double value)
{
    if (value <= 1)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double factor : { 1.0, 2.0, 5.0, 10.0 }) {
        if (factor * power >= value)
            return factor * power;
    }
    return 10.0 * power;
}

} // namespace

SparkChart::SparkChart(QWidget *parent)
    : QWidget(parent)
    , m_threshold(std::numeric_limits<double>::quiet_NaN())
    , m_maximumTop(std::numeric_limits<double>::quiet_NaN())
{
    setMinimumSize(160, 64);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SparkChart::addValue(double value)
{
    m_values.append(value);
    while (m_values.size() > m_kept)
        m_values.removeFirst();
    update();
}

void SparkChart::clear()
{
    m_values.clear();
    update();
}

void SparkChart::setThreshold(double value)
{
    m_threshold = value;
    update();
}

void SparkChart::setMinimumTop(double value)
{
    m_minimumTop = value;
    update();
}

void SparkChart::setMaximumTop(double value)
{
    m_maximumTop = value;
    update();
}

void SparkChart::setFormatter(std::function<QString(double)> formatter)
{
    m_formatter = std::move(formatter);
    update();
}

QString SparkChart::text(double value) const
{
    return m_formatter ? m_formatter(value) : QLocale().toString(qint64(value));
}

// A scale on the left (0, the threshold, the top), the threshold line dashed, and the values.
void SparkChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));

    const bool hasThreshold = !std::isnan(m_threshold);
    double top = qMax(m_minimumTop, hasThreshold ? m_threshold * 1.5 : 0.0);
    for (double v : std::as_const(m_values))
        top = qMax(top, v * 1.1);
    top = roundUp(top);
    if (!std::isnan(m_maximumTop))
        top = qMin(top, m_maximumTop);

    const QFontMetricsF metrics(font());
    const QString topText = text(top);
    const double labelWidth = metrics.horizontalAdvance(topText);
    const double half = metrics.height() / 2.0;
    const QRectF plot = QRectF(rect()).adjusted(labelWidth + 10, half + 3, -8, -(half + 3));
    const auto yFor = [&](double v) {
        return plot.bottom() - (qBound(0.0, v, top) / top) * plot.height();
    };

    // The scale: a label is left out where it would overlap another.
    painter.setPen(palette().color(QPalette::Text));
    const auto label = [&](double value) {
        const QRectF box(4, yFor(value) - half, labelWidth, 2 * half);
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, text(value));
    };
    label(0);
    label(top);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
    if (hasThreshold) {
        // The threshold's label: on the scale, or where it would overlap 0, above the line.
        const double thresholdY = yFor(m_threshold);
        painter.setPen(palette().color(QPalette::Text));
        if (thresholdY - yFor(top) > 2 * half && yFor(0) - thresholdY > 2 * half)
            label(m_threshold);
        else
            painter.drawText(QPointF(plot.left() + 4, thresholdY - 3), text(m_threshold));
        painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), thresholdY), QPointF(plot.right(), thresholdY));
    }

    if (m_values.isEmpty())
        return;
    const QColor line = palette().color(QPalette::Highlight);
    const double step = m_values.size() > 1 ? plot.width() / double(m_values.size() - 1) : 0;
    QPainterPath path;
    for (int i = 0; i < m_values.size(); ++i) {
        const QPointF p(m_values.size() > 1 ? plot.left() + step * i : plot.right(), yFor(m_values.at(i)));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    painter.setPen(QPen(line, 2));
    painter.drawPath(path);
    painter.setBrush(line);
    painter.drawEllipse(path.currentPosition(), 3, 3);
}

} // namespace hpg

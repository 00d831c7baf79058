#pragma once

#include <QList>
#include <QWidget>

#include <functional>

namespace hpg {

// A small live line chart: the values kept so far spread over the width (the newest on the
// right with a dot), a scale with 0 and a round top, and optionally a dashed threshold line
// (e.g. the 200 commits under which a follower counts as caught up). Numbers only.
class SparkChart : public QWidget
{
    Q_OBJECT
public:
    explicit SparkChart(QWidget *parent = nullptr);

    void addValue(double value);
    void clear();
    const QList<double> &values() const { return m_values; }

    // A dashed line at `value`; the scale's top is at least 1.5 times it. NaN: none (default).
    void setThreshold(double value);
    // The scale's top is at least this (default 1).
    void setMinimumTop(double value);
    // The scale's top is at most this (a percentage: 100). NaN: no limit (default).
    void setMaximumTop(double value);
    // How the scale's numbers are written (default: whole numbers in the locale).
    void setFormatter(std::function<QString(double)> formatter);
    void setKept(int count) { m_kept = count; }

    QSize sizeHint() const override { return { 320, 80 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString text(double value) const;

    QList<double> m_values;
    double m_threshold;
    double m_minimumTop = 1;
    double m_maximumTop;
    std::function<QString(double)> m_formatter;
    int m_kept = 120;
};

} // namespace hpg

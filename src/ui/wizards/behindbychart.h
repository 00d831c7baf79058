#pragma once

#include <QList>
#include <QWidget>

namespace hpg {

// A small live chart of a follower's "Behind By" (commits), with the
// 200-commit line under which the follower counts as caught up and a scale.
class BehindByChart : public QWidget
{
    Q_OBJECT
public:
    explicit BehindByChart(QWidget *parent = nullptr);

    void addValue(double commits);
    void clear();
    const QList<double> &values() const { return m_values; }

    QSize sizeHint() const override { return { 320, 80 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_values;
    static constexpr int kKept = 120;
};

} // namespace hpg

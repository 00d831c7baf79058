#pragma once

#include "core/fleet/calendarlayout.h"

#include <QDate>
#include <QRectF>
#include <QWidget>

namespace hpg {

// The maintenance calendar drawn as a week (seven day columns, hours down the side) or a month
// (six weeks of days): each database's weekly window as a four-hour block and each scheduled
// maintenance as a mark, in local time; a maintenance required soon in the warning colour.
// Hover for the details (UTC included), double-click to open the database. The geometry comes
// from CalendarLayout (core); this widget only paints it, with palette colours.
class MaintenanceCalendarView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Week, Month };

    explicit MaintenanceCalendarView(QWidget *parent = nullptr);

    void setDatabases(const QList<FleetDatabase> &databases);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setAnchor(const QDate &day); // a day in the week or month to show
    QDate anchor() const { return m_anchor; }
    void previous();
    void next();
    void showToday();

    QDate firstDay() const;
    int dayCount() const { return m_mode == Mode::Week ? 7 : 42; }
    // "7–13 December 2026", "December 2026", in the UI's language.
    QString title() const;
    const QList<CalendarEntry> &entries() const { return m_entries; }
    // Where entry `index` is drawn (its first piece; empty when not drawn); the entry at `point` or -1.
    QRectF entryRect(int index) const;
    int entryAt(const QPointF &point) const;
    // The text of an entry's tooltip: what, which database, when in local time and in UTC.
    QString describe(int index) const;

    QSize sizeHint() const override { return { 900, 560 }; }

signals:
    void openDatabase(const QString &key);
    void rangeChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Piece
    {
        int entry;
        QRectF rect;
        QString label;
    };
    void relayout();
    void layoutWeek();
    void layoutMonth();
    QColor fill(const CalendarEntry &entry) const;

    Mode m_mode = Mode::Week;
    QDate m_anchor;
    QList<FleetDatabase> m_databases;
    QList<CalendarEntry> m_entries;
    QList<Piece> m_pieces;
    QList<QPair<QRectF, QString>> m_dayHeaders; // week: column heads; month: the weekday row
    QList<QPair<QRectF, QDate>> m_days; // the day areas
    QList<QPair<QRectF, QString>> m_more; // month: "+2 more"
    double m_gutter = 0; // week: the hour labels' width
    double m_top = 0;
    double m_hourHeight = 0;
};

} // namespace hpg

#include "maintenancecalendarview.h"

#include "appearance.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace hpg {

namespace {

constexpr double kHeader = 22;

QString hhmm(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

MaintenanceCalendarView::MaintenanceCalendarView(QWidget *parent)
    : QWidget(parent)
    , m_anchor(QDate::currentDate())
{
    setObjectName(QStringLiteral("maintenanceCalendarView"));
    setMouseTracking(true);
    setMinimumSize(560, 360);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    relayout();
}

void MaintenanceCalendarView::setDatabases(const QList<FleetDatabase> &databases)
{
    m_databases = databases;
    relayout();
}

void MaintenanceCalendarView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    relayout();
    emit rangeChanged();
}

void MaintenanceCalendarView::setAnchor(const QDate &day)
{
    m_anchor = day;
    relayout();
    emit rangeChanged();
}

void MaintenanceCalendarView::previous()
{
    setAnchor(m_mode == Mode::Week ? m_anchor.addDays(-7) : m_anchor.addMonths(-1));
}

void MaintenanceCalendarView::next()
{
    setAnchor(m_mode == Mode::Week ? m_anchor.addDays(7) : m_anchor.addMonths(1));
}

void MaintenanceCalendarView::showToday()
{
    setAnchor(QDate::currentDate());
}

QDate MaintenanceCalendarView::firstDay() const
{
    const Qt::DayOfWeek first = QLocale().firstDayOfWeek();
    return m_mode == Mode::Week ? CalendarLayout::weekStart(m_anchor, first)
                                : CalendarLayout::monthGridStart(m_anchor, first);
}

QString MaintenanceCalendarView::title() const
{
    const QLocale locale;
    if (m_mode == Mode::Month)
        //: the maintenance calendar's month title, in Qt's date format letters (yyyy年M月 in Japanese)
        return locale.toString(m_anchor, tr("MMMM yyyy"));
    const QDate first = firstDay();
    return tr("%1 to %2", "a week on the maintenance calendar: first and last day")
        .arg(locale.toString(first, QLocale::ShortFormat), locale.toString(first.addDays(6), QLocale::ShortFormat));
}

void MaintenanceCalendarView::relayout()
{
    const QDate first = firstDay();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    m_entries = CalendarLayout::entries(m_databases, QDateTime(first, QTime(0, 0), zone).toUTC(),
                                        QDateTime(first.addDays(dayCount()), QTime(0, 0), zone).toUTC(),
                                        QDateTime::currentDateTimeUtc());
    m_pieces.clear();
    m_dayHeaders.clear();
    m_days.clear();
    m_more.clear();
    if (m_mode == Mode::Week)
        layoutWeek();
    else
        layoutMonth();
    update();
}

void MaintenanceCalendarView::layoutWeek()
{
    const QLocale locale;
    const QFontMetricsF metrics(font());
    m_gutter = metrics.horizontalAdvance(locale.toString(QTime(23, 0), QLocale::ShortFormat)) + 12;
    m_top = kHeader + 4;
    m_hourHeight = (height() - m_top - 2) / 24.0;
    const double column = (width() - m_gutter - 2) / 7.0;
    const QDate first = firstDay();
    for (int day = 0; day < 7; ++day) {
        const QDate date = first.addDays(day);
        const QRectF head(m_gutter + day * column, 0, column, kHeader);
        m_dayHeaders.append({ head, locale.toString(date, QStringLiteral("ddd d")) });
        m_days.append({ QRectF(head.x(), m_top, column, 24 * m_hourHeight), date });
    }
    for (const CalendarSegment &s : CalendarLayout::segments(m_entries, first, 7, QTimeZone::systemTimeZone())) {
        const double laneWidth = column / s.lanes;
        const QRectF rect(m_gutter + s.day * column + s.lane * laneWidth + 1, m_top + s.startHour * m_hourHeight,
                          laneWidth - 2, qMax(3.0, (s.endHour - s.startHour) * m_hourHeight));
        const CalendarEntry &e = m_entries.at(s.entry);
        const bool continued = e.startUtc.toLocalTime().date() != first.addDays(s.day);
        m_pieces.append({ s.entry, rect,
                          QStringLiteral("%1 %2").arg(continued ? QStringLiteral("…") : hhmm(e.startUtc), e.addon) });
    }
}

void MaintenanceCalendarView::layoutMonth()
{
    const QLocale locale;
    const QFontMetricsF metrics(font());
    const double line = metrics.height() + 2;
    const double column = (width() - 2) / 7.0;
    const double row = (height() - kHeader - 2) / 6.0;
    const QDate first = firstDay();
    for (int day = 0; day < 7; ++day) {
        const int weekday = (first.addDays(day)).dayOfWeek();
        m_dayHeaders.append(
            { QRectF(1 + day * column, 0, column, kHeader), locale.dayName(weekday, QLocale::ShortFormat) });
    }
    const QList<QList<int>> byDay = CalendarLayout::byDay(m_entries, first, 42, QTimeZone::systemTimeZone());
    for (int i = 0; i < 42; ++i) {
        const QRectF cell(1 + (i % 7) * column, kHeader + (i / 7) * row, column, row);
        m_days.append({ cell, first.addDays(i) });
        const int room = qMax(0, int((cell.height() - line - 2) / line));
        const QList<int> &dayEntries = byDay.at(i);
        const int shown = int(dayEntries.size()) > room ? qMax(0, room - 1) : int(dayEntries.size());
        for (int k = 0; k < shown; ++k) {
            const CalendarEntry &e = m_entries.at(dayEntries.at(k));
            const QRectF chip(cell.x() + 2, cell.y() + line + k * line, cell.width() - 4, line - 1);
            const bool startsToday = e.startUtc.toLocalTime().date() == first.addDays(i);
            m_pieces.append(
                { dayEntries.at(k), chip,
                  QStringLiteral("%1 %2").arg(startsToday ? hhmm(e.startUtc) : QStringLiteral("…"), e.addon) });
        }
        if (shown < dayEntries.size())
            m_more.append({ QRectF(cell.x() + 2, cell.y() + line + shown * line, cell.width() - 4, line - 1),
                            tr("+%n more", nullptr, int(dayEntries.size()) - shown) });
    }
}

QColor MaintenanceCalendarView::fill(const CalendarEntry &entry) const
{
    if (entry.kind == CalendarEntry::Kind::Maintenance)
        return entry.requiredSoon ? Appearance::toneBackground(Appearance::Tone::Warning, palette())
                                  : palette().color(QPalette::Highlight);
    QColor window = palette().color(QPalette::Highlight);
    window.setAlphaF(0.28f);
    return window;
}

void MaintenanceCalendarView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    QColor grid = pal.color(QPalette::Mid);
    const QDate today = QDate::currentDate();
    p.setPen(pal.color(QPalette::WindowText));
    for (const auto &[rect, text] : std::as_const(m_dayHeaders))
        p.drawText(rect, Qt::AlignCenter, text);
    for (const auto &[rect, date] : std::as_const(m_days)) {
        if (date == today)
            p.fillRect(rect, pal.color(QPalette::AlternateBase));
        p.setPen(grid);
        p.drawRect(rect);
        if (m_mode == Mode::Month) {
            QFont dayFont = p.font();
            dayFont.setBold(date == today);
            p.setFont(dayFont);
            p.setPen(date.month() == m_anchor.month() ? pal.color(QPalette::Text)
                                                      : pal.color(QPalette::Disabled, QPalette::Text));
            p.drawText(rect.adjusted(4, 1, -4, 0), Qt::AlignLeft | Qt::AlignTop, QString::number(date.day()));
            dayFont.setBold(false);
            p.setFont(dayFont);
        }
    }
    if (m_mode == Mode::Week) {
        const QLocale locale;
        for (int hour = 0; hour <= 24; hour += 2) {
            const double y = m_top + hour * m_hourHeight;
            p.setPen(grid);
            p.drawLine(QPointF(m_gutter, y), QPointF(width() - 2, y));
            if (hour < 24) {
                p.setPen(pal.color(QPalette::WindowText));
                p.drawText(QRectF(0, y - 1, m_gutter - 6, m_hourHeight * 2), Qt::AlignRight | Qt::AlignTop,
                           locale.toString(QTime(hour, 0), QLocale::ShortFormat));
            }
        }
    }
    for (const Piece &piece : std::as_const(m_pieces)) {
        const CalendarEntry &e = m_entries.at(piece.entry);
        const QColor color = fill(e);
        p.setPen(QPen(pal.color(QPalette::Highlight), 1));
        p.setBrush(color);
        p.drawRoundedRect(piece.rect, 3, 3);
        const bool solid = color.alphaF() > 0.9f;
        p.setPen(e.kind == CalendarEntry::Kind::Maintenance && e.requiredSoon
                     ? Appearance::toneText(Appearance::Tone::Warning, pal)
                     : (solid ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text)));
        const QRectF text = piece.rect.adjusted(3, 0, -2, 0);
        if (text.height() < 2 * p.fontMetrics().height()) // one line: elided
            p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(piece.label, Qt::ElideRight, int(text.width())));
        else
            p.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, piece.label);
    }
    p.setPen(pal.color(QPalette::WindowText));
    for (const auto &[rect, text] : std::as_const(m_more))
        p.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, text);
}

void MaintenanceCalendarView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

QRectF MaintenanceCalendarView::entryRect(int index) const
{
    for (const Piece &piece : m_pieces) {
        if (piece.entry == index)
            return piece.rect;
    }
    return {};
}

int MaintenanceCalendarView::entryAt(const QPointF &point) const
{
    // The last drawn is on top.
    for (auto it = m_pieces.crbegin(); it != m_pieces.crend(); ++it) {
        if (it->rect.contains(point))
            return it->entry;
    }
    return -1;
}

QString MaintenanceCalendarView::describe(int index) const
{
    if (index < 0 || index >= m_entries.size())
        return {};
    const CalendarEntry &e = m_entries.at(index);
    const QLocale locale;
    const QString local = tr("%1 to %2")
                              .arg(locale.toString(e.startUtc.toLocalTime(), QLocale::ShortFormat),
                                   locale.toString(e.endUtc.toLocalTime(), QLocale::ShortFormat));
    const QString utc = QStringLiteral("%1–%2 UTC")
                            .arg(e.startUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                 e.endUtc.toUTC().toString(QStringLiteral("HH:mm")));
    if (e.kind == CalendarEntry::Kind::Window)
        return tr("Maintenance window of %1 on %2: %3 (%4).").arg(e.addon, e.app, local, utc);
    const QString when = locale.toString(e.startUtc.toLocalTime(), QLocale::ShortFormat);
    const QString whenUtc = e.startUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    return e.requiredSoon
        ? tr("Maintenance of %1 on %2, required soon: scheduled for %3 (%4).").arg(e.addon, e.app, when, whenUtc)
        : tr("Maintenance of %1 on %2: scheduled for %3 (%4).").arg(e.addon, e.app, when, whenUtc);
}

void MaintenanceCalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = entryAt(event->position());
    if (index >= 0)
        emit openDatabase(m_entries.at(index).key);
    else
        QWidget::mouseDoubleClickEvent(event);
}

bool MaintenanceCalendarView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = entryAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), describe(index), this);
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange
        || event->type() == QEvent::FontChange)
        relayout();
    return QWidget::event(event);
}

} // namespace hpg

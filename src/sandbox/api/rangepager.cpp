#include "rangepager.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace hpg::sandbox {

namespace {

QString sortKey(const QJsonObject &item, const QString &field)
{
    const QJsonValue value = item.value(field);
    if (value.isDouble())
        return QStringLiteral("%1").arg(qint64(value.toDouble()), 20, 10, QLatin1Char('0'));
    return value.toString();
}

QString boundKey(const QString &bound, const QString &field)
{
    if (field == QLatin1String("version") || field == QLatin1String("num")) {
        bool ok = false;
        const qint64 n = bound.toLongLong(&ok);
        if (ok)
            return QStringLiteral("%1").arg(n, 20, 10, QLatin1Char('0'));
    }
    return bound;
}

} // namespace

RangePager::Range RangePager::parse(const QByteArray &header, const QString &defaultField)
{
    Range range;
    range.field = defaultField;
    const QString text = QString::fromUtf8(header).trimmed();
    if (text.isEmpty())
        return range;
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*([A-Za-z_]+)\s*(\]?)\s*([^;]*?)\s*\.\.\s*(\]?)\s*([^;]*?)\s*(?:;(.*))?$)"));
    const auto match = re.match(text);
    if (!match.hasMatch()) {
        range.valid = false;
        return range;
    }
    range.field = match.captured(1);
    range.startExclusive = !match.captured(2).isEmpty();
    range.start = match.captured(3);
    range.end = match.captured(5);
    const QStringList options = match.captured(6).split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts);
    for (const QString &option : options) {
        const QString key = option.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = option.section(QLatin1Char('='), 1).trimmed();
        if (key == QLatin1String("max")) {
            bool ok = false;
            const int max = value.toInt(&ok);
            if (!ok || max < 1) {
                range.valid = false;
                return range;
            }
            range.max = std::min(max, kLimit);
        } else if (key == QLatin1String("order")) {
            range.descending = value == QLatin1String("desc");
        }
    }
    return range;
}

ApiResponse RangePager::page(const ApiRequest &request, QList<QJsonObject> items, const QStringList &fields)
{
    const Range range = parse(request.header("range"), fields.value(0, QStringLiteral("id")));
    if (!range.valid || !fields.contains(range.field)) {
        return ApiResponse::error(
            416, QStringLiteral("requested_range_not_satisfiable"),
            QStringLiteral("Invalid Range header. Valid ranges are: %1.").arg(fields.join(QStringLiteral(", "))));
    }
    std::stable_sort(items.begin(), items.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        const QString ka = sortKey(a, range.field);
        const QString kb = sortKey(b, range.field);
        return range.descending ? kb < ka : ka < kb;
    });
    const QString start = boundKey(range.start, range.field);
    const QString end = boundKey(range.end, range.field);
    QList<QJsonObject> selected;
    bool more = false;
    for (const QJsonObject &item : std::as_const(items)) {
        const QString key = sortKey(item, range.field);
        if (!start.isEmpty()) {
            const bool before = range.descending ? key > start : key < start;
            if (before || (range.startExclusive && key == start))
                continue;
        }
        if (!end.isEmpty()) {
            const bool after = range.descending ? key < end : key > end;
            if (after)
                continue;
        }
        if (selected.size() == range.max) {
            more = true;
            break;
        }
        selected.append(item);
    }
    QJsonArray array;
    for (const QJsonObject &item : std::as_const(selected))
        array.append(item);
    ApiResponse response = ApiResponse::json(array, more ? 206 : 200);
    response.setHeader("Accept-Ranges", fields.join(QStringLiteral(", ")).toUtf8());
    if (!selected.isEmpty()) {
        const QString first = selected.constFirst().value(range.field).toVariant().toString();
        const QString last = selected.constLast().value(range.field).toVariant().toString();
        response.setHeader("Content-Range", QStringLiteral("%1 %2..%3").arg(range.field, first, last).toUtf8());
        if (more) {
            QString next = QStringLiteral("%1 ]%2..; max=%3").arg(range.field, last).arg(range.max);
            if (range.descending)
                next += QStringLiteral(", order=desc");
            response.setHeader("Next-Range", next.toUtf8());
        }
    }
    return response;
}

} // namespace hpg::sandbox

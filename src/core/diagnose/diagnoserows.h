#pragma once

#include "diagnosecheck.h"

#include <QLocale>
#include <QString>

namespace hpg::DiagnoseRows {

// A numeric value of a row by column name; 0 for NULL or a missing column.
inline double number(const PgResultSet &set, int row, const char *column)
{
    const int index = set.column(QLatin1String(column));
    if (index < 0 || row < 0 || row >= set.rows.size())
        return 0;
    return set.rows.at(row).value(index).toDouble();
}

inline double maximum(const PgResultSet &set, const char *column)
{
    double best = 0;
    for (int row = 0; row < set.rows.size(); ++row)
        best = qMax(best, number(set, row, column));
    return best;
}

inline double sum(const PgResultSet &set, const char *column)
{
    double total = 0;
    for (int row = 0; row < set.rows.size(); ++row)
        total += number(set, row, column);
    return total;
}

// A list's judgement: green without rows, else `whenAny`; the facts hold the row count.
inline void judgeList(DiagnoseFinding &finding, DiagnoseStatus whenAny = DiagnoseStatus::Yellow)
{
    finding.facts = { { QStringLiteral("count"), finding.rows.rows.size() } };
    finding.status = finding.rows.rows.isEmpty() ? DiagnoseStatus::Green : whenAny;
}

inline QString bytes(double value)
{
    return QLocale().formattedDataSize(qint64(value), 1, QLocale::DataSizeTraditionalFormat);
}

inline QString percent(double ratio)
{
    return QLocale().toString(ratio * 100, 'f', 2);
}

} // namespace hpg::DiagnoseRows

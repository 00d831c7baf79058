#pragma once

#include "pgsessionerror.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace hpg {

// The rows of one statement, copied out of libpq: text values, a null QString
// for SQL NULL (an empty value is a non-null empty QString).
struct PgResultSet
{
    QStringList columns;
    QList<QStringList> rows;
    QString commandStatus; // "SELECT 3", "UPDATE 1", …

    // The column's index, or -1.
    int column(const QString &name) const { return int(columns.indexOf(name)); }
};

// What a statement sent to a PgSession gives back. A statement without
// parameters may hold several SQL commands; each one that returns rows adds a
// set, in order.
struct PgSessionResult
{
    QList<PgResultSet> sets;
    PgSessionError error;
    qint64 elapsedMs = 0; // from sending to the last result

    bool ok() const { return !error.isError(); }
    // The first set, or an empty one.
    const PgResultSet &first() const
    {
        static const PgResultSet empty;
        return sets.isEmpty() ? empty : sets.constFirst();
    }
    // The first value of the first set, or a null QString.
    QString scalar() const
    {
        const PgResultSet &set = first();
        return set.rows.isEmpty() || set.rows.constFirst().isEmpty() ? QString() : set.rows.constFirst().constFirst();
    }
};

} // namespace hpg

Q_DECLARE_METATYPE(hpg::PgSessionResult)

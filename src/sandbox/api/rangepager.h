#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <QJsonObject>
#include <QList>

namespace hpg::sandbox {

// Platform API list ranges: `Range: <field> [\]]<start>..<end>; max=N, order=asc|desc`.
// A truncated list answers 206 with `Next-Range: <field> ]<last>..; max=N`; the default
// page size is 200 and the maximum 1000.
class RangePager
{
public:
    static constexpr int kDefaultMax = 200;
    static constexpr int kLimit = 1000;

    // `fields` are the valid range fields; the first is the default.
    static ApiResponse page(const ApiRequest &request, QList<QJsonObject> items, const QStringList &fields);

    struct Range
    {
        QString field;
        QString start;
        bool startExclusive = false;
        QString end;
        int max = kDefaultMax;
        bool descending = false;
        bool valid = true;
    };
    static Range parse(const QByteArray &header, const QString &defaultField);
};

} // namespace hpg::sandbox

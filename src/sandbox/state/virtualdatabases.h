#pragma once

#include "world.h"

#include <QJsonObject>
#include <QStringList>

namespace hpg::sandbox {

// "Virtual" Heroku Postgres databases for benchmarks of a large account (thousands of databases,
// where real clusters are out of the question): each is an app with a Standard add-on attached as
// DATABASE, a weekly window and, for two in three, an open maintenance (pending, ready or
// preparing, required within 1 to 30 days) and one completed in its history, answered by the
// Platform API and /data/maintenances/v1 like any other, but with no cluster behind it: pg:info,
// credentials and psql do not work on them. Created by POST /_sandbox/virtual-databases
// {count, prefix = "virtual-", team = ""} or the seed's generated_databases (same keys).
class VirtualDatabases
{
public:
    // The names of the apps created; empty and `error` when the options are not usable.
    static QStringList create(World &world, const QJsonObject &options, QString *error);
    static constexpr int kMaxCount = 10000;
};

} // namespace hpg::sandbox

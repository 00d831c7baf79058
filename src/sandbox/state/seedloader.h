#pragma once

#include "world.h"

#include <QHash>
#include <QJsonObject>

namespace hpg::sandbox {

// Builds a World from a seed file (src/sandbox/seed/demo.json is the default).
// Seed format (every key optional):
//   account {email, name}; token; teams [{name}]; spaces [{name, team, region, shield}];
//   apps [{name, team, space, region, maintenance, config_vars{}, formation [{type, quantity, size, command}],
//          addons [{name, plan, as [names], follow, fork, sql (string or [strings]), window {day, time},
//                   extensions [names] (created by the superuser before sql), stuck_transaction (bool)}],
//          attachments [{addon, name, namespace}]}];
//   generated_apps {count, prefix, team};   -- cheap apps without databases (pagination tests)
//   generated_databases {count, prefix, team};   -- "virtual" databases: no cluster (VirtualDatabases)
//   maintenances [{addon, status, reason, method, scheduled_in_hours, required_in_days}]; a completed one
//                (history) takes completed_days_ago and duration_seconds instead;
//   connect [{app, name, db_key, schema, state, mappings [{object_name, state}]}];
//   dyno_rows_per_second; connect_rows_per_second
class SeedLoader
{
public:
    struct Result
    {
        QHash<QString, QStringList> sql; // add-on id → statements to run once it is provisioned
        QHash<QString, QStringList> extensions; // add-on id → extensions the superuser creates first
    };

    static bool load(const QJsonObject &seed, World &world, Result *result, QString *error);
    static QJsonObject readFile(const QString &path, QString *error);
};

} // namespace hpg::sandbox

#include "extensionversions.h"

#include <QLocale>
#include <QStringList>

#include <map>

namespace hpg {

namespace {

const std::map<QString, QHash<QString, QString>> &table()
{
    static const std::map<QString, QHash<QString, QString>> versions {
        { QStringLiteral("15"),
          {
            { QStringLiteral("adminpack"), QStringLiteral("2.1") },
            { QStringLiteral("amcheck"), QStringLiteral("1.3") },
            { QStringLiteral("autoinc"), QStringLiteral("1.0") },
            { QStringLiteral("bloom"), QStringLiteral("1.0") },
            { QStringLiteral("btree_gin"), QStringLiteral("1.3") },
            { QStringLiteral("btree_gist"), QStringLiteral("1.7") },
            { QStringLiteral("citext"), QStringLiteral("1.6") },
            { QStringLiteral("cube"), QStringLiteral("1.5") },
            { QStringLiteral("dblink"), QStringLiteral("1.2") },
            { QStringLiteral("dict_int"), QStringLiteral("1.0") },
            { QStringLiteral("dict_xsyn"), QStringLiteral("1.0") },
            { QStringLiteral("earthdistance"), QStringLiteral("1.1") },
            { QStringLiteral("file_fdw"), QStringLiteral("1.0") },
            { QStringLiteral("fuzzystrmatch"), QStringLiteral("1.1") },
            { QStringLiteral("hstore"), QStringLiteral("1.8") },
            { QStringLiteral("insert_username"), QStringLiteral("1.0") },
            { QStringLiteral("intagg"), QStringLiteral("1.1") },
            { QStringLiteral("intarray"), QStringLiteral("1.5") },
            { QStringLiteral("isn"), QStringLiteral("1.2") },
            { QStringLiteral("lo"), QStringLiteral("1.1") },
            { QStringLiteral("ltree"), QStringLiteral("1.2") },
            { QStringLiteral("moddatetime"), QStringLiteral("1.0") },
            { QStringLiteral("old_snapshot"), QStringLiteral("1.0") },
            { QStringLiteral("pageinspect"), QStringLiteral("1.11") },
            { QStringLiteral("pg_buffercache"), QStringLiteral("1.3") },
            { QStringLiteral("pg_freespacemap"), QStringLiteral("1.2") },
            { QStringLiteral("pg_prewarm"), QStringLiteral("1.2") },
            { QStringLiteral("pg_stat_statements"), QStringLiteral("1.10") },
            { QStringLiteral("pg_surgery"), QStringLiteral("1.0") },
            { QStringLiteral("pg_trgm"), QStringLiteral("1.6") },
            { QStringLiteral("pg_visibility"), QStringLiteral("1.2") },
            { QStringLiteral("pg_walinspect"), QStringLiteral("1.0") },
            { QStringLiteral("pgcrypto"), QStringLiteral("1.3") },
            { QStringLiteral("pgrowlocks"), QStringLiteral("1.2") },
            { QStringLiteral("pgstattuple"), QStringLiteral("1.5") },
            { QStringLiteral("plpgsql"), QStringLiteral("1.0") },
            { QStringLiteral("postgres_fdw"), QStringLiteral("1.1") },
            { QStringLiteral("refint"), QStringLiteral("1.0") },
            { QStringLiteral("seg"), QStringLiteral("1.4") },
            { QStringLiteral("sslinfo"), QStringLiteral("1.2") },
            { QStringLiteral("tablefunc"), QStringLiteral("1.0") },
            { QStringLiteral("tcn"), QStringLiteral("1.0") },
            { QStringLiteral("tsm_system_rows"), QStringLiteral("1.0") },
            { QStringLiteral("tsm_system_time"), QStringLiteral("1.0") },
            { QStringLiteral("unaccent"), QStringLiteral("1.1") },
            { QStringLiteral("uuid-ossp"), QStringLiteral("1.1") },
            { QStringLiteral("xml2"), QStringLiteral("1.1") },
          } },
        { QStringLiteral("17"),
          {
            { QStringLiteral("amcheck"), QStringLiteral("1.4") },
            { QStringLiteral("autoinc"), QStringLiteral("1.0") },
            { QStringLiteral("bloom"), QStringLiteral("1.0") },
            { QStringLiteral("bool_plperl"), QStringLiteral("1.0") },
            { QStringLiteral("bool_plperlu"), QStringLiteral("1.0") },
            { QStringLiteral("btree_gin"), QStringLiteral("1.3") },
            { QStringLiteral("btree_gist"), QStringLiteral("1.7") },
            { QStringLiteral("citext"), QStringLiteral("1.6") },
            { QStringLiteral("cube"), QStringLiteral("1.5") },
            { QStringLiteral("dblink"), QStringLiteral("1.2") },
            { QStringLiteral("dict_int"), QStringLiteral("1.0") },
            { QStringLiteral("dict_xsyn"), QStringLiteral("1.0") },
            { QStringLiteral("earthdistance"), QStringLiteral("1.2") },
            { QStringLiteral("file_fdw"), QStringLiteral("1.0") },
            { QStringLiteral("fuzzystrmatch"), QStringLiteral("1.2") },
            { QStringLiteral("hstore"), QStringLiteral("1.8") },
            { QStringLiteral("hstore_plperl"), QStringLiteral("1.0") },
            { QStringLiteral("hstore_plperlu"), QStringLiteral("1.0") },
            { QStringLiteral("hstore_plpython3u"), QStringLiteral("1.0") },
            { QStringLiteral("insert_username"), QStringLiteral("1.0") },
            { QStringLiteral("intagg"), QStringLiteral("1.1") },
            { QStringLiteral("intarray"), QStringLiteral("1.5") },
            { QStringLiteral("isn"), QStringLiteral("1.2") },
            { QStringLiteral("jsonb_plperl"), QStringLiteral("1.0") },
            { QStringLiteral("jsonb_plperlu"), QStringLiteral("1.0") },
            { QStringLiteral("jsonb_plpython3u"), QStringLiteral("1.0") },
            { QStringLiteral("lo"), QStringLiteral("1.1") },
            { QStringLiteral("ltree"), QStringLiteral("1.3") },
            { QStringLiteral("ltree_plpython3u"), QStringLiteral("1.0") },
            { QStringLiteral("moddatetime"), QStringLiteral("1.0") },
            { QStringLiteral("pageinspect"), QStringLiteral("1.12") },
            { QStringLiteral("pg_buffercache"), QStringLiteral("1.5") },
            { QStringLiteral("pg_freespacemap"), QStringLiteral("1.2") },
            { QStringLiteral("pg_prewarm"), QStringLiteral("1.2") },
            { QStringLiteral("pg_stat_statements"), QStringLiteral("1.11") },
            { QStringLiteral("pg_surgery"), QStringLiteral("1.0") },
            { QStringLiteral("pg_trgm"), QStringLiteral("1.6") },
            { QStringLiteral("pg_visibility"), QStringLiteral("1.2") },
            { QStringLiteral("pg_walinspect"), QStringLiteral("1.1") },
            { QStringLiteral("pgcrypto"), QStringLiteral("1.3") },
            { QStringLiteral("pgrowlocks"), QStringLiteral("1.2") },
            { QStringLiteral("pgstattuple"), QStringLiteral("1.5") },
            { QStringLiteral("plperl"), QStringLiteral("1.0") },
            { QStringLiteral("plperlu"), QStringLiteral("1.0") },
            { QStringLiteral("plpgsql"), QStringLiteral("1.0") },
            { QStringLiteral("plpython3u"), QStringLiteral("1.0") },
            { QStringLiteral("pltcl"), QStringLiteral("1.0") },
            { QStringLiteral("pltclu"), QStringLiteral("1.0") },
            { QStringLiteral("postgres_fdw"), QStringLiteral("1.1") },
            { QStringLiteral("refint"), QStringLiteral("1.0") },
            { QStringLiteral("seg"), QStringLiteral("1.4") },
            { QStringLiteral("sslinfo"), QStringLiteral("1.2") },
            { QStringLiteral("tablefunc"), QStringLiteral("1.0") },
            { QStringLiteral("tcn"), QStringLiteral("1.0") },
            { QStringLiteral("tsm_system_rows"), QStringLiteral("1.0") },
            { QStringLiteral("tsm_system_time"), QStringLiteral("1.0") },
            { QStringLiteral("unaccent"), QStringLiteral("1.1") },
            { QStringLiteral("uuid-ossp"), QStringLiteral("1.1") },
            { QStringLiteral("xml2"), QStringLiteral("1.1") },
          } },
    };
    return versions;
}

} // namespace

bool ExtensionVersions::knows(const QString &major)
{
    return table().count(major) > 0;
}

QHash<QString, QString> ExtensionVersions::offered(const QString &major)
{
    const auto found = table().find(major);
    return found == table().end() ? QHash<QString, QString>() : found->second;
}

QList<ExtensionVersions::Difference> ExtensionVersions::differences(const QHash<QString, QString> &installed,
                                                                    const QHash<QString, QString> &offered,
                                                                    bool complete)
{
    QStringList names = installed.keys();
    names.sort();
    QList<Difference> list;
    for (const QString &name : std::as_const(names)) {
        const QString have = installed.value(name);
        if (offered.contains(name)) {
            if (offered.value(name) != have)
                list.append({ name, have, offered.value(name) });
        } else {
            list.append({ name, have, complete ? QString() : QStringLiteral("?") });
        }
    }
    return list;
}

QString ExtensionVersions::describe(const QList<Difference> &differences)
{
    QStringList parts;
    for (const Difference &d : differences) {
        if (d.target == QLatin1String("?"))
            parts.append(tr("%1 %2 (the target's version is checked after the upgrade)").arg(d.name, d.installed));
        else if (d.target.isEmpty())
            parts.append(tr("%1 %2 (not offered by the target version)").arg(d.name, d.installed));
        else
            parts.append(tr("%1 %2 → %3").arg(d.name, d.installed, d.target));
    }
    return QLocale().createSeparatedList(parts);
}

} // namespace hpg

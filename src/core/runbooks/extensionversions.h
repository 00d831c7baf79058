#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace hpg {

// The versions of PostgreSQL's own extensions (contrib) that each major version offers, as their
// .control files give them (default_version), for the pre-flight of a version upgrade: it names the
// installed extensions whose version the target offers differently, before anything is created.
// The table holds the majors whose files hpgdesk was built against (15 from Debian 12's PostgreSQL
// 15, 17 from the 17.7 server binaries); for another major, or an extension not in it (PostGIS…),
// the target's version is read on the upgraded database itself, after the upgrade
// (UpgradeSteps::verify), from pg_available_extensions.
class ExtensionVersions
{
    Q_DECLARE_TR_FUNCTIONS(hpg::ExtensionVersions)
public:
    struct Difference
    {
        QString name;
        QString installed; // on the source
        QString target; // what the target major offers; empty when it offers none; "?" when unknown
    };

    // Whether the table knows `major` ("17").
    static bool knows(const QString &major);
    // The default versions `major` offers (empty when not known).
    static QHash<QString, QString> offered(const QString &major);
    // The installed extensions (name → version) whose version in `offered` differs; those `offered`
    // does not hold get target "" when `complete` (the target has no such extension) or "?".
    static QList<Difference> differences(const QHash<QString, QString> &installed,
                                         const QHash<QString, QString> &offered, bool complete);
    // "pg_stat_statements 1.10 → 1.11 and …" (translated), or empty.
    static QString describe(const QList<Difference> &differences);
};

} // namespace hpg

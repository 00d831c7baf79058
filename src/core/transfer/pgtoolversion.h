#pragma once

#include <QString>

namespace hpg {

// The version of a PostgreSQL client program or server, as a number like
// server_version_num: 150020 for 15.20, 90624 for 9.6.24.
struct PgToolVersion
{
    int number = 0;

    bool isValid() const { return number > 0; }
    // 15 for 15.x; 906 for 9.6 (two-part majors before PostgreSQL 10).
    int major() const { return number >= 100000 ? number / 10000 : number / 100; }
    // "15.20", "9.6.24".
    QString text() const;
    // Comparable major versions: 1500 for 15, 906 for 9.6.
    int majorKey() const { return number >= 100000 ? number / 10000 * 100 : number / 100; }
    // "15", "9.6".
    QString majorText() const { return majorText(major()); }
    static QString majorText(int major);

    // Parses what `pg_dump --version` prints ("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"),
    // server_version ("15.20 (Debian …)", "16beta1") or a bare "12.5". Invalid when none is found.
    static PgToolVersion parse(const QString &text);
    // From server_version_num (150020).
    static PgToolVersion fromNumber(int number) { return PgToolVersion { number }; }
    // The server's major version from server_version_num.
    static int majorOf(int versionNumber) { return fromNumber(versionNumber).major(); }

    bool operator==(const PgToolVersion &other) const = default;
};

} // namespace hpg

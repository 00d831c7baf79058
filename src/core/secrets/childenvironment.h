#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace hpg {

// The environment of a program hpgdesk starts (pg_dump, pg_restore, createdb,
// psql, secret-tool, hpgdesk-sandbox): the given one without the variables
// that carry the Heroku API token. None of these programs needs the token, and
// whatever they start (or dump into a core file or /proc/PID/environ) would
// inherit it.
class ChildEnvironment
{
public:
    // HEROKU_API_KEY, and HEROKU_API_TOKEN that some scripts set instead.
    static QStringList tokenVariables();
    static QProcessEnvironment clean(const QProcessEnvironment &base = QProcessEnvironment::systemEnvironment());
};

} // namespace hpg

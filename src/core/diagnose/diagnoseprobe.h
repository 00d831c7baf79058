#pragma once

#include "diagnosecheck.h"

namespace hpg::DiagnoseProbe {

// One statement that reads what the checks need to know first: server version, the
// credential's rights (superuser, pg_read_all_stats), follower or not, max_connections,
// sessions and tables this credential cannot see, followers, pg_stat_statements' schema.
QString sql();
// Fills the server's side of `context` (the caller's plan, limit and names stay); false when
// the result does not have the expected shape.
bool parse(const PgResultSet &set, DiagnoseContext *context);

} // namespace hpg::DiagnoseProbe

#include "diagnosechecks.h"

namespace hpg::DiagnoseRegistry {

const QList<DiagnoseCheck> &all()
{
    static const QList<DiagnoseCheck> checks
        = SessionChecks::all() + IndexChecks::all() + TableChecks::all() + StatementChecks::all();
    return checks;
}

const DiagnoseCheck *find(const QString &id)
{
    for (const DiagnoseCheck &check : all()) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

} // namespace hpg::DiagnoseRegistry

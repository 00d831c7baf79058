#include "childenvironment.h"

namespace hpg {

QStringList ChildEnvironment::tokenVariables()
{
    return { QStringLiteral("HEROKU_API_KEY"), QStringLiteral("HEROKU_API_TOKEN") };
}

QProcessEnvironment ChildEnvironment::clean(const QProcessEnvironment &base)
{
    QProcessEnvironment environment = base;
    for (const QString &name : tokenVariables())
        environment.remove(name);
    return environment;
}

} // namespace hpg

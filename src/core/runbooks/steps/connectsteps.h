#pragma once

#include "core/heroku/connectconnection.h"
#include "core/runbooks/step.h"

#include <QCoreApplication>

#include <functional>

namespace hpg {

// Heroku Connect of an app: pause it (only from IDLE: the step waits, see ConnectPauser)
// and resume it (heroku connect:pause / connect:resume).
//
// They read the connections to manage from the journal's values through `connections`
// (e.g. those the pre-flight found running) and capture nothing.
class ConnectSteps
{
    Q_DECLARE_TR_FUNCTIONS(hpg::ConnectSteps)
public:
    // The connections the run pauses and resumes (id, name, regionUrl), from the values.
    using Connections = std::function<QList<ConnectConnection>(const QJsonObject &values)>;

    // "pause-connect": needed when there is a connection to manage.
    static Step pause(const QString &app, const Connections &connections);
    // "resume-connect": undoes "pause-connect".
    static Step resume(const QString &app, const Connections &connections);
};

} // namespace hpg

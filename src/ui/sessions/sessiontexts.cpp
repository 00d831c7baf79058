#include "sessiontexts.h"

#include "core/pg/conninfo.h"
#include "core/settings/languagemanager.h"
#include "sessionsmodel.h"
#include "ui/widgets/statewords.h"

namespace hpg {

QString SessionTexts::detail(const SessionInfo &s)
{
    QStringList lines;
    lines << tr("Session %1 of user %2, application %3, client %4.")
                 .arg(s.pid)
                 .arg(s.user, s.application.isEmpty() ? tr("(none)") : s.application,
                      s.clientAddress.isEmpty() ? tr("local socket") : s.clientAddress);
    lines << tr("State: %1. Backend type: %2. Database: %3.")
                 .arg(StateWords::sessionState(s.state), s.backendType, s.database);
    if (!s.wait().isEmpty())
        lines << tr("Waiting for: %1.").arg(s.wait());
    if (s.isBlocked()) {
        QStringList pids;
        for (int blocker : s.blockedBy)
            pids << QString::number(blocker);
        lines << tr("Blocked by session %1.").arg(LanguageManager::joinList(pids));
    }
    if (s.transactionStart.isValid())
        lines << tr("Transaction started at %1 (running for %2).")
                     .arg(SessionsModel::formatTime(s.transactionStart),
                          SessionsModel::formatDuration(s.transactionMs));
    if (s.queryStart.isValid())
        lines << tr("Query started at %1.").arg(SessionsModel::formatTime(s.queryStart));
    return lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + s.query;
}

QString SessionTexts::signalOutcome(const BackendSignalResult &result)
{
    const bool cancel = result.action == BackendSignalResult::Action::Cancel;
    const int pid = result.pid;
    if (result.error.isError())
        return cancel ? tr("The query of session %1 could not be canceled: %2").arg(pid).arg(result.error.message)
                      : tr("Session %1 could not be terminated: %2").arg(pid).arg(result.error.message);
    if (!result.signalled)
        return cancel ? tr("Session %1 no longer exists; nothing was canceled.").arg(pid)
                      : tr("Session %1 no longer exists; nothing was terminated.").arg(pid);
    if (cancel)
        return tr("The query of session %1 was asked to stop.").arg(pid);
    if (result.ended)
        return tr("Session %1 was terminated.").arg(pid);
    return tr("Session %1 was asked to terminate and has not ended yet.").arg(pid);
}

QString SessionTexts::killCommand(int pid, bool force, const QString &addonName, const QString &appName)
{
    QString command = QStringLiteral("heroku pg:kill %1").arg(pid);
    if (!addonName.isEmpty())
        command += QLatin1Char(' ') + ConnInfo::shellQuote(addonName);
    if (force)
        command += QStringLiteral(" --force");
    if (!appName.isEmpty())
        command += QStringLiteral(" -a ") + ConnInfo::shellQuote(appName);
    return command;
}

QString SessionTexts::killAllCommand(const QString &addonName, const QString &appName)
{
    QString command = QStringLiteral("heroku pg:killall");
    if (!addonName.isEmpty())
        command += QLatin1Char(' ') + ConnInfo::shellQuote(addonName);
    if (!appName.isEmpty())
        command += QStringLiteral(" -a ") + ConnInfo::shellQuote(appName);
    return command;
}

} // namespace hpg

#include "diagnosereport.h"

#include "core/settings/languagemanager.h"
#include "diagnosechecks.h"

namespace hpg {

int DiagnoseReport::count(DiagnoseStatus status) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [status](const DiagnoseFinding &f) { return f.status == status; }));
}

const DiagnoseFinding *DiagnoseReport::finding(const QString &checkId) const
{
    for (const DiagnoseFinding &f : findings) {
        if (f.checkId == checkId)
            return &f;
    }
    return nullptr;
}

QString DiagnoseReport::title(const DiagnoseFinding &finding)
{
    const DiagnoseCheck *check = DiagnoseRegistry::find(finding.checkId);
    return check ? check->title() : finding.checkId;
}

QString DiagnoseReport::threshold(const DiagnoseFinding &finding)
{
    const DiagnoseCheck *check = DiagnoseRegistry::find(finding.checkId);
    return check && check->threshold ? check->threshold() : QString();
}

QString DiagnoseReport::explanation(const DiagnoseFinding &finding) const
{
    const DiagnoseCheck *check = DiagnoseRegistry::find(finding.checkId);
    if (!check)
        return {};
    if (finding.status != DiagnoseStatus::NotRun)
        return check->explain(context, finding);
    if (check->cannotRun) {
        if (const QString reason = check->cannotRun(context); !reason.isEmpty())
            return reason;
    }
    if (finding.permissionDenied)
        return tr("This credential may not run this check (%1). Run the diagnosis with the default credential.")
            .arg(finding.error);
    if (!finding.error.isEmpty())
        return tr("The check failed: %1").arg(finding.error);
    return tr("The check did not run.");
}

QString DiagnoseReport::limitation(const DiagnoseFinding &finding) const
{
    const DiagnoseCheck *check = DiagnoseRegistry::find(finding.checkId);
    if (!check || !check->limitation || finding.status == DiagnoseStatus::NotRun)
        return {};
    return check->limitation(context);
}

QStringList DiagnoseReport::credentialLimits() const
{
    // One line per distinct sentence, naming the checks it concerns.
    QStringList sentences;
    QList<QStringList> titles;
    for (const DiagnoseFinding &f : findings) {
        QString why;
        if (f.permissionDenied)
            why = explanation(f);
        else if (f.status == DiagnoseStatus::NotRun && !context.readAllStats
                 && f.checkId == QLatin1String("follower_lag") && context.followers > 0)
            why = explanation(f);
        else
            why = limitation(f);
        if (why.isEmpty())
            continue;
        const qsizetype at = sentences.indexOf(why);
        if (at >= 0) {
            titles[at].append(title(f));
        } else {
            sentences.append(why);
            titles.append({ title(f) });
        }
    }
    QStringList limits;
    for (qsizetype i = 0; i < sentences.size(); ++i)
        limits.append(tr("%1 (%2)").arg(sentences.at(i), LanguageManager::joinList(titles.at(i))));
    return limits;
}

QString DiagnoseReport::statusName(DiagnoseStatus status)
{
    switch (status) {
    case DiagnoseStatus::Green:
        return tr("Green");
    case DiagnoseStatus::Yellow:
        return tr("Yellow");
    case DiagnoseStatus::Red:
        return tr("Red");
    case DiagnoseStatus::NotRun:
        break;
    }
    return tr("Not run");
}

QString DiagnoseReport::statusColor(DiagnoseStatus status)
{
    switch (status) {
    case DiagnoseStatus::Green:
        return QStringLiteral("#2e7d32");
    case DiagnoseStatus::Yellow:
        return QStringLiteral("#c79100");
    case DiagnoseStatus::Red:
        return QStringLiteral("#c62828");
    case DiagnoseStatus::NotRun:
        break;
    }
    return QStringLiteral("#757575");
}

QString DiagnoseReport::summary() const
{
    return tr("Red: %1, yellow: %2, green: %3, not run: %4.")
        .arg(count(DiagnoseStatus::Red))
        .arg(count(DiagnoseStatus::Yellow))
        .arg(count(DiagnoseStatus::Green))
        .arg(count(DiagnoseStatus::NotRun));
}

} // namespace hpg

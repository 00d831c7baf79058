#pragma once

#include "diagnosecheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace hpg {

// The outcome of one diagnosis: what was known about the database and credential, and one
// finding per check in the registry's order. The sentences come from the checks when asked,
// in the language of the moment.
struct DiagnoseReport
{
    Q_DECLARE_TR_FUNCTIONS(hpg::DiagnoseReport)
public:
    DiagnoseContext context;
    QList<DiagnoseFinding> findings;
    QDateTime startedAt; // UTC
    qint64 elapsedMs = 0;

    bool isEmpty() const { return findings.isEmpty(); }
    int count(DiagnoseStatus status) const;
    const DiagnoseFinding *finding(const QString &checkId) const;

    // The check's title, threshold; what the finding means and what to do (or why it did not
    // run); what the credential could not see (empty when nothing).
    static QString title(const DiagnoseFinding &finding);
    static QString threshold(const DiagnoseFinding &finding);
    QString explanation(const DiagnoseFinding &finding) const;
    QString limitation(const DiagnoseFinding &finding) const;
    // What this credential could not run or saw only in part: one sentence each, with the checks it concerns.
    QStringList credentialLimits() const;

    static QString statusName(DiagnoseStatus status);
    // "#2e7d32": the status's colour in the tab and the HTML export.
    static QString statusColor(DiagnoseStatus status);
    // "12 green, 3 yellow, 1 red, 2 not run"
    QString summary() const;
};

} // namespace hpg

Q_DECLARE_METATYPE(hpg::DiagnoseReport)

#pragma once

#include "diagnosereport.h"

namespace hpg {

// A diagnosis as a document for a ticket or a change review: when, which database (app, add-on,
// plan, server version, credential), the summary, what the credential could not see, and each
// finding with its status, threshold, explanation, rows and SQL.
class DiagnoseExport
{
    Q_DECLARE_TR_FUNCTIONS(hpg::DiagnoseExport)
public:
    static QString markdown(const DiagnoseReport &report);
    // A complete HTML document (UTF-8, no outside resources).
    static QString html(const DiagnoseReport &report);
    // Writes HTML when `path` ends in .html or .htm, else Markdown; false (and `error`) when it cannot.
    static bool save(const DiagnoseReport &report, const QString &path, QString *error);
    // "diagnose-acme-storefront-postgresql-acme-primary-20261207-0130" (no extension).
    static QString suggestedFileName(const DiagnoseReport &report);

private:
    struct Header
    {
        QString label;
        QString value;
    };
    static QList<Header> headers(const DiagnoseReport &report);
};

} // namespace hpg

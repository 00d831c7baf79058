#include "diagnoseexport.h"

#include <QRegularExpression>
#include <QSaveFile>

namespace hpg {

namespace {

// A table cell: no line breaks, no pipes.
QString cell(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return text;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QList<DiagnoseExport::Header> DiagnoseExport::headers(const DiagnoseReport &report)
{
    const DiagnoseContext &c = report.context;
    return {
        { tr("Time"), report.startedAt.toUTC().toString(Qt::ISODate) },
        { tr("App"), c.app },
        { tr("Database"), c.addon.isEmpty() ? c.database : tr("%1 (%2)").arg(c.addon, c.database) },
        { tr("Plan"), c.plan },
        { tr("PostgreSQL version"), c.serverVersion },
        { tr("Role"), c.inRecovery ? tr("Follower (read-only)") : tr("Primary") },
        { tr("Credential"), c.user },
        { tr("Summary"), report.summary() },
    };
}

QString DiagnoseExport::markdown(const DiagnoseReport &report)
{
    QString out = QStringLiteral("# %1\n\n")
                      .arg(tr("Diagnosis of %1")
                               .arg(report.context.addon.isEmpty() ? report.context.database : report.context.addon));
    for (const Header &h : headers(report)) {
        if (!h.value.isEmpty())
            out += QStringLiteral("- **%1:** %2\n").arg(h.label, h.value);
    }
    const QStringList limits = report.credentialLimits();
    if (!limits.isEmpty()) {
        out += QStringLiteral("\n## %1\n\n").arg(tr("What this credential could not see"));
        for (const QString &limit : limits)
            out += QStringLiteral("- %1\n").arg(limit);
    }
    for (const DiagnoseFinding &f : report.findings) {
        out += QStringLiteral("\n## %1 — %2\n\n").arg(DiagnoseReport::statusName(f.status), DiagnoseReport::title(f));
        out += report.explanation(f) + QStringLiteral("\n\n");
        if (const QString limit = report.limitation(f); !limit.isEmpty())
            out += QStringLiteral("> %1\n\n").arg(limit);
        if (const QString threshold = DiagnoseReport::threshold(f); !threshold.isEmpty())
            out += QStringLiteral("*%1*\n\n").arg(tr("Threshold: %1").arg(threshold));
        if (!f.rows.rows.isEmpty()) {
            QStringList head;
            for (const QString &column : f.rows.columns)
                head.append(cell(column));
            out += QStringLiteral("| %1 |\n|%2\n")
                       .arg(head.join(QStringLiteral(" | ")), QStringLiteral("---|").repeated(head.size()));
            for (const QStringList &row : f.rows.rows) {
                QStringList cells;
                for (const QString &value : row)
                    cells.append(cell(value));
                out += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
            }
            out += QLatin1Char('\n');
        }
        if (!f.sql.isEmpty())
            out += QStringLiteral("```sql\n%1\n```\n").arg(f.sql);
    }
    return out;
}

QString DiagnoseExport::html(const DiagnoseReport &report)
{
    const QString name = report.context.addon.isEmpty() ? report.context.database : report.context.addon;
    QString out = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                                 "<style>body{font-family:sans-serif;max-width:72em;margin:2em auto}"
                                 "table{border-collapse:collapse;font-size:90%}td,th{border:1px solid #ccc;"
                                 "padding:2px 6px;text-align:left}pre{background:#f4f4f4;padding:8px;"
                                 "white-space:pre-wrap}.status{color:#fff;padding:1px 8px;border-radius:4px}"
                                 "</style></head><body>\n<h1>%1</h1>\n<dl>\n")
                      .arg(escaped(tr("Diagnosis of %1").arg(name)));
    for (const Header &h : headers(report)) {
        if (!h.value.isEmpty())
            out += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(escaped(h.label), escaped(h.value));
    }
    out += QStringLiteral("</dl>\n");
    const QStringList limits = report.credentialLimits();
    if (!limits.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(escaped(tr("What this credential could not see")));
        for (const QString &limit : limits)
            out += QStringLiteral("<li>%1</li>\n").arg(escaped(limit));
        out += QStringLiteral("</ul>\n");
    }
    for (const DiagnoseFinding &f : report.findings) {
        out += QStringLiteral("<h2 id=\"%1\"><span class=\"status\" style=\"background:%2\">%3</span> %4</h2>\n")
                   .arg(f.checkId, DiagnoseReport::statusColor(f.status), escaped(DiagnoseReport::statusName(f.status)),
                        escaped(DiagnoseReport::title(f)));
        out += QStringLiteral("<p>%1</p>\n").arg(escaped(report.explanation(f)));
        if (const QString limit = report.limitation(f); !limit.isEmpty())
            out += QStringLiteral("<blockquote>%1</blockquote>\n").arg(escaped(limit));
        if (const QString threshold = DiagnoseReport::threshold(f); !threshold.isEmpty())
            out += QStringLiteral("<p><em>%1</em></p>\n").arg(escaped(tr("Threshold: %1").arg(threshold)));
        if (!f.rows.rows.isEmpty()) {
            out += QStringLiteral("<table><tr>");
            for (const QString &column : f.rows.columns)
                out += QStringLiteral("<th>%1</th>").arg(escaped(column));
            out += QStringLiteral("</tr>\n");
            for (const QStringList &row : f.rows.rows) {
                out += QStringLiteral("<tr>");
                for (const QString &value : row)
                    out += QStringLiteral("<td>%1</td>").arg(escaped(value));
                out += QStringLiteral("</tr>\n");
            }
            out += QStringLiteral("</table>\n");
        }
        if (!f.sql.isEmpty())
            out += QStringLiteral("<pre><code>%1</code></pre>\n").arg(escaped(f.sql));
    }
    out += QStringLiteral("</body></html>\n");
    return out;
}

bool DiagnoseExport::save(const DiagnoseReport &report, const QString &path, QString *error)
{
    const bool html = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write((html ? DiagnoseExport::html(report) : DiagnoseExport::markdown(report)).toUtf8());
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString DiagnoseExport::suggestedFileName(const DiagnoseReport &report)
{
    QStringList parts { QStringLiteral("diagnose") };
    for (const QString &part :
         { report.context.app, report.context.addon.isEmpty() ? report.context.database : report.context.addon }) {
        if (!part.isEmpty())
            parts.append(
                QString(part).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("-")));
    }
    parts.append(report.startedAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmm")));
    return parts.join(QLatin1Char('-'));
}

} // namespace hpg

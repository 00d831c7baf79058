#pragma once

#include "core/diagnose/diagnosereport.h"
#include "core/heroku/credential.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QFileDialog;

namespace hpg {

class ApiCall;
class ApiClient;
class DiagnoseRun;
class DiagnoseTrend;
class SparkChart;
struct ApiResult;

// The Diagnose tab of a database: what pg:diagnose and the pg-extras commands tell, in one
// pass over the database's statistics views (DiagnoseRun, on a session of its own, never on the
// UI thread) with a progress bar. Each finding is listed green / yellow / red; selecting one shows
// what it means and what to do, its threshold, what the credential could not see, the rows behind
// it and the SQL it ran (copyable). The credential can be chosen (default first). While the tab
// is shown, connections, cache hit, follower lag and dead rows are sampled into small charts.
// The report exports as Markdown or HTML.
class DiagnosePage : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosePage(ApiClient *api, QWidget *parent = nullptr);
    ~DiagnosePage() override;

    // Reads the database's plan and credentials, then diagnoses it with the default credential.
    // Nothing happens when it already shows that database.
    void showDatabase(const QString &app, const QString &addon);
    // Diagnoses again with the chosen credential.
    void runDiagnosis();
    // Forgets the database and closes the connection (sign-out).
    void clear();
    QString addonName() const { return m_addon; }
    const DiagnoseReport &report() const { return m_report; }
    DiagnoseTrend *trend() const { return m_trend; }
    // Writes the report (HTML for .html, else Markdown); false and a shown error when it cannot.
    bool exportReport(const QString &path);

signals:
    // A diagnosis finished; or it, or reading the database, failed (the page shows why).
    void finished();
    void failed();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void onInfo(const ApiResult &result);
    void onCredentials(const ApiResult &result);
    void useCredential(int index);
    void onProgress(int done, int total);
    void onFinished(const DiagnoseReport &report);
    void showError(const QString &message);
    void fillFindings();
    void showFinding();
    void askExportPath(bool html);
    void updateSampling();

    ApiClient *m_api;
    DiagnoseRun *m_run;
    DiagnoseTrend *m_trend;
    QString m_app;
    QString m_addon;
    DiagnoseContext m_known;
    QList<Credential> m_credentials;
    DiagnoseReport m_report;
    QString m_error;
    QPointer<ApiCall> m_call;
    QPointer<QFileDialog> m_exportDialog;

    QLabel *m_intro;
    QLabel *m_credentialLabel;
    QComboBox *m_credential;
    QPushButton *m_runButton;
    QPushButton *m_exportButton;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QLabel *m_limits;
    QTreeWidget *m_findings;
    QLabel *m_findingTitle;
    QLabel *m_explanation;
    QLabel *m_threshold;
    QLabel *m_limitation;
    QTableWidget *m_rows;
    QLabel *m_sqlLabel;
    QPlainTextEdit *m_sql;
    QPushButton *m_copySql;
    QLabel *m_trendLabel;
    QList<SparkChart *> m_charts;
    QList<QLabel *> m_chartLabels;
};

} // namespace hpg

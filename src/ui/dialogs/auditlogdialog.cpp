#include "auditlogdialog.h"

#include "auditlogmodel.h"
#include "core/runbooks/auditlog.h"

#include "ui_auditlogdialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace hpg {

AuditLogDialog::AuditLogDialog(const QString &logPath, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditLogDialog>())
    , m_path(logPath)
    , m_model(new AuditLogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("AuditLogDialog"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(AuditLogModel::SortRole);
    m_ui->auditTableView->setModel(m_proxy);
    m_ui->auditTableView->sortByColumn(AuditLogModel::TimeColumn, Qt::DescendingOrder);
    m_ui->auditTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->auditTableView->verticalHeader()->hide();
    connect(m_ui->auditFilterLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        showCount();
    });
    connect(m_ui->exportAuditPushButton, &QPushButton::clicked, this, &AuditLogDialog::chooseExportFile);
    connect(m_ui->reloadAuditPushButton, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(m_ui->auditButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

AuditLogDialog::~AuditLogDialog() = default;

void AuditLogDialog::reload()
{
    QList<AuditEntry> entries;
    for (const QJsonObject &json : AuditLog(m_path).entries())
        entries.append(AuditEntry::fromJson(json));
    m_model->setEntries(entries);
    resizeColumns();
    showCount();
}

void AuditLogDialog::resizeColumns()
{
    auto *view = m_ui->auditTableView;
    view->resizeColumnsToContents();
    // A long command is read in its tooltip; the Request-Ids and the outcome stay in view.
    view->setColumnWidth(AuditLogModel::CliColumn, qMin(view->columnWidth(AuditLogModel::CliColumn), 260));
}

void AuditLogDialog::showCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    QString text = shown == all ? tr("%n entry(s) in %1.", nullptr, all).arg(QDir::toNativeSeparators(m_path))
                                : tr("%1 of %n entry(s) match the filter.", nullptr, all).arg(shown);
    m_ui->auditStatusLabel->setText(text);
    m_ui->exportAuditPushButton->setEnabled(shown > 0);
}

void AuditLogDialog::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the Audit Log"), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("auditExportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &AuditLogDialog::exportTo);
    dialog->open();
}

bool AuditLogDialog::exportTo(const QString &path)
{
    QList<AuditEntry> shown;
    for (int row = m_proxy->rowCount() - 1; row >= 0; --row) // oldest first, as in the log
        shown.append(m_model->entry(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    std::sort(shown.begin(), shown.end(), [](const AuditEntry &a, const AuditEntry &b) { return a.time < b.time; });
    QString error;
    if (!AuditEntry::writeCsv(path, shown, &error)) {
        m_ui->auditStatusLabel->setText(error);
        return false;
    }
    m_ui->auditStatusLabel->setText(
        tr("%n entry(s) written to %1.", nullptr, int(shown.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

void AuditLogDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        resizeColumns();
        showCount();
    }
    QDialog::changeEvent(event);
}

} // namespace hpg

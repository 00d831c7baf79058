#pragma once

#include <QDialog>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class AuditLogDialog;
}

namespace hpg {

class AuditLogModel;

// Tools ▸ Audit Log…: the local audit log (written by core's AuditLog) as a table that a filter
// narrows, exported as CSV (the rows shown) for Heroku support or a change review.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditLogDialog(const QString &logPath, QWidget *parent = nullptr);
    ~AuditLogDialog() override;

    AuditLogModel *model() const { return m_model; }
    QSortFilterProxyModel *filterModel() const { return m_proxy; }
    // Writes the rows shown to `path` as CSV; false (and the reason on the dialog) when it cannot.
    bool exportTo(const QString &path);

public slots:
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseExportFile();
    void showCount();
    void resizeColumns();

    std::unique_ptr<Ui::AuditLogDialog> m_ui;
    QString m_path;
    AuditLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace hpg

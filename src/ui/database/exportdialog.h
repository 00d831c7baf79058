#pragma once

#include "core/pg/clientexport.h"

#include <QDialog>

#include <memory>

class QLineEdit;

namespace Ui {
class ExportDialog;
}

namespace hpg {

// Connection Info ▸ Export…: writes one credential into a file another client reads (a libpq
// service entry, a pgAdmin 4 servers.json, a DBeaver data-sources.json; see ClientExport). It
// names the credential, says whether the password goes with it (off unless asked for) and where,
// and shows what will be written with the password hidden. File dialogs open without blocking.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const ConnInfo &connection, const QString &credential, const QString &appName,
                 const QString &addonName, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ClientExport::Options options() const;
    void setTarget(ClientExport::Target target);
    // Writes the files; false (and the reason shown) when it could not.
    bool exportNow();

signals:
    void exported(const QStringList &files);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onTargetChanged();
    void update();
    void browse(QLineEdit *edit, const QString &title);
    void retranslate();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    ConnInfo m_connection;
    QString m_credential;
    QString m_appName;
    QString m_addonName;
};

} // namespace hpg

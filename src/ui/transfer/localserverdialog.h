#pragma once

#include "core/transfer/localserversettings.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

namespace Ui {
class LocalServerDialog;
}

namespace hpg {

class SecretStore;

// The local PostgreSQL server's settings: host or socket directory, port, user and password,
// defaulting to the PG* environment; a Test button that connects and says the server's version
// and whether the user may create databases. On OK the settings are saved (QSettings) and the
// password goes into the keychain, or is removed from it.
class LocalServerDialog : public QDialog
{
    Q_OBJECT
public:
    LocalServerDialog(const LocalServerSettings &settings, const QString &password, SecretStore *secrets,
                      QWidget *parent = nullptr);
    ~LocalServerDialog() override;

    LocalServerSettings settings() const;
    QString password() const;

    void accept() override;

signals:
    // Emitted once a Test finished: `ok` when the server answered.
    void tested(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void test();
    void updatePortText();

    std::unique_ptr<Ui::LocalServerDialog> m_ui;
    SecretStore *m_secrets;
    QFutureWatcher<QStringList> m_testWatcher;
};

} // namespace hpg

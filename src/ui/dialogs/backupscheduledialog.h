#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace hpg {

// pg:backups:schedule --at 'HH:00 TIMEZONE': the hour of the daily backup and its time zone (an
// IANA name; the local one first). Shows the CLI equivalent as it changes.
class BackupScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    BackupScheduleDialog(const QString &cliTemplate, QWidget *parent = nullptr);

    int hour() const;
    QString timezone() const;

private:
    void describe();

    QString m_cliTemplate; // "%1" hour, "%2" time zone
    QSpinBox *m_hour;
    QComboBox *m_timezone;
    QLabel *m_cli;
};

} // namespace hpg

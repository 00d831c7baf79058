#pragma once

#include <QDialog>

#include <functional>

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
    // `cli`: the heroku command for an hour and a time zone (BackupCenter::scheduleCli).
    using Cli = std::function<QString(int hour, const QString &timezone)>;
    BackupScheduleDialog(Cli cli, QWidget *parent = nullptr);

    int hour() const;
    QString timezone() const;

private:
    void describe();

    Cli m_cliFor;
    QSpinBox *m_hour;
    QComboBox *m_timezone;
    QLabel *m_cli;
};

} // namespace hpg

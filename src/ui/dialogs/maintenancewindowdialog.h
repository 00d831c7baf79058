#pragma once

#include "core/heroku/maintenancewindow.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTimeEdit;

namespace hpg {

// Picks a database's weekly maintenance window: a weekday and a start time in UTC (Heroku's
// windows are four hours long), with the same window in the local time zone beside it and the
// CLI equivalent. window() is the choice once accepted.
class MaintenanceWindowDialog : public QDialog
{
    Q_OBJECT
public:
    MaintenanceWindowDialog(const MaintenanceWindow &current, const QString &addon, const QString &app,
                            QWidget *parent = nullptr);

    MaintenanceWindow window() const;

private:
    void describe();

    QString m_addon;
    QString m_app;
    QComboBox *m_day;
    QTimeEdit *m_time;
    QLabel *m_local;
};

} // namespace hpg

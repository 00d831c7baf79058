#include "maintenancewindowdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>

namespace hpg {

MaintenanceWindowDialog::MaintenanceWindowDialog(const MaintenanceWindow &current, const QString &addon,
                                                 const QString &app, QWidget *parent)
    : QDialog(parent)
    , m_addon(addon)
    , m_app(app)
    , m_day(new QComboBox(this))
    , m_time(new QTimeEdit(this))
    , m_local(new QLabel(this))
{
    setObjectName(QStringLiteral("maintenanceWindowDialog"));
    setWindowTitle(tr("Maintenance Window of %1").arg(addon));
    m_day->setObjectName(QStringLiteral("windowDayComboBox"));
    m_time->setObjectName(QStringLiteral("windowTimeEdit"));
    m_local->setObjectName(QStringLiteral("windowLocalLabel"));
    m_local->setWordWrap(true);
    for (int day = 1; day <= 7; ++day)
        m_day->addItem(QLocale().dayName(day, QLocale::LongFormat), day);
    m_day->setCurrentIndex(current.isValid() ? current.dayOfWeek - 1 : 0);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(current.isValid() ? current.startUtc : QTime(22, 0));
    auto *form = new QFormLayout(this);
    auto *dayLabel = new QLabel(tr("&Day (UTC):"), this);
    dayLabel->setBuddy(m_day);
    auto *timeLabel = new QLabel(tr("&Start (UTC):"), this);
    timeLabel->setBuddy(m_time);
    form->addRow(dayLabel, m_day);
    form->addRow(timeLabel, m_time);
    form->addRow(m_local);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("windowOkButton"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_day, &QComboBox::currentIndexChanged, this, &MaintenanceWindowDialog::describe);
    connect(m_time, &QTimeEdit::timeChanged, this, &MaintenanceWindowDialog::describe);
    describe();
}

MaintenanceWindow MaintenanceWindowDialog::window() const
{
    MaintenanceWindow w;
    w.dayOfWeek = m_day->currentData().toInt();
    w.startUtc = QTime(m_time->time().hour(), m_time->time().minute());
    return w;
}

void MaintenanceWindowDialog::describe()
{
    const MaintenanceWindow w = window();
    m_local->setText(tr("%1\nSame as: heroku data:maintenances:window:update %2 %3 %4 -a %5")
                         .arg(w.describe(), m_addon, MaintenanceWindow::dayName(w.dayOfWeek),
                              w.startUtc.toString(QStringLiteral("HH:mm")), m_app));
}

} // namespace hpg

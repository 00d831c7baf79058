#include "backupscheduledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace hpg {

BackupScheduleDialog::BackupScheduleDialog(Cli cli, QWidget *parent)
    : QDialog(parent)
    , m_cliFor(std::move(cli))
    , m_hour(new QSpinBox(this))
    , m_timezone(new QComboBox(this))
    , m_cli(new QLabel(this))
{
    setObjectName(QStringLiteral("backupScheduleDialog"));
    setWindowTitle(tr("Schedule Daily Backups"));
    m_hour->setObjectName(QStringLiteral("scheduleHourSpinBox"));
    m_timezone->setObjectName(QStringLiteral("scheduleTimezoneComboBox"));
    m_cli->setObjectName(QStringLiteral("scheduleCliLabel"));
    m_hour->setRange(0, 23);
    m_hour->setValue(2);
    m_hour->setSuffix(QStringLiteral(":00"));
    const QString local = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    m_timezone->addItem(local.isEmpty() ? QStringLiteral("UTC") : local);
    if (local != QLatin1String("UTC"))
        m_timezone->addItem(QStringLiteral("UTC"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QString name = QString::fromUtf8(id);
        if (name.contains(QLatin1Char('/')) && name != local)
            m_timezone->addItem(name);
    }
    m_cli->setWordWrap(true);
    m_cli->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Hour:"), m_hour);
    form->addRow(tr("&Time zone:"), m_timezone);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("scheduleButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Schedule"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Heroku takes a backup of the database every day at this hour and keeps the "
                                    "recent ones."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_cli);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hour, &QSpinBox::valueChanged, this, &BackupScheduleDialog::describe);
    connect(m_timezone, &QComboBox::currentTextChanged, this, &BackupScheduleDialog::describe);
    describe();
}

int BackupScheduleDialog::hour() const
{
    return m_hour->value();
}

QString BackupScheduleDialog::timezone() const
{
    return m_timezone->currentText();
}

void BackupScheduleDialog::describe()
{
    m_cli->setText(tr("The same with the Heroku CLI: %1").arg(m_cliFor(m_hour->value(), timezone())));
}

} // namespace hpg

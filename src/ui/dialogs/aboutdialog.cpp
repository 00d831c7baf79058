#include "aboutdialog.h"

#include "core/buildinfo.h"

#include "ui_aboutdialog.h"

#include <QFontInfo>
#include <QIcon>
#include <QPushButton>

namespace hpg {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/hpgdesk.svg")).pixmap(64, 64));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(QFontInfo(titleFont).pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    connect(m_ui->aboutButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateVersionText();
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateVersionText();
    }
    QDialog::changeEvent(event);
}

void AboutDialog::updateVersionText()
{
    m_ui->versionLabel->setText(tr("Version %1 (Qt %2, libpq %3)")
                                    .arg(BuildInfo::version(), BuildInfo::qtVersion(), BuildInfo::libpqVersion()));
}

} // namespace hpg

#include "wizardbuttons.h"

#include <QWizard>

namespace hpg {

void retranslateWizardButtons(QWizard *wizard)
{
    const QWizard::WizardStyle style = wizard->wizardStyle();
    wizard->setWizardStyle(style == QWizard::ClassicStyle ? QWizard::ModernStyle : QWizard::ClassicStyle);
    wizard->setWizardStyle(style);
}

} // namespace hpg

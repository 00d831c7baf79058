#include "wizardbuttons.h"

#include <QAbstractButton>
#include <QWizard>

namespace hpg {

void retranslateWizardButtons(QWizard *wizard)
{
    const QWizard::WizardStyle style = wizard->wizardStyle();
    wizard->setWizardStyle(style == QWizard::ClassicStyle ? QWizard::ModernStyle : QWizard::ClassicStyle);
    wizard->setWizardStyle(style);
}

void nameWizardButtons(QWizard *wizard)
{
    const std::pair<QWizard::WizardButton, const char *> names[] = {
        { QWizard::NextButton, "nextPushButton" },     { QWizard::BackButton, "backPushButton" },
        { QWizard::CommitButton, "commitPushButton" }, { QWizard::FinishButton, "finishPushButton" },
        { QWizard::CancelButton, "cancelPushButton" },
    };
    for (const auto &[which, name] : names) {
        if (QAbstractButton *b = wizard->button(which))
            b->setObjectName(QLatin1String(name));
    }
}

} // namespace hpg

#pragma once

class QWizard;

namespace hpg {

// QWizard sets the default texts of its buttons (qtbase's "< Back", "Next >", "Cancel",
// "Finish") only when its style changes, never on a language change. Call this from the
// wizard's changeEvent on QEvent::LanguageChange: it changes the style and back.
void retranslateWizardButtons(QWizard *wizard);

// Names the wizard's buttons for tests: nextPushButton, backPushButton, commitPushButton,
// finishPushButton, cancelPushButton.
void nameWizardButtons(QWizard *wizard);

} // namespace hpg

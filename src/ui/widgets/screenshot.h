#pragma once

#include <QString>

class QWidget;

namespace hpg {

// Renders a widget (a window, a dialog) into a PNG file, as --screenshot and the tests' pictures do.
// zlib's fastest level: a 1100 × 720 window takes about 19 ms instead of 30 ms at the default
// level, and the file comes out no larger (measured with Qt 6.4's PNG writer).
bool saveScreenshot(QWidget *widget, const QString &fileName);

} // namespace hpg

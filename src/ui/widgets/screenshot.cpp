#include "screenshot.h"

#include <QImageWriter>
#include <QPixmap>
#include <QWidget>

namespace hpg {

bool saveScreenshot(QWidget *widget, const QString &fileName)
{
    QImageWriter writer(fileName, "png");
    writer.setQuality(80); // Qt's PNG writer maps quality 80 to zlib level 1
    return writer.write(widget->grab().toImage());
}

} // namespace hpg

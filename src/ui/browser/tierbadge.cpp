#include "tierbadge.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace hpg {

QString TierBadge::letters(Plan::Tier tier)
{
    switch (tier) {
    case Plan::Tier::Essential:
        return QStringLiteral("E");
    case Plan::Tier::Standard:
        return QStringLiteral("S");
    case Plan::Tier::Premium:
        return QStringLiteral("P");
    case Plan::Tier::Private:
        return QStringLiteral("Pr");
    case Plan::Tier::Shield:
        return QStringLiteral("Sh");
    case Plan::Tier::Advanced:
        return QStringLiteral("A");
    case Plan::Tier::Unknown:
        break;
    }
    return QStringLiteral("?");
}

QIcon TierBadge::icon(Plan::Tier tier)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(tier));
    if (it != cache.constEnd())
        return *it;

    QColor colour;
    switch (tier) {
    case Plan::Tier::Essential:
        colour = QColor(0x6b, 0x8e, 0x23);
        break;
    case Plan::Tier::Standard:
        colour = QColor(0x2f, 0x6f, 0xb5);
        break;
    case Plan::Tier::Premium:
        colour = QColor(0x79, 0x58, 0x9f);
        break;
    case Plan::Tier::Private:
        colour = QColor(0xb5, 0x6a, 0x1f);
        break;
    case Plan::Tier::Shield:
        colour = QColor(0xa3, 0x23, 0x2f);
        break;
    default:
        colour = QColor(0x70, 0x70, 0x70);
        break;
    }
    QIcon icon;
    for (const int size : { 16, 24, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(colour);
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size / 4.0, size / 4.0);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(letters(tier).size() > 1 ? size * 9 / 16 : size * 3 / 4);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, letters(tier));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(int(tier), icon);
    return icon;
}

} // namespace hpg

#include "messagebanner.h"

#include "appearance.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace hpg {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    applyStyle();
    auto *layout = new QHBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("messageBannerLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_buttons = new QHBoxLayout;
    layout->addLayout(m_buttons);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageBannerCloseToolButton"));
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(m_close);
    hide();
    // Light or dark colours chosen later: its style sheet fixes its palette, so it follows them itself.
    connect(Appearance::instance(), &Appearance::changed, this, &MessageBanner::applyStyle);
}

void MessageBanner::setAlert(bool alert)
{
    m_alert = alert;
    m_close->setVisible(!alert);
    applyStyle();
}

void MessageBanner::applyStyle()
{
    // Its own background and text colours, so it reads the same on any palette; the notice is a
    // muted amber on a dark one rather than a bright patch.
    const bool dark = Appearance::isDark(QApplication::palette());
    const QString style = m_alert
        ? QStringLiteral("hpg--MessageBanner { background: #b3261e; border-bottom: 2px solid #7a1a14; }"
                         "QLabel { color: #ffffff; font-weight: bold; }")
        : dark ? QStringLiteral("hpg--MessageBanner { background: #3d3020; border-bottom: 1px solid #7a5c2e; }"
                                "QLabel { color: #ffd9a0; }")
               : QStringLiteral("hpg--MessageBanner { background: #fff4e5; border-bottom: 1px solid #e0c080; }"
                                "QLabel { color: #663c00; }");
    if (styleSheet() != style)
        setStyleSheet(style);
}

void MessageBanner::showMessage(const QString &text)
{
    while (auto *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_label->setText(text);
    show();
}

QPushButton *MessageBanner::addButton(const QString &objectName, const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_buttons->addWidget(button);
    connect(button, &QPushButton::clicked, this, &QWidget::hide);
    return button;
}

QString MessageBanner::text() const
{
    return m_label->text();
}

} // namespace hpg

#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace hpg {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    setStyleSheet(QStringLiteral("hpg--MessageBanner { background: #fff4e5; border-bottom: 1px solid #e0c080; }"
                                 "QLabel { color: #663c00; }"));
    auto *layout = new QHBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("messageBannerLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_buttons = new QHBoxLayout;
    layout->addLayout(m_buttons);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("messageBannerCloseToolButton"));
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(close);
    hide();
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

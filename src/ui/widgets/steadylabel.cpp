#include "steadylabel.h"

#include <QLabel>

namespace hpg {

void SteadyLabel::setText(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
    const bool held = label->minimumSize() == label->maximumSize();
    const QSize wanted = held ? label->maximumSize().expandedTo(label->sizeHint()) : label->sizeHint();
    if (!held || wanted != label->maximumSize())
        label->setFixedSize(wanted);
}

void SteadyLabel::reset(QLabel *label)
{
    label->setMinimumSize(0, 0);
    label->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
}

} // namespace hpg

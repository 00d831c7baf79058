#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace hpg {

// A strip above the pages that explains a problem and offers what can be
// done about it (buttons), without a modal dialog.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text);
    // Adds a button (objectName given for tests); cleared by showMessage().
    QPushButton *addButton(const QString &objectName, const QString &text);
    QString text() const;

private:
    QLabel *m_label;
    QHBoxLayout *m_buttons;
};

} // namespace hpg

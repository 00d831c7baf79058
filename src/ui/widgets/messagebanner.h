#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace hpg {

// A strip above the pages that explains a problem and offers what can be
// done about it (buttons), without a modal dialog.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text);
    // An alert (red, and it cannot be closed): something is wrong right now, e.g. an app is down.
    void setAlert(bool alert);
    // Adds a button (objectName given for tests); cleared by showMessage().
    QPushButton *addButton(const QString &objectName, const QString &text);
    QString text() const;

private:
    void applyStyle();

    bool m_alert = false;
    QLabel *m_label;
    QToolButton *m_close;
    QHBoxLayout *m_buttons;
};

} // namespace hpg

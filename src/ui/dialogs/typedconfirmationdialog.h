#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hpg {

// The confirmation the Heroku CLI asks for before anything destructive: a
// warning, the equivalent `heroku …` command, and the app name typed in full.
// The confirm button is enabled only while the typed name matches exactly.
class TypedConfirmationDialog : public QDialog
{
    Q_OBJECT
public:
    TypedConfirmationDialog(const QString &title, const QString &warning, const QString &cliCommand,
                            const QString &appName, QWidget *parent = nullptr);

    void setConfirmText(const QString &text);
    QString appName() const { return m_appName; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_appName;
    QLabel *m_warningLabel;
    QLabel *m_cliLabel;
    QPlainTextEdit *m_cliEdit;
    QLabel *m_promptLabel;
    QLineEdit *m_confirmEdit;
    QDialogButtonBox *m_buttons;
};

} // namespace hpg
